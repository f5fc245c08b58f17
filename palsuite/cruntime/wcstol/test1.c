/*
 * wcstol: 32-bit LONG result, bases 0/8/10/16/36, the end pointer, and
 * overflow clamping to LONG_MAX/LONG_MIN with ERANGE.
 */
#include <palsuite.h>

#ifndef EINVAL
#define EINVAL 22 /* msvcrt's value: rotor_pal.h defines only ERANGE */
#endif

int main(int argc, char **argv)
{
    const WCHAR *s;
    WCHAR *end;
    LONG v;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    s = u"  -1234xyz";
    v = wcstol(s, &end, 10);
    if (v != -1234 || end != s + 7)
        Fail("wcstol(\"  -1234xyz\") = %ld, end offset %d\n", v, (int)(end - s));
    if (wcstol(u"0x1F", NULL, 16) != 31 || wcstol(u"0x1F", NULL, 0) != 31 || wcstol(u"017", NULL, 0) != 15 ||
        wcstol(u"z", NULL, 36) != 35 || wcstol(u"+77", NULL, 8) != 63)
        Fail("wcstol base handling is wrong\n");

    s = u"abc";
    v = wcstol(s, &end, 10);
    if (v != 0 || end != s)
        Fail("wcstol without digits: %ld, end not at the start\n", v);

    errno = 0;
    v = wcstol(u"2147483647", NULL, 10);
    if (v != 2147483647 || errno != 0)
        Fail("wcstol(LONG_MAX) = %ld errno %d\n", v, errno);
    errno = 0;
    v = wcstol(u"2147483648", NULL, 10);
    if (v != 2147483647 || errno != ERANGE)
        Fail("wcstol overflow = %ld errno %d, expected LONG_MAX and ERANGE\n", v, errno);
    errno = 0;
    v = wcstol(u"-99999999999", NULL, 10);
    if (v != (LONG)0x80000000 || errno != ERANGE)
        Fail("wcstol underflow = %ld errno %d, expected LONG_MIN and ERANGE\n", v, errno);

    errno = 0;
    v = wcstol(u"12", NULL, 37);
    if (v != 0 || errno != EINVAL)
        Fail("wcstol with base 37 = %ld errno %d, expected 0 and EINVAL\n", v, errno);

    PAL_Terminate();
    return 0;
}
