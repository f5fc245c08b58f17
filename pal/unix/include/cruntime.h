/*
 * cruntime.h - the PAL C runtime (pal/unix/cruntime/), what other areas may call.
 *
 * The formatter follows Win32 (msvcrt) printf rules, not ISO/glibc ones:
 * %ld is 32-bit, %I64d/%I32d/%Id are sized explicitly, %p is 16 uppercase
 * hex digits without "0x", %ws/%S/%ls print a WCHAR string (UTF-16, turned
 * into UTF-8 in narrow output). See cruntime/printf_core.c for the details.
 *
 * Include after internal.h.
 */
#ifndef PAL_CRUNTIME_H
#define PAL_CRUNTIME_H

#include <locale.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

/* A C runtime stream: a stdio FILE plus what msvcrt keeps beside it. The
 * standard streams are static objects (PAL_get_stdout...) whose fp is bound on
 * first use; PAL_fopen/_fdopen allocate one. */
struct _PAL_FILE {
    FILE *fp;
    int std_index;  /* 0 stdin, 1 stdout, 2 stderr; -1 for an opened file */
    int closed;     /* a standard stream closed by PAL_fclose */
};

/* The FILE* behind a PAL_FILE (binds the standard streams lazily). */
FILE *crt_file_fp(struct _PAL_FILE *f);

/*
 * C99 snprintf semantics with Win32 formats: writes at most size-1 chars, always
 * NUL-terminates when size > 0, returns the length the whole output would have
 * (or -1 for a NULL format). The API tracing code calls this.
 */
int crt_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
int crt_snprintf(char *buf, size_t size, const char *fmt, ...);

/* The same for WCHAR output with a WCHAR format (swprintf rules: %s is wide,
 * %hs/%S narrow); count is in WCHARs. */
int crt_vsnwprintf(WCHAR *buf, size_t count, const WCHAR *fmt, va_list ap);

/* ---- Internals shared by the cruntime files ---- */

/* Output target of the formatter: a buffer of chars or WCHARs, optionally
 * drained into a FILE when full (flush != NULL). */
struct crt_sink {
    int wide;           /* units are WCHAR (1) or char (0) */
    void *buf;          /* char * or WCHAR * */
    size_t cap;         /* units the buffer holds */
    size_t pos;         /* units currently in the buffer */
    size_t total;       /* units produced by the whole format */
    int (*flush)(struct crt_sink *);
    FILE *fp;           /* for flushing sinks */
    unsigned pending;   /* a high surrogate waiting for its pair (wide -> UTF-8 flush) */
    int failed;         /* a flush failed */
};

/* Formatter modes. */
#define CRT_FMT_WIDE 0x1   /* WCHAR format string, %s/%c are wide (swprintf family) */
#define CRT_FMT_USER32 0x2 /* wsprintf rules: no floating point, no '*', no %o/%n */

/* Formats into the sink; returns 0, or -1 if the format is invalid (NULL). */
int crt_vformat(struct crt_sink *sink, const void *fmt, int mode, va_list ap);

/* Sink initialisation for a memory buffer of cap units (nothing is terminated). */
void crt_sink_buffer(struct crt_sink *s, int wide, void *buf, size_t cap);

/* vfprintf/vfwprintf onto a stdio stream; returns chars written or -1. */
int crt_vfprintf_fp(FILE *fp, const void *fmt, int mode, va_list ap);

/* Wide string helpers (never glibc's 32-bit wchar_t functions). */
size_t crt_wcslen(const WCHAR *s);
size_t crt_wcsnlen(const WCHAR *s, size_t max);

/* UTF-16 -> UTF-8 of n units (unpaired surrogates become '?'); returns the
 * bytes needed, writes at most cap of them (no terminator). */
size_t crt_utf16_to_utf8(const WCHAR *src, size_t n, char *dst, size_t cap);
/* The same, allocated with malloc and NUL-terminated; NULL (ENOMEM) on failure. */
char *crt_wide_to_utf8_alloc(const WCHAR *src);
/* Decodes one UTF-8 sequence at s (at most n bytes): returns its length and
 * stores the code point; an invalid byte decodes as itself (Latin-1), length 1. */
size_t crt_utf8_decode(const unsigned char *s, size_t n, unsigned *cp);

/* The integer syntax of strtol/wcstol: [space][sign][0x]digits. */
struct crt_intparse {
    unsigned long long value; /* magnitude */
    size_t end;               /* units consumed (0 if no digits) */
    int negative;
    int overflow;             /* the magnitude exceeded 64 bits */
    int digits;               /* at least one digit */
};
/* Parses a narrow (wide=0) or WCHAR string; -1 with EINVAL for a NULL string
 * or a base that is neither 0 nor 2..36. */
int crt_parse_integer(const void *s, int wide, int base, struct crt_intparse *r);
/* 32-bit results with Win32 clamping and ERANGE. */
LONG crt_to_long(const struct crt_intparse *r);
ULONG crt_to_ulong(const struct crt_intparse *r);

/* The "C" locale, for conversions that must not follow setlocale (strtod_l). */
locale_t crt_c_locale(void);

/* Win32 ctype for WCHARs (ASCII and Latin-1, see cruntime/wctype.c). */
int crt_iswspace(unsigned c);

#endif /* PAL_CRUNTIME_H */
