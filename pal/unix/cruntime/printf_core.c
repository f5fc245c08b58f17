/*
 * printf_core.c - the one printf engine behind every PAL printf-style API.
 *
 * It follows msvcrt (Win32) rules rather than ISO C / glibc where they differ:
 *   - size prefixes: h, hh, l (32-bit: a Win32 LONG), ll, I64, I32, I (pointer
 *     size), z/t (pointer size), j (64-bit), L (long double for floats), w (wide);
 *   - %p prints exactly 16 uppercase hex digits with no "0x" ('#' adds "0X"),
 *     the '0' flag and a precision do not change it;
 *   - %s/%c take the string/char type of the function (narrow for printf,
 *     WCHAR for swprintf); %S/%C the other one; h forces narrow, l/w force
 *     wide. WCHAR text is UTF-16 and becomes UTF-8 in narrow output (an
 *     unpaired surrogate prints '?'); narrow text is UTF-8 and becomes UTF-16
 *     in wide output (a byte that is not valid UTF-8 maps to U+0000-U+00FF).
 *     A precision counts output units and never splits a character;
 *   - a NULL string prints "(null)";
 *   - an unknown conversion character is printed as itself, consuming no argument;
 *   - %n is refused silently: its pointer argument is consumed, nothing is
 *     written through it and nothing is printed (msvcrt disables %n by default);
 *   - floating point delegates one rebuilt conversion (flags and precision, no
 *     width) to the system snprintf in the C locale's form, then widens the
 *     exponent to at least three digits as msvcrt does (1.5e+000) and pads
 *     itself. Infinity and NaN print as "inf"/"nan" (msvcrt prints 1.#INF00),
 *     and exact ties round half-to-even (msvcrt rounds them away from zero).
 * In CRT_FMT_USER32 mode (wsprintfA/W) only c C d i u x X p s S are
 * conversions: no floating point, no %o, no %n, no '*', no '+' or ' ' flags,
 * no ll; the '0' flag pads with zeros even with a precision.
 */
#include "internal.h"
#include "cruntime.h"
#include "unicode.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define F_MINUS 0x01
#define F_PLUS 0x02
#define F_SPACE 0x04
#define F_HASH 0x08
#define F_ZERO 0x10

struct crt_spec {
    int flags;
    int width;
    int prec; /* -1: none */
    enum crt_size size;
    int user32;
};

void crt_sink_buffer(struct crt_sink *s, int wide, void *buf, size_t cap)
{
    memset(s, 0, sizeof(*s));
    s->wide = wide;
    s->buf = buf;
    s->cap = buf ? cap : 0;
}

static void sink_put(struct crt_sink *s, unsigned u)
{
    if (s->pos >= s->cap && s->flush) {
        if (s->flush(s) != 0)
            s->failed = 1;
        s->pos = 0;
    }
    if (s->pos < s->cap) {
        if (s->wide)
            ((WCHAR *)s->buf)[s->pos] = (WCHAR)u;
        else
            ((char *)s->buf)[s->pos] = (char)u;
        s->pos++;
    }
    s->total++;
}

static void sink_repeat(struct crt_sink *s, unsigned u, size_t n)
{
    while (n--)
        sink_put(s, u);
}

static void sink_ascii(struct crt_sink *s, const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        sink_put(s, (unsigned char)p[i]);
}

/* The C runtime reads text as msvcrt does in the C locale: a byte that is not
 * valid UTF-8 stands for itself (U+0000-U+00FF), an unpaired surrogate for '?'. */
size_t crt_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    size_t len = unicode_utf8_decode(s, n, cp);
    if (*cp != UNICODE_INVALID)
        return len;
    *cp = s[0];
    return 1;
}

static size_t crt_utf16_decode(const WCHAR *s, size_t n, uint32_t *cp)
{
    size_t len = unicode_utf16_decode(s, n, cp);
    if (*cp == UNICODE_INVALID)
        *cp = '?';
    return len;
}

size_t crt_utf16_to_utf8(const WCHAR *src, size_t n, char *dst, size_t cap)
{
    size_t out = 0;
    for (size_t k = 0; k < n;) {
        uint32_t cp;
        k += crt_utf16_decode(src + k, n - k, &cp);
        char tmp[4];
        size_t b = unicode_utf8_encode(cp, tmp);
        for (size_t i = 0; i < b; i++, out++)
            if (out < cap)
                dst[out] = tmp[i];
    }
    return out;
}

