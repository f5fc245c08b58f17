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

/* Size prefixes of printf and scanf conversions (msvcrt). */
enum crt_size {
    SZ_NONE,
    SZ_HH,
    SZ_H,
    SZ_L,   /* l: 32-bit integer, double (scanf), wide string/char */
    SZ_W,   /* w: wide string/char */
    SZ_LL,  /* ll, I64, j: 64-bit */
    SZ_I32, /* I32: 32-bit, as no prefix */
    SZ_PTR, /* I, z, t: pointer size */
    SZ_LD,  /* L: long double */
};
/* Reads the size prefix at *i of a format and moves *i past it. user32
 * (wsprintf) takes only h, l, w and I64/I32/I: a second h or l, L, z, t and j
 * are left unread. */
enum crt_size crt_parse_size(const void *fmt, int wide, size_t *i, int user32);
/* Whether the text of a conversion is WCHARs: %c %s %[ take the function's
 * own char type (wide: a WCHAR format), %C %S the other one; h forces narrow,
 * l and w force wide. */
int crt_text_is_wide(enum crt_size size, unsigned conv, int wide);

/* Formats into the sink; returns 0, or -1 if the format is invalid (NULL). */
int crt_vformat(struct crt_sink *sink, const void *fmt, int mode, va_list ap);

/* Sink initialisation for a memory buffer of cap units (nothing is terminated). */
void crt_sink_buffer(struct crt_sink *s, int wide, void *buf, size_t cap);

/* vfprintf/vfwprintf onto a stdio stream; returns chars written or -1. */
int crt_vfprintf_fp(FILE *fp, const void *fmt, int mode, va_list ap);

/* The bodies of the narrow (mode 0) and WCHAR (CRT_FMT_WIDE) printf families
 * (printf.c, wprintf.c); counts are in units of the buffer. Bad parameters
 * (NULL format, buffer or stream) return -1 with errno EINVAL, or with
 * LastError ERROR_INVALID_PARAMETER for wsprintf. */
/* vsprintf/vswprintf: no bound, always terminated. */
int crt_vsprintf_unbounded(void *buffer, const void *format, int mode, va_list ap);
/* _vsnprintf/_vsnwprintf: writes at most count units. A terminator is added
 * only when the output is shorter than count; output of exactly count units
 * returns count unterminated, longer output returns -1 (count units written,
 * no terminator). A NULL buffer with count 0 returns the length needed. */
int crt_vsnprintf_msvcrt(void *buffer, size_t count, const void *format, int mode, va_list ap);
/* user32 wsprintfA/W: at most 1024 units including the terminator; longer
 * output is cut and terminated, and the call then returns 1024 as Windows
 * (Wine) does. No floating point, '*', %o or %n: see printf_core.c. */
int crt_vwsprintf(void *buffer, const void *format, int mode, va_list ap);
/* vfprintf/fwprintf on a PAL stream. */
int crt_vfprintf_stream(PAL_FILE *stream, const void *format, int mode, va_list ap);

/* One unit of a narrow (wide=0) or WCHAR string. */
static inline unsigned crt_unit_at(const void *s, int wide, size_t i)
{
    return wide ? ((const WCHAR *)s)[i] : ((const unsigned char *)s)[i];
}

/* The value of a digit or letter in bases up to 36; 99 for anything else. */
static inline int crt_digit_value(unsigned c)
{
    if (c >= '0' && c <= '9')
        return (int)(c - '0');
    if (c >= 'a' && c <= 'z')
        return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'Z')
        return (int)(c - 'A' + 10);
    return 99;
}

/* msvcrt's _NLSCMPERROR: what the _stricmp/_wcsicmp families return on bad input. */
#define CRT_NLSCMPERROR 0x7fffffff

/* Bodies of narrow/WCHAR twins (string.c): _strnicmp/_wcsnicmp (a count of
 * SIZE_MAX for _stricmp), _strlwr/_wcslwr and strtok/wcstok, whose position
 * is *next. Narrow case folding is ASCII only, as msvcrt's C locale;
 * WCHARs fold Latin-1 too. */
int crt_strnicmp(const void *string1, const void *string2, size_t count, int wide);
void *crt_strlwr(void *string, int wide);
void *crt_strtok(void *string, const void *delimit, int wide, void **next);

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
size_t crt_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

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
