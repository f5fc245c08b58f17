/*
 * printf.c - the narrow printf family (printf, fprintf, sprintf, _snprintf and
 * their v-forms) and user32's wsprintfA, all over printf_core.c.
 *
 * Invalid parameters follow MSDN: a NULL format, a NULL buffer (with a
 * nonzero count for _snprintf) or a NULL stream returns -1 with errno EINVAL.
 * The WCHAR family (wprintf.c) shares each body, see cruntime.h.
 */
#include "internal.h"
#include "cruntime.h"

#include <errno.h>
#include <stdarg.h>

int PALAPIV PAL_vfprintf(PAL_FILE *stream, const char *format, va_list ap)
{
    return crt_vfprintf_stream(stream, format, 0, ap);
}

int PALAPIV PAL_fprintf(PAL_FILE *stream, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    int r = PAL_vfprintf(stream, format, ap);
    va_end(ap);
    return r;
}

int PALAPIV PAL_vprintf(const char *format, va_list ap)
{
    if (!format) {
        errno = EINVAL;
        return -1;
    }
    return crt_vfprintf_fp(stdout, format, 0, ap);
}

int PALAPIV PAL_printf(const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    int r = PAL_vprintf(format, ap);
    va_end(ap);
    return r;
}

int PALAPIV PAL_vsprintf(char *buffer, const char *format, va_list ap)
{
    return crt_vsprintf_unbounded(buffer, format, 0, ap);
}

int PALAPIV PAL_sprintf(char *buffer, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    int r = PAL_vsprintf(buffer, format, ap);
    va_end(ap);
    return r;
}

/* Win32 _vsnprintf: a terminator only when the output is shorter than count
 * (see crt_vsnprintf_msvcrt). */
int PALAPIV PAL__vsnprintf(char *buffer, size_t count, const char *format, va_list ap)
{
    return crt_vsnprintf_msvcrt(buffer, count, format, 0, ap);
}

int PALAPIV PAL__snprintf(char *buffer, size_t count, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    int r = PAL__vsnprintf(buffer, count, format, ap);
    va_end(ap);
    return r;
}

/* user32 wsprintfA: at most 1024 chars, no floating point (see crt_vwsprintf). */
int WINAPIV wsprintfA(LPSTR buffer, LPCSTR format, ...)
{
    va_list ap;
    va_start(ap, format);
    int r = crt_vwsprintf(buffer, format, 0, ap);
    va_end(ap);
    return r;
}
