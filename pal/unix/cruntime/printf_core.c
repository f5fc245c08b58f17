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

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum crt_size {
    SZ_NONE,
    SZ_HH,
    SZ_H,
    SZ_L,   /* l: 32-bit integer, wide string/char */
    SZ_W,   /* w: wide string/char */
    SZ_LL,  /* ll, I64, j: 64-bit */
    SZ_I32, /* I32: 32-bit */
    SZ_PTR, /* I, z, t: pointer size */
    SZ_LD,  /* L: long double */
};

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

static size_t utf8_encode(unsigned cp, char out[4])
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

size_t crt_utf8_decode(const unsigned char *s, size_t n, unsigned *cp)
{
    unsigned c = s[0];
    size_t len;
    unsigned min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        min = 0x80;
        c &= 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        min = 0x800;
        c &= 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        min = 0x10000;
        c &= 0x07;
    } else {
        *cp = s[0];
        return 1;
    }
    if (n < len) {
        *cp = s[0];
        return 1;
    }
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = s[0];
            return 1;
        }
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        *cp = s[0];
        return 1;
    }
    *cp = c;
    return len;
}

/* Next code point of a UTF-16 string of n units: unpaired surrogates give '?'. */
static unsigned utf16_next(const WCHAR *p, size_t n, size_t *k)
{
    unsigned c = p[*k];
    (*k)++;
    if (c >= 0xD800 && c <= 0xDBFF && *k < n && p[*k] >= 0xDC00 && p[*k] <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (p[*k] - 0xDC00u);
        (*k)++;
        return c;
    }
    if (c >= 0xD800 && c <= 0xDFFF)
        return '?';
    return c;
}

