/*
 * wprintf.c - the WCHAR printf family: swprintf/vswprintf (Rotor's two-argument
 * msvcrt form, no count), _snwprintf/_vsnwprintf, fwprintf, and user32's
 * wsprintfW. In these %s and %c are WCHAR, %hs/%S and %hc/%C narrow (msvcrt).
 * fwprintf writes its WCHAR output to the stream as UTF-8. Each body is the
 * narrow family's (printf.c), counted in WCHARs: see cruntime.h.
 */
#include "internal.h"
#include "cruntime.h"

#include <stdarg.h>

int PALAPIV PAL_vswprintf(WCHAR *buffer, const WCHAR *format, va_list ap)
{
    return crt_vsprintf_unbounded(buffer, format, CRT_FMT_WIDE, ap);
}

int PALAPIV PAL_swprintf(WCHAR *buffer, const WCHAR *format, ...)
{
    va_list ap;
    va_start(ap, format);
    int r = PAL_vswprintf(buffer, format, ap);
    va_end(ap);
    return r;
}

int PALAPIV PAL__vsnwprintf(WCHAR *buffer, size_t count, const WCHAR *format, va_list ap)
{
    return crt_vsnprintf_msvcrt(buffer, count, format, CRT_FMT_WIDE, ap);
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
    va_list ap;
    va_start(ap, format);
    int r = crt_vfprintf_stream(stream, format, CRT_FMT_WIDE, ap);
    va_end(ap);
    return r;
}

int WINAPIV wsprintfW(LPWSTR buffer, LPCWSTR format, ...)
{
    va_list ap;
    va_start(ap, format);
    int r = crt_vwsprintf(buffer, format, CRT_FMT_WIDE, ap);
    va_end(ap);
    return r;
}
