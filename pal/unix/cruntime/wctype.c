/*
 * wctype.c - WCHAR classification and case mapping (isw*, tow*).
 *
 * Range: case mapping covers ASCII and Latin-1 (U+0000-U+00FF, plus the pair
 * U+00FF/U+0178); other characters map to themselves. Classification covers
 * ASCII and Latin-1 as Windows' GetStringTypeW classes them (U+00A0 is a space,
 * U+00B2/U+00B3/U+00B9 are digits), plus the Unicode space characters; above
 * U+00FF every non-surrogate, non-space character counts as printable.
 * Note: msvcrt in the "C" locale maps only ASCII case (towupper(0xE9) is 0xE9);
 * the PAL maps Latin-1 too, as its locale is not "C".
 */
#include "internal.h"
#include "cruntime.h"

int crt_iswspace(unsigned c)
{
    if (c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0)
        return 1;
    if (c < 0x1680)
        return 0;
    return c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

static int crt_iswupper(unsigned c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) || c == 0x178;
}

WCHAR PALAPI PAL_towlower(WCHAR c)
{
    if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7))
        return (WCHAR)(c + 0x20);
    if (c == 0x178)
        return 0xFF;
    return c;
}

WCHAR PALAPI PAL_towupper(WCHAR c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 0xE0 && c <= 0xFE && c != 0xF7))
        return (WCHAR)(c - 0x20);
    if (c == 0xFF)
        return 0x178;
    return c;
}

int PALAPI PAL_iswupper(WCHAR c)
{
    return crt_iswupper(c);
}

int PALAPI PAL_iswspace(WCHAR c)
{
    return crt_iswspace(c);
}

int PALAPI PAL_iswdigit(WCHAR c)
{
    return (c >= '0' && c <= '9') || c == 0xB2 || c == 0xB3 || c == 0xB9;
}

int PALAPI PAL_iswxdigit(WCHAR c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

int PALAPI PAL_iswprint(WCHAR c)
{
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        return 0;
    if (c >= 0xD800 && c <= 0xDFFF)
        return 0;
    return 1;
}
