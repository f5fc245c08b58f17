/*
 * unicode.c - UTF-8 <-> UTF-16 conversion for the rest of the library.
 */
#include "internal.h"
#include "unicode.h"

#define UNICODE_REPLACEMENT 0xFFFDu

/* Decodes one UTF-8 sequence at *s, advancing it; U+FFFD for anything
 * malformed, overlong, a surrogate or above U+10FFFF. */
static uint32_t utf8_next(const unsigned char **s)
{
    const unsigned char *p = *s;
    uint32_t c = *p++;
    int extra;
    uint32_t min;
    if (c < 0x80) {
        *s = p;
        return c;
    } else if ((c & 0xE0) == 0xC0) {
        extra = 1, min = 0x80, c &= 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        extra = 2, min = 0x800, c &= 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        extra = 3, min = 0x10000, c &= 0x07;
    } else {
        *s = p;
        return UNICODE_REPLACEMENT;
    }
    for (int i = 0; i < extra; i++, p++) {
        if ((*p & 0xC0) != 0x80) {
            *s = p; /* resume at the byte that broke the sequence */
            return UNICODE_REPLACEMENT;
        }
        c = (c << 6) | (*p & 0x3F);
    }
    *s = p;
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return UNICODE_REPLACEMENT;
    return c;
}

size_t unicode_utf8_to_utf16(const char *src, WCHAR *dst, size_t dst_count)
{
    const unsigned char *s = (const unsigned char *)src;
    size_t n = 0;
    while (*s) {
        uint32_t c = utf8_next(&s);
        WCHAR units[2];
        size_t count = 1;
        if (c >= 0x10000) {
            c -= 0x10000;
            units[0] = (WCHAR)(0xD800 | (c >> 10));
            units[1] = (WCHAR)(0xDC00 | (c & 0x3FF));
            count = 2;
        } else {
            units[0] = (WCHAR)c;
        }
        for (size_t i = 0; i < count; i++, n++)
            if (dst && n + 1 < dst_count)
                dst[n] = units[i];
    }
    if (dst && dst_count)
        dst[n < dst_count ? n : dst_count - 1] = 0;
    return n;
}

size_t unicode_utf16_to_utf8(const WCHAR *src, char *dst, size_t dst_count)
{
    size_t n = 0;
    for (const WCHAR *p = src; *p; p++) {
        uint32_t c = *p;
        if (c >= 0xD800 && c <= 0xDBFF && p[1] >= 0xDC00 && p[1] <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (p[1] - 0xDC00);
            p++;
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            c = UNICODE_REPLACEMENT;
        }
        unsigned char bytes[4];
        size_t count;
        if (c < 0x80) {
            bytes[0] = (unsigned char)c, count = 1;
        } else if (c < 0x800) {
            bytes[0] = (unsigned char)(0xC0 | (c >> 6));
            bytes[1] = (unsigned char)(0x80 | (c & 0x3F)), count = 2;
        } else if (c < 0x10000) {
            bytes[0] = (unsigned char)(0xE0 | (c >> 12));
            bytes[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
            bytes[2] = (unsigned char)(0x80 | (c & 0x3F)), count = 3;
        } else {
            bytes[0] = (unsigned char)(0xF0 | (c >> 18));
            bytes[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
            bytes[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
            bytes[3] = (unsigned char)(0x80 | (c & 0x3F)), count = 4;
        }
        /* Never split a character at the end of the buffer. */
        if (dst && n + count < dst_count)
            for (size_t i = 0; i < count; i++)
                dst[n + i] = (char)bytes[i];
        else if (dst && n < dst_count)
            dst_count = n + 1;
        n += count;
    }
    if (dst && dst_count)
        dst[n < dst_count ? n : dst_count - 1] = 0;
    return n;
}