char *crt_wide_to_utf8_alloc(const WCHAR *src)
{
    size_t n = crt_wcslen(src);
    size_t len = crt_utf16_to_utf8(src, n, NULL, 0);
    char *r = malloc(len + 1);
    if (!r) {
        errno = ENOMEM;
        return NULL;
    }
    crt_utf16_to_utf8(src, n, r, len);
    r[len] = 0;
    return r;
}

/* Emits (or only counts, when s is NULL) n units of narrow (UTF-8) or wide
 * (UTF-16) text as output units of wide_out, at most max of them, never
 * splitting a character. */
static size_t out_text(struct crt_sink *s, int wide_out, const void *p, int wide_src, size_t n, size_t max)
{
    if (wide_src == wide_out) {
        if (n > max)
            n = max;
        if (s)
            for (size_t i = 0; i < n; i++)
                sink_put(s, crt_unit_at(p, wide_src, i));
        return n;
    }
    size_t out = 0, k = 0;
    while (k < n) {
        uint32_t cp;
        size_t len = wide_src ? crt_utf16_decode((const WCHAR *)p + k, n - k, &cp)
                              : crt_utf8_decode((const unsigned char *)p + k, n - k, &cp);
        WCHAR w[2];
        char b[4];
        size_t units = wide_out ? unicode_utf16_encode(cp, w) : unicode_utf8_encode(cp, b);
        if (out + units > max)
            break;
        for (size_t i = 0; s && i < units; i++)
            sink_put(s, wide_out ? w[i] : (unsigned char)b[i]);
        out += units;
        k += len;
    }
    return out;
}

static void pad_before(struct crt_sink *s, const struct crt_spec *sp, size_t len)
{
    if (!(sp->flags & F_MINUS) && (size_t)sp->width > len)
        sink_repeat(s, ' ', (size_t)sp->width - len);
}

static void pad_after(struct crt_sink *s, const struct crt_spec *sp, size_t len)
{
    if ((sp->flags & F_MINUS) && (size_t)sp->width > len)
        sink_repeat(s, ' ', (size_t)sp->width - len);
}

/* out_text padded to the field width. */
static void emit_padded(struct crt_sink *s, const struct crt_spec *sp, const void *p, int wide_src, size_t n,
                        size_t max)
{
    size_t len = sp->width ? out_text(NULL, s->wide, p, wide_src, n, max) : 0;
    pad_before(s, sp, len);
    out_text(s, s->wide, p, wide_src, n, max);
    pad_after(s, sp, len);
}

static void emit_text(struct crt_sink *s, const struct crt_spec *sp, const void *str, int wide_src)
{
    size_t max = sp->prec >= 0 ? (size_t)sp->prec : SIZE_MAX;
    if (!str) {
        str = "(null)";
        wide_src = 0;
    }
    size_t n;
    if (wide_src) {
        /* one extra unit so a surrogate pair at the limit is seen whole */
        n = crt_wcsnlen(str, (s->wide || max == SIZE_MAX) ? max : max + 1);
    } else {
        /* a UTF-8 character is at most 4 bytes for at least one unit */
        size_t bound = !s->wide ? max : (max > SIZE_MAX / 4 - 4 ? SIZE_MAX : max * 4 + 4);
        n = strnlen(str, bound);
    }
    emit_padded(s, sp, str, wide_src, n, max);
}

/* A character ignores the precision. */
static void emit_char(struct crt_sink *s, const struct crt_spec *sp, unsigned v, int wide_src)
{
    WCHAR w = (WCHAR)v;
    char c = (char)v;
    emit_padded(s, sp, wide_src ? (const void *)&w : &c, wide_src, 1, SIZE_MAX);
}

