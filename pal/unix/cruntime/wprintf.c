/*
 * wprintf.c - the WCHAR printf family: swprintf/vswprintf (Rotor's two-argument
 * msvcrt form, no count), _snwprintf/_vsnwprintf, fwprintf, and user32's
 * wsprintfW. In these %s and %c are WCHAR, %hs/%S and %hc/%C narrow (msvcrt).
 * fwprintf writes its WCHAR output to the stream as UTF-8.
 */
#include "internal.h"
#include "cruntime.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>

#define CRT_WSPRINTF_MAX 1024

int PALAPIV PAL_vswprintf(WCHAR *buffer, const WCHAR *format, va_list ap)
{
    if (!buffer || !format) {
        errno = EINVAL;
        return -1;
    }
    struct crt_sink s;
    crt_sink_buffer(&s, 1, buffer, SIZE_MAX / sizeof(WCHAR));
    if (crt_vformat(&s, format, CRT_FMT_WIDE, ap) != 0)
        return -1;
    buffer[s.pos] = 0;
    return s.total > INT_MAX ? -1 : (int)s.total;
}

int PALAPIV PAL_swprintf(WCHAR *buffer, const WCHAR *format, ...)
{
    va_list ap;
    va_start(ap, format);
    int r = PAL_vswprintf(buffer, format, ap);
    va_end(ap);
    return r;
}

/* Same rules as _vsnprintf (printf.c), counted in WCHARs. */
int PALAPIV PAL__vsnwprintf(WCHAR *buffer, size_t count, const WCHAR *format, va_list ap)
{
    if (!format || (!buffer && count)) {
        errno = EINVAL;
        return -1;
    }
    struct crt_sink s;
    crt_sink_buffer(&s, 1, buffer, count);
    if (crt_vformat(&s, format, CRT_FMT_WIDE, ap) != 0)
        return -1;
    if (s.total > count || s.total > INT_MAX)
        return buffer ? -1 : (s.total > INT_MAX ? -1 : (int)s.total);
    if (s.total < count)
        buffer[s.total] = 0;
    return (int)s.total;
}

int PALAPIV PAL__snwprintf(WCHAR *buffer, size_t count, const WCHAR *format, ...)
{
    va_list ap;
    va_start(ap, format);
    int r = PAL__vsnwprintf(buffer, count, format, ap);
    va_end(ap);
    return r;
}

int PALAPIV PAL_fwprintf(PAL_FILE *stream, const WCHAR *format, ...)
{
    FILE *fp = stream ? crt_file_fp(stream) : NULL;
    if (!fp || !format) {
        errno = EINVAL;
        return -1;
    }
    va_list ap;
    va_start(ap, format);
    int r = crt_vfprintf_fp(fp, format, CRT_FMT_WIDE, ap);
    va_end(ap);
    return r;
}

/* user32 wsprintfW: see wsprintfA in printf.c. */
int WINAPIV wsprintfW(LPWSTR buffer, LPCWSTR format, ...)
{
    if (!buffer || !format) {
        error_set(ERROR_INVALID_PARAMETER);
        return -1;
    }
    va_list ap;
    va_start(ap, format);
    struct crt_sink s;
    crt_sink_buffer(&s, 1, buffer, CRT_WSPRINTF_MAX - 1);
    int r = crt_vformat(&s, format, CRT_FMT_WIDE | CRT_FMT_USER32, ap);
    va_end(ap);
    if (r != 0)
        return -1;
    buffer[s.pos] = 0;
    return s.total >= CRT_WSPRINTF_MAX ? CRT_WSPRINTF_MAX : (int)s.total;
}
