/*
 * printf.c - the narrow printf family (printf, fprintf, sprintf, _snprintf and
 * their v-forms) and user32's wsprintfA, all over printf_core.c.
 *
 * Invalid parameters follow MSDN: a NULL format, a NULL buffer (with a
 * nonzero count for _snprintf) or a NULL stream returns -1 with errno EINVAL.
 */
#include "internal.h"
#include "cruntime.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>

/* wsprintf writes at most 1024 chars including the terminator (MSDN). */
#define CRT_WSPRINTF_MAX 1024

int PALAPIV PAL_vfprintf(PAL_FILE *stream, const char *format, va_list ap)
{
    FILE *fp = stream ? crt_file_fp(stream) : NULL;
    if (!fp || !format) {
        errno = EINVAL;
        return -1;
    }
    return crt_vfprintf_fp(fp, format, 0, ap);
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
    if (!buffer || !format) {
        errno = EINVAL;
        return -1;
    }
    struct crt_sink s;
    crt_sink_buffer(&s, 0, buffer, SIZE_MAX);
    if (crt_vformat(&s, format, 0, ap) != 0)
        return -1;
    buffer[s.pos] = 0;
    return s.total > INT_MAX ? -1 : (int)s.total;
}

int PALAPIV PAL_sprintf(char *buffer, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    int r = PAL_vsprintf(buffer, format, ap);
    va_end(ap);
    return r;
}

/*
 * Win32 _vsnprintf: writes at most count chars. A terminator is added only
 * when the output is shorter than count; output of exactly count chars returns
 * count unterminated, longer output returns -1 (count chars written, no NUL).
 * A NULL buffer with count 0 returns the length the output needs.
 */
int PALAPIV PAL__vsnprintf(char *buffer, size_t count, const char *format, va_list ap)
{
    if (!format || (!buffer && count)) {
        errno = EINVAL;
        return -1;
    }
    struct crt_sink s;
    crt_sink_buffer(&s, 0, buffer, count);
    if (crt_vformat(&s, format, 0, ap) != 0)
        return -1;
    if (s.total > count || s.total > INT_MAX)
        return buffer ? -1 : (s.total > INT_MAX ? -1 : (int)s.total);
    if (s.total < count)
        buffer[s.total] = 0;
    return (int)s.total;
}

int PALAPIV PAL__snprintf(char *buffer, size_t count, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    int r = PAL__vsnprintf(buffer, count, format, ap);
    va_end(ap);
    return r;
}

/*
 * user32 wsprintfA: at most 1024 chars including the terminator; longer output
 * is cut and terminated, and the call then returns 1024 as Windows (Wine) does.
 * No floating point, '*', %o or %n: see printf_core.c.
 */
int WINAPIV wsprintfA(LPSTR buffer, LPCSTR format, ...)
{
    if (!buffer || !format) {
        error_set(ERROR_INVALID_PARAMETER);
        return -1;
    }
    va_list ap;
    va_start(ap, format);
    struct crt_sink s;
    crt_sink_buffer(&s, 0, buffer, CRT_WSPRINTF_MAX - 1);
    int r = crt_vformat(&s, format, CRT_FMT_USER32, ap);
    va_end(ap);
    if (r != 0)
        return -1;
    buffer[s.pos] = 0;
    return s.total >= CRT_WSPRINTF_MAX ? CRT_WSPRINTF_MAX : (int)s.total;
}