static void emit_int(struct crt_sink *s, const struct crt_spec *sp, unsigned long long v, int neg, int conv)
{
    char digits[24];
    size_t n = 0;
    unsigned base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
    const char *set = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    for (unsigned long long t = v; t; t /= base)
        digits[sizeof(digits) - 1 - n++] = set[t % base];
    if (v == 0 && (sp->prec != 0 || sp->user32))
        digits[sizeof(digits) - 1 - n++] = '0';

    char prefix[3];
    size_t plen = 0;
    if (neg)
        prefix[plen++] = '-';
    else if ((conv == 'd' || conv == 'i') && (sp->flags & F_PLUS))
        prefix[plen++] = '+';
    else if ((conv == 'd' || conv == 'i') && (sp->flags & F_SPACE))
        prefix[plen++] = ' ';
    if ((sp->flags & F_HASH) && base == 16 && v != 0) {
        prefix[plen++] = '0';
        prefix[plen++] = (char)(conv == 'X' ? 'X' : 'x');
    }

    size_t zeros = (sp->prec > 0 && (size_t)sp->prec > n) ? (size_t)sp->prec - n : 0;
    if ((sp->flags & F_HASH) && base == 8 && zeros == 0 && (n == 0 || digits[sizeof(digits) - n] != '0'))
        zeros = 1;
    size_t len = plen + zeros + n;
    size_t pad = (size_t)sp->width > len ? (size_t)sp->width - len : 0;
    int zero_pad = (sp->flags & F_ZERO) && !(sp->flags & F_MINUS) && (sp->prec < 0 || sp->user32);

    if (!(sp->flags & F_MINUS) && !zero_pad)
        sink_repeat(s, ' ', pad);
    sink_ascii(s, prefix, plen);
    if (zero_pad)
        sink_repeat(s, '0', pad);
    sink_repeat(s, '0', zeros);
    sink_ascii(s, digits + sizeof(digits) - n, n);
    if (sp->flags & F_MINUS)
        sink_repeat(s, ' ', pad);
}

static void emit_pointer(struct crt_sink *s, const struct crt_spec *sp, uintptr_t v)
{
    char out[2 + 2 * sizeof(void *)];
    size_t n = 0;
    if (sp->flags & F_HASH) {
        out[n++] = '0';
        out[n++] = 'X';
    }
    for (int shift = (int)(8 * sizeof(void *)) - 4; shift >= 0; shift -= 4)
        out[n++] = "0123456789ABCDEF"[(v >> shift) & 0xF];
    pad_before(s, sp, n);
    sink_ascii(s, out, n);
    pad_after(s, sp, n);
}

/* msvcrt prints at least three exponent digits: 1.5e+000. */
static size_t widen_exponent(char *buf, size_t len, size_t cap)
{
    char *e = NULL;
    for (size_t i = 0; i < len; i++)
        if (buf[i] == 'e' || buf[i] == 'E')
            e = buf + i;
    if (!e || (e[1] != '+' && e[1] != '-'))
        return len;
    size_t digits = len - (size_t)(e + 2 - buf);
    if (digits >= 3 || len + (3 - digits) >= cap)
        return len;
    size_t add = 3 - digits;
    memmove(e + 2 + add, e + 2, digits + 1);
    memset(e + 2, '0', add);
    return len + add;
}

static void emit_float(struct crt_sink *s, const struct crt_spec *sp, int conv, long double v, int is_ld)
{
    char spec[24];
    size_t k = 0;
    spec[k++] = '%';
    if (sp->flags & F_PLUS)
        spec[k++] = '+';
    if (sp->flags & F_SPACE)
        spec[k++] = ' ';
    if (sp->flags & F_HASH)
        spec[k++] = '#';
    if (sp->prec >= 0) {
        k += (size_t)snprintf(spec + k, sizeof(spec) - k, ".%d", sp->prec);
    }
    if (is_ld)
        spec[k++] = 'L';
    spec[k++] = (char)conv;
    spec[k] = 0;

    char local[160];
    char *buf = local;
    size_t cap = sizeof(local);
    int r = is_ld ? snprintf(buf, cap, spec, v) : snprintf(buf, cap, spec, (double)v);
    if (r < 0)
        return;
    if ((size_t)r + 4 >= cap) {
        cap = (size_t)r + 8;
        buf = malloc(cap);
        if (!buf) {
            s->failed = 1;
            errno = ENOMEM;
            return;
        }
        r = is_ld ? snprintf(buf, cap, spec, v) : snprintf(buf, cap, spec, (double)v);
    }
    size_t len = (size_t)r;
    if (conv == 'e' || conv == 'E' || conv == 'g' || conv == 'G')
        len = widen_exponent(buf, len, cap);

    size_t lead = 0; /* sign and 0x that zero padding goes after */
    if (len && (buf[0] == '-' || buf[0] == '+' || buf[0] == ' '))
        lead = 1;
    if ((conv == 'a' || conv == 'A') && len >= lead + 2 && buf[lead] == '0')
        lead += 2;
    size_t pad = (size_t)sp->width > len ? (size_t)sp->width - len : 0;
    int zero_pad = (sp->flags & F_ZERO) && !(sp->flags & F_MINUS) && isfinite(v);
    if (!(sp->flags & F_MINUS) && !zero_pad)
        sink_repeat(s, ' ', pad);
    sink_ascii(s, buf, lead);
    if (zero_pad)
        sink_repeat(s, '0', pad);
    sink_ascii(s, buf + lead, len - lead);
    if (sp->flags & F_MINUS)
        sink_repeat(s, ' ', pad);
    if (buf != local)
        free(buf);
}

