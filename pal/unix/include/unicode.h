/*
 * unicode.h - UTF-8 <-> UTF-16 conversion shared by every area
 * (locale/unicode.c). The PAL's narrow strings are UTF-8 (CP_ACP is UTF-8).
 */
#ifndef PAL_UNIX_UNICODE_H
#define PAL_UNIX_UNICODE_H

/* Converts NUL-terminated UTF-8 to UTF-16. Returns the number of code units
 * of the whole conversion, without the terminator; writes at most
 * dst_count - 1 of them plus a terminator when dst is not NULL. Invalid
 * sequences become U+FFFD. */
size_t unicode_utf8_to_utf16(const char *src, WCHAR *dst, size_t dst_count);

/* Converts NUL-terminated UTF-16 to UTF-8, the same way round; unpaired
 * surrogates become U+FFFD. */
size_t unicode_utf16_to_utf8(const WCHAR *src, char *dst, size_t dst_count);

#endif