size_t crt_utf16_to_utf8(const WCHAR *src, size_t n, char *dst, size_t cap)
{
    size_t out = 0, k = 0;
    while (k < n) {
        char tmp[4];
        size_t b = utf8_encode(utf16_next(src, n, &k), tmp);
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

/* Emits (or only counts, when s is NULL) n bytes of narrow text as output
 * units, at most max of them, never splitting a character. */
static size_t out_narrow(struct crt_sink *s, int wide_out, const char *p, size_t n, size_t max)
{
    const unsigned char *u = (const unsigned char *)p;
    if (!wide_out) {
        if (n > max)
            n = max;
        if (s)
            for (size_t i = 0; i < n; i++)
                sink_put(s, u[i]);
        return n;
    }
    size_t out = 0, k = 0;
    while (k < n) {
        unsigned cp;
        size_t len = crt_utf8_decode(u + k, n - k, &cp);
        size_t units = cp >= 0x10000 ? 2 : 1;
        if (out + units > max)
            break;
        if (s) {
            if (units == 2) {
                sink_put(s, 0xD800 + ((cp - 0x10000) >> 10));
                sink_put(s, 0xDC00 + ((cp - 0x10000) & 0x3FF));
            } else {
                sink_put(s, cp);
            }
        }
        out += units;
        k += len;
    }
    return out;
}

/* The same for n units of UTF-16 text. */
static size_t out_wide(struct crt_sink *s, int wide_out, const WCHAR *p, size_t n, size_t max)
{
    if (wide_out) {
        if (n > max)
            n = max;
        if (s)
            for (size_t i = 0; i < n; i++)
                sink_put(s, p[i]);
        return n;
    }
    size_t out = 0, k = 0;
    while (k < n) {
        char tmp[4];
        size_t b = utf8_encode(utf16_next(p, n, &k), tmp);
        if (out + b > max)
            break;
        if (s)
            sink_ascii(s, tmp, b);
        out += b;
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

static void emit_text(struct crt_sink *s, const struct crt_spec *sp, const void *str, int wide_src)
{
    size_t max = sp->prec >= 0 ? (size_t)sp->prec : SIZE_MAX;
    if (!str) {
        str = "(null)";
        wide_src = 0;
    }
    size_t n, len;
    if (wide_src) {
        /* one extra unit so a surrogate pair at the limit is seen whole */
        n = crt_wcsnlen(str, (s->wide || max == SIZE_MAX) ? max : max + 1);
        len = sp->width ? out_wide(NULL, s->wide, str, n, max) : 0;
    } else {
        /* a UTF-8 character is at most 4 bytes for at least one unit */
        size_t bound = !s->wide ? max : (max > SIZE_MAX / 4 - 4 ? SIZE_MAX : max * 4 + 4);
        n = strnlen(str, bound);
        len = sp->width ? out_narrow(NULL, s->wide, str, n, max) : 0;
    }
    pad_before(s, sp, len);
    if (wide_src)
        out_wide(s, s->wide, str, n, max);
    else
        out_narrow(s, s->wide, str, n, max);
    pad_after(s, sp, len);
}

static void emit_char(struct crt_sink *s, const struct crt_spec *sp, unsigned v, int wide_src)
{
    struct crt_spec one = *sp;
    one.prec = -1;
    if (wide_src) {
        WCHAR w = (WCHAR)v;
        size_t len = out_wide(NULL, s->wide, &w, 1, SIZE_MAX);
        pad_before(s, &one, len);
        out_wide(s, s->wide, &w, 1, SIZE_MAX);
        pad_after(s, &one, len);
    } else {
        char c = (char)v;
        size_t len = out_narrow(NULL, s->wide, &c, 1, SIZE_MAX);
        pad_before(s, &one, len);
        out_narrow(s, s->wide, &c, 1, SIZE_MAX);
        pad_after(s, &one, len);
    }
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

static inline unsigned fch(const void *fmt, int wide, size_t i)
{
    return wide ? ((const WCHAR *)fmt)[i] : ((const unsigned char *)fmt)[i];
}

/* Reads a decimal count of the format, saturating at INT_MAX. */
static int read_count(const void *fmt, int wide, size_t *i)
{
    int n = 0;
    unsigned c;
    while ((c = fch(fmt, wide, *i)) >= '0' && c <= '9') {
        n = n > (INT_MAX - 9) / 10 ? INT_MAX : n * 10 + (int)(c - '0');
        (*i)++;
    }
    return n;
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

    while ((c = fch(fmt, wide, i)) != 0) {
        if (c != '%') {
            sink_put(s, c);
            i++;
            continue;
        }
        i++;
        struct crt_spec sp = {.prec = -1, .user32 = user32};

        for (;; i++) {
            c = fch(fmt, wide, i);
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
        if (fch(fmt, wide, i) == '*' && !user32) {
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
        if (fch(fmt, wide, i) == '.') {
            i++;
            if (fch(fmt, wide, i) == '*' && !user32) {
                i++;
                int p = va_arg(ap, int);
                sp.prec = p < 0 ? -1 : p;
            } else {
                sp.prec = read_count(fmt, wide, &i);
            }
        }

        c = fch(fmt, wide, i);
        if (c == 'h') {
            i++;
            sp.size = SZ_H;
            if (fch(fmt, wide, i) == 'h' && !user32) {
                i++;
                sp.size = SZ_HH;
            }
        } else if (c == 'l') {
            i++;
            sp.size = SZ_L;
            if (fch(fmt, wide, i) == 'l' && !user32) {
                i++;
                sp.size = SZ_LL;
            }
        } else if (c == 'w') {
            i++;
            sp.size = SZ_W;
        } else if (c == 'L' && !user32) {
            i++;
            sp.size = SZ_LD;
        } else if (c == 'I') {
            i++;
            if (fch(fmt, wide, i) == '6' && fch(fmt, wide, i + 1) == '4') {
                i += 2;
                sp.size = SZ_LL;
            } else if (fch(fmt, wide, i) == '3' && fch(fmt, wide, i + 1) == '2') {
                i += 2;
                sp.size = SZ_I32;
            } else {
                sp.size = SZ_PTR;
            }
        } else if ((c == 'z' || c == 't') && !user32) {
            i++;
            sp.size = SZ_PTR;
        } else if (c == 'j' && !user32) {
            i++;
            sp.size = SZ_LL;
        }

        c = fch(fmt, wide, i);
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
        case 'C': {
            int wide_src = sp.size == SZ_H    ? 0
                           : sp.size == SZ_L || sp.size == SZ_W ? 1
                           : (c == 'c') ? wide
                                        : !wide;
            emit_char(s, &sp, (unsigned)va_arg(ap, int), wide_src);
            break;
        }
        case 's':
        case 'S': {
            int wide_src = sp.size == SZ_H    ? 0
                           : sp.size == SZ_L || sp.size == SZ_W ? 1
                           : (c == 's') ? wide
                                        : !wide;
            emit_text(s, &sp, va_arg(ap, const void *), wide_src);
            break;
        }
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
            sink_put(s, fch(fmt, wide, i - 1));
            break;
        }
    }
    va_end(ap);
    return 0;
}

int crt_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
    struct crt_sink s;
    if (!buf)
        size = 0;
    crt_sink_buffer(&s, 0, buf, size ? size - 1 : 0);
    if (crt_vformat(&s, fmt, 0, ap) != 0) {
        if (size)
            buf[0] = 0;
        return -1;
    }
    if (size)
        buf[s.pos] = 0;
    return s.total > INT_MAX ? -1 : (int)s.total;
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
    struct crt_sink s;
    if (!buf)
        count = 0;
    crt_sink_buffer(&s, 1, buf, count ? count - 1 : 0);
    if (crt_vformat(&s, fmt, CRT_FMT_WIDE, ap) != 0) {
        if (count)
            buf[0] = 0;
        return -1;
    }
    if (count)
        buf[s.pos] = 0;
    return s.total > INT_MAX ? -1 : (int)s.total;
}

/* Drains a sink into its FILE: bytes as they are, WCHARs as UTF-8. */
static int flush_fp(struct crt_sink *s)
{
    if (!s->wide)
        return fwrite(s->buf, 1, s->pos, s->fp) == s->pos ? 0 : -1;
    const WCHAR *w = s->buf;
    char out[4 * 256 + 8];
    size_t o = 0;
    for (size_t k = 0; k < s->pos; k++) {
        unsigned c = w[k];
        if (s->pending) {
            unsigned hi = s->pending;
            s->pending = 0;
            if (c >= 0xDC00 && c <= 0xDFFF) {
                o += utf8_encode(0x10000 + ((hi - 0xD800) << 10) + (c - 0xDC00), out + o);
                continue;
            }
            out[o++] = '?';
        }
        if (c >= 0xD800 && c <= 0xDBFF)
            s->pending = c;
        else
            o += utf8_encode((c >= 0xDC00 && c <= 0xDFFF) ? '?' : c, out + o);
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