/* Reads a decimal count of the format, saturating at INT_MAX. */
static int read_count(const void *fmt, int wide, size_t *i)
{
    int n = 0;
    unsigned c;
    while ((c = crt_unit_at(fmt, wide, *i)) >= '0' && c <= '9') {
        n = n > (INT_MAX - 9) / 10 ? INT_MAX : n * 10 + (int)(c - '0');
        (*i)++;
    }
    return n;
}

/* msvcrt's size prefixes, a longer one before its own prefix; wsprintf
 * (user32) takes only some of them. */
static const struct {
    char text[4];
    enum crt_size size;
    bool user32;
} crt_size_prefixes[] = {
    {"I64", SZ_LL, true}, {"I32", SZ_I32, true}, {"I", SZ_PTR, true},  {"hh", SZ_HH, false},
    {"h", SZ_H, true},    {"ll", SZ_LL, false},  {"l", SZ_L, true},    {"w", SZ_W, true},
    {"L", SZ_LD, false},  {"z", SZ_PTR, false},  {"t", SZ_PTR, false}, {"j", SZ_LL, false},
};

enum crt_size crt_parse_size(const void *fmt, int wide, size_t *i, int user32)
{
    for (size_t p = 0; p < PAL_ARRAY_SIZE(crt_size_prefixes); p++) {
        const char *text = crt_size_prefixes[p].text;
        size_t n = 0;
        if (user32 && !crt_size_prefixes[p].user32)
            continue;
        while (text[n] && crt_unit_at(fmt, wide, *i + n) == (unsigned char)text[n])
            n++;
        if (!text[n]) {
            *i += n;
            return crt_size_prefixes[p].size;
        }
    }
    return SZ_NONE;
}

int crt_text_is_wide(enum crt_size size, unsigned conv, int wide)
{
    if (size == SZ_H)
        return 0;
    if (size == SZ_L || size == SZ_W)
        return 1;
    return (conv == 'C' || conv == 'S') ? !wide : wide;
}

