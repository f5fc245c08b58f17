/*
 * unicode.c - UTF-8 <-> UTF-16 conversion for the rest of the library: the
 * one-character primitives every area builds on, and NUL-terminated
 * converters that replace malformed input with U+FFFD.
 */
#include "internal.h"
#include "cruntime.h"
#include "unicode.h"

#include <string.h>

static inline bool is_surrogate(uint32_t c)
{
    return c >= 0xD800 && c <= 0xDFFF;
}

static inline bool is_low_surrogate(uint32_t c)
{
    return c >= 0xDC00 && c <= 0xDFFF;
}

size_t unicode_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    uint32_t c = s[0], min;
    size_t len;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    /* C0/C1 and F5-F7 only start overlong or out-of-range sequences: they are
     * refused below, after their continuation bytes. */
    if ((c & 0xE0) == 0xC0) {
        len = 2, min = 0x80, c &= 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3, min = 0x800, c &= 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4, min = 0x10000, c &= 0x07;
    } else {
        *cp = UNICODE_INVALID;
        return 1;
    }
    for (size_t i = 1; i < len; i++) {
        if (i >= n || (s[i] & 0xC0) != 0x80) {
            *cp = UNICODE_INVALID;
            return i; /* resume at the byte that broke the sequence */
        }
        c = (c << 6) | (s[i] & 0x3F);
    }
    *cp = (c < min || c > 0x10FFFF || is_surrogate(c)) ? UNICODE_INVALID : c;
    return len;
}

size_t unicode_utf16_decode(const WCHAR *s, size_t n, uint32_t *cp)
{
    uint32_t c = s[0];
    if (unicode_is_high_surrogate(c) && n >= 2 && is_low_surrogate(s[1])) {
        *cp = 0x10000 + ((c - 0xD800) << 10) + (s[1] - 0xDC00u);
        return 2;
    }
    *cp = is_surrogate(c) ? UNICODE_INVALID : c;
    return 1;
}

size_t unicode_utf8_encode(uint32_t cp, char out[4])
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t unicode_utf16_encode(uint32_t cp, WCHAR out[2])
{
    if (cp < 0x10000) {
        out[0] = (WCHAR)cp;
        return 1;
    }
    out[0] = (WCHAR)(0xD800 + ((cp - 0x10000) >> 10));
    out[1] = (WCHAR)(0xDC00 + ((cp - 0x10000) & 0x3FF));
    return 2;
}

size_t unicode_utf8_to_utf16(const char *src, WCHAR *dst, size_t dst_count)
{
    const unsigned char *s = (const unsigned char *)src;
    size_t len = strlen(src), n = 0;
    for (size_t k = 0; k < len;) {
        uint32_t c;
        k += unicode_utf8_decode(s + k, len - k, &c);
        WCHAR units[2];
        size_t count = unicode_utf16_encode(c == UNICODE_INVALID ? UNICODE_REPLACEMENT : c, units);
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
    size_t len = crt_wcslen(src), n = 0;
    for (size_t k = 0; k < len;) {
        uint32_t c;
        k += unicode_utf16_decode(src + k, len - k, &c);
        char bytes[4];
        size_t count = unicode_utf8_encode(c == UNICODE_INVALID ? UNICODE_REPLACEMENT : c, bytes);
        /* Never split a character at the end of the buffer. */
        if (dst && n + count < dst_count)
            memcpy(dst + n, bytes, count);
        else if (dst && n < dst_count)
            dst_count = n + 1;
        n += count;
    }
    if (dst && dst_count)
        dst[n < dst_count ? n : dst_count - 1] = 0;
    return n;
}
