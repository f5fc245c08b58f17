/*
 * unicode.h - UTF-8 <-> UTF-16 conversion shared by every area
 * (locale/unicode.c). The PAL's narrow strings are UTF-8 (CP_ACP is UTF-8).
 *
 * The one-character primitives leave the replacement of malformed input to
 * the caller: the converters below use U+FFFD, the C runtime the raw byte or
 * '?' as msvcrt does in the C locale (cruntime/printf_core.c).
 *
 * Include after internal.h.
 */
#ifndef PAL_UNIX_UNICODE_H
#define PAL_UNIX_UNICODE_H

/* What the decoders store for malformed input; never a code point. */
#define UNICODE_INVALID 0xFFFFFFFFu
#define UNICODE_REPLACEMENT 0xFFFDu

static inline bool unicode_is_high_surrogate(uint32_t c)
{
    return c >= 0xD800 && c <= 0xDBFF;
}

/* Decodes one UTF-8 sequence of s (n >= 1 bytes available); returns the bytes
 * it spans. Overlong forms, surrogates, values above U+10FFFF and truncated or
 * broken sequences store UNICODE_INVALID; a malformed sequence spans its lead
 * byte and the continuation bytes that follow it, at most as many as the lead
 * byte announces (a caller that maps bytes one by one consumes only the lead). */
size_t unicode_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* Decodes one character of s (n >= 1 units available); returns the units it
 * spans (2 for a surrogate pair). An unpaired surrogate stores UNICODE_INVALID
 * and spans 1. */
size_t unicode_utf16_decode(const WCHAR *s, size_t n, uint32_t *cp);

/* Encodes a code point (not UNICODE_INVALID); returns the units written. */
size_t unicode_utf8_encode(uint32_t cp, char out[4]);
size_t unicode_utf16_encode(uint32_t cp, WCHAR out[2]);

/* Converts NUL-terminated UTF-8 to UTF-16. Returns the number of code units
 * of the whole conversion, without the terminator; writes at most
 * dst_count - 1 of them plus a terminator when dst is not NULL. Invalid
 * sequences become U+FFFD. */
size_t unicode_utf8_to_utf16(const char *src, WCHAR *dst, size_t dst_count);

/* Converts NUL-terminated UTF-16 to UTF-8, the same way round; unpaired
 * surrogates become U+FFFD. */
size_t unicode_utf16_to_utf8(const WCHAR *src, char *dst, size_t dst_count);

#endif