int crt_vformat(struct crt_sink *s, const void *fmt, int mode, va_list ap_in)
{
    if (!fmt) {
        errno = EINVAL;
        return -1;
    }
    const int wide = (mode & CRT_FMT_WIDE) != 0;
    const int user32 = (mode & CRT_FMT_USER32) != 0;
    va_list ap;
    va_copy(ap, ap_in);
    size_t i = 0;
    unsigned c;

    while ((c = crt_unit_at(fmt, wide, i)) != 0) {
        if (c != '%') {
            sink_put(s, c);
            i++;
            continue;
        }
        i++;
        struct crt_spec sp = {.prec = -1, .user32 = user32};

        for (;; i++) {
            c = crt_unit_at(fmt, wide, i);
            if (c == '-')
                sp.flags |= F_MINUS;
            else if (c == '+' && !user32)
                sp.flags |= F_PLUS;
            else if (c == ' ' && !user32)
                sp.flags |= F_SPACE;
            else if (c == '#')
                sp.flags |= F_HASH;
            else if (c == '0')
                sp.flags |= F_ZERO;
            else
                break;
        }
        if (crt_unit_at(fmt, wide, i) == '*' && !user32) {
            i++;
            int w = va_arg(ap, int);
            if (w < 0) {
                sp.flags |= F_MINUS;
                w = w == INT_MIN ? INT_MAX : -w;
            }
            sp.width = w;
        } else {
            sp.width = read_count(fmt, wide, &i);
        }
        if (crt_unit_at(fmt, wide, i) == '.') {
            i++;
            if (crt_unit_at(fmt, wide, i) == '*' && !user32) {
                i++;
                int p = va_arg(ap, int);
                sp.prec = p < 0 ? -1 : p;
            } else {
                sp.prec = read_count(fmt, wide, &i);
            }
        }

        sp.size = crt_parse_size(fmt, wide, &i, user32);

        c = crt_unit_at(fmt, wide, i);
        if (c == 0)
            break; /* a lone '%' at the end prints nothing */
        i++;
        if (user32 && (c >= 0x80 || !strchr("cCdiuxXpsS%", (int)c))) {
            sink_put(s, c); /* wsprintf: unsupported conversions print as themselves */
            continue;
        }

        switch (c) {
        case '%':
            sink_put(s, '%');
            break;
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X': {
            int is_signed = c == 'd' || c == 'i';
            unsigned long long v;
            int neg = 0;
            int is64 = sp.size == SZ_LL || sp.size == SZ_PTR;
            if (is64) {
                v = va_arg(ap, unsigned long long);
                if (is_signed && (long long)v < 0) {
                    neg = 1;
                    v = 0ULL - v;
                }
            } else {
                unsigned int u = va_arg(ap, unsigned int);
                if (sp.size == SZ_HH && !user32)
                    u = is_signed ? (unsigned)(int)(signed char)u : (unsigned char)u;
                else if (sp.size == SZ_H && !user32)
                    u = is_signed ? (unsigned)(int)(short)u : (unsigned short)u;
                v = u;
                if (is_signed && (int)u < 0) {
                    neg = 1;
                    v = 0ULL - (unsigned long long)(long long)(int)u;
                }
            }
            emit_int(s, &sp, v, neg, (int)c);
            break;
        }
        case 'p':
            emit_pointer(s, &sp, (uintptr_t)va_arg(ap, void *));
            break;
        case 'c':
        case 'C':
            emit_char(s, &sp, (unsigned)va_arg(ap, int), crt_text_is_wide(sp.size, c, wide));
            break;
        case 's':
        case 'S':
            emit_text(s, &sp, va_arg(ap, const void *), crt_text_is_wide(sp.size, c, wide));
            break;
        case 'n':
            (void)va_arg(ap, void *);
            break;
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case 'a':
        case 'A':
            if (sp.size == SZ_LD)
                emit_float(s, &sp, (int)c, va_arg(ap, long double), 1);
            else
                emit_float(s, &sp, (int)c, va_arg(ap, double), 0);
            break;
        default:
            /* unknown conversion: msvcrt prints the character itself */
            sink_put(s, crt_unit_at(fmt, wide, i - 1));
            break;
        }
    }
    va_end(ap);
    return 0;
}

/* ---- Buffer and stream bodies shared by the narrow and WCHAR families ----
 * mode is 0 or CRT_FMT_WIDE; a wide sink holds WCHARs. */

static void sink_terminate(struct crt_sink *s, size_t at)
{
    if (s->wide)
        ((WCHAR *)s->buf)[at] = 0;
    else
        ((char *)s->buf)[at] = 0;
}

/* C99 vsnprintf rules: see crt_vsnprintf in cruntime.h. */
static int vsnprintf_c99(void *buf, size_t size, const void *fmt, int mode, va_list ap)
{
    struct crt_sink s;
    if (!buf)
        size = 0;
    crt_sink_buffer(&s, (mode & CRT_FMT_WIDE) != 0, buf, size ? size - 1 : 0);
    if (crt_vformat(&s, fmt, mode, ap) != 0) {
        if (size)
            sink_terminate(&s, 0);
        return -1;
    }
    if (size)
        sink_terminate(&s, s.pos);
    return s.total > INT_MAX ? -1 : (int)s.total;
}

int crt_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
    return vsnprintf_c99(buf, size, fmt, 0, ap);
}

int crt_snprintf(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = crt_vsnprintf(buf, size, fmt, ap);
    va_end(ap);
    return r;
}

int crt_vsnwprintf(WCHAR *buf, size_t count, const WCHAR *fmt, va_list ap)
{
    return vsnprintf_c99(buf, count, fmt, CRT_FMT_WIDE, ap);
}

int crt_vsprintf_unbounded(void *buffer, const void *format, int mode, va_list ap)
{
    if (!buffer || !format) {
        errno = EINVAL;
        return -1;
    }
    int wide = (mode & CRT_FMT_WIDE) != 0;
    struct crt_sink s;
    crt_sink_buffer(&s, wide, buffer, SIZE_MAX / (wide ? sizeof(WCHAR) : 1));
    if (crt_vformat(&s, format, mode, ap) != 0)
        return -1;
    sink_terminate(&s, s.pos);
    return s.total > INT_MAX ? -1 : (int)s.total;
}

int crt_vsnprintf_msvcrt(void *buffer, size_t count, const void *format, int mode, va_list ap)
{
    if (!format || (!buffer && count)) {
        errno = EINVAL;
        return -1;
    }
    struct crt_sink s;
    crt_sink_buffer(&s, (mode & CRT_FMT_WIDE) != 0, buffer, count);
    if (crt_vformat(&s, format, mode, ap) != 0)
        return -1;
    if (s.total > count || s.total > INT_MAX)
        return buffer ? -1 : (s.total > INT_MAX ? -1 : (int)s.total);
    if (s.total < count)
        sink_terminate(&s, s.total);
    return (int)s.total;
}

/* wsprintf writes at most 1024 units including the terminator (MSDN). */
#define CRT_WSPRINTF_MAX 1024

int crt_vwsprintf(void *buffer, const void *format, int mode, va_list ap)
{
    if (!buffer || !format) {
        error_set(ERROR_INVALID_PARAMETER);
        return -1;
    }
    struct crt_sink s;
    crt_sink_buffer(&s, (mode & CRT_FMT_WIDE) != 0, buffer, CRT_WSPRINTF_MAX - 1);
    if (crt_vformat(&s, format, mode | CRT_FMT_USER32, ap) != 0)
        return -1;
    sink_terminate(&s, s.pos);
    return s.total >= CRT_WSPRINTF_MAX ? CRT_WSPRINTF_MAX : (int)s.total;
}

/* Drains a sink into its FILE: bytes as they are, WCHARs as UTF-8. A high
 * surrogate that ends the buffer waits in s->pending for its pair. */
static int flush_fp(struct crt_sink *s)
{
    if (!s->wide)
        return fwrite(s->buf, 1, s->pos, s->fp) == s->pos ? 0 : -1;
    const WCHAR *w = s->buf;
    char out[4 * 256 + 8];
    size_t o = 0, k = 0;
    uint32_t cp;
    if (s->pending && s->pos) {
        WCHAR pair[2] = {(WCHAR)s->pending, w[0]};
        k = crt_utf16_decode(pair, 2, &cp) - 1; /* w[0] is used if it completes the pair */
        o = unicode_utf8_encode(cp, out);
        s->pending = 0;
    }
    while (k < s->pos) {
        if (k + 1 == s->pos && unicode_is_high_surrogate(w[k])) {
            s->pending = w[k];
            break;
        }
        k += crt_utf16_decode(w + k, s->pos - k, &cp);
        o += unicode_utf8_encode(cp, out + o);
        if (o >= sizeof(out) - 8) {
            if (fwrite(out, 1, o, s->fp) != o)
                return -1;
            o = 0;
        }
    }
    return fwrite(out, 1, o, s->fp) == o ? 0 : -1;
}

int crt_vfprintf_fp(FILE *fp, const void *fmt, int mode, va_list ap)
{
    union {
        char c[1024];
        WCHAR w[256];
    } chunk;
    struct crt_sink s;
    int wide = (mode & CRT_FMT_WIDE) != 0;
    crt_sink_buffer(&s, wide, &chunk, wide ? PAL_ARRAY_SIZE(chunk.w) : sizeof(chunk.c));
    s.flush = flush_fp;
    s.fp = fp;
    flockfile(fp);
    int r = crt_vformat(&s, fmt, mode, ap);
    if (r == 0) {
        if (s.flush(&s) != 0)
            s.failed = 1;
        if (wide && s.pending) {
            if (fputc('?', fp) == EOF)
                s.failed = 1;
        }
    }
    funlockfile(fp);
    if (r != 0 || s.failed || s.total > INT_MAX)
        return -1;
    return (int)s.total;
}

int crt_vfprintf_stream(PAL_FILE *stream, const void *format, int mode, va_list ap)
{
    FILE *fp = stream ? crt_file_fp(stream) : NULL;
    if (!fp || !format) {
        errno = EINVAL;
        return -1;
    }
    return crt_vfprintf_fp(fp, format, mode, ap);
}
