/*
 * scanf.c - sscanf and swscanf (msvcrt rules).
 *
 * Conversions: d i u o x X p, e f g E G a A, c C s S [...] n and %%; '*'
 * suppresses the assignment; a width limits the input units a field takes.
 * Size prefixes as in printf: h, hh, l (32-bit integers, double for floats,
 * wide strings), ll/I64/j (64-bit), I32, I/z/t (pointer size), L (long double),
 * w (wide). Strings: %s/%c/%[ store the function's own char type, %S/%C the
 * other one (h narrow, l/w wide): a narrow destination receives UTF-8, a wide
 * one UTF-16. Integers wrap silently on overflow as msvcrt does.
 * Returns the number of fields assigned, or EOF when the input ends before the
 * first conversion; a NULL string or format returns EOF with errno EINVAL.
 */
#include "internal.h"
#include "cruntime.h"
#include "unicode.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct scan {
    const void *in;
    int wide;
    size_t pos;
};

static inline unsigned in_at(const struct scan *sc, size_t i)
{
    return crt_unit_at(sc->in, sc->wide, i);
}

static int scan_space(unsigned c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c > 0x7F && crt_iswspace(c));
}

static void skip_space(struct scan *sc)
{
    unsigned c;
    while ((c = in_at(sc, sc->pos)) != 0 && scan_space(c))
        sc->pos++;
}

/* Reads an integer field of at most width units; returns 0 if no digit. */
static int scan_integer(struct scan *sc, size_t width, unsigned base, unsigned long long *out)
{
    size_t p = sc->pos, end = width ? sc->pos + width : SIZE_MAX;
    int neg = 0;
    unsigned c = in_at(sc, p);
    if (p < end && (c == '+' || c == '-')) {
        neg = c == '-';
        p++;
    }
    if (base == 0 || base == 16) {
        if (p < end && in_at(sc, p) == '0') {
            unsigned x = p + 1 < end ? in_at(sc, p + 1) : 0;
            if ((x == 'x' || x == 'X') && (base == 16 || base == 0)) {
                /* "0x" counts as a prefix only if a hex digit follows; else "0" */
                if (p + 2 < end && crt_digit_value(in_at(sc, p + 2)) < 16) {
                    p += 2;
                    base = 16;
                } else {
                    base = base ? base : 8;
                }
            } else if (base == 0) {
                base = 8;
            }
        } else if (base == 0) {
            base = 10;
        }
    }
    unsigned long long v = 0;
    size_t start = p;
    while (p < end && crt_digit_value(in_at(sc, p)) < (int)base) {
        v = v * base + (unsigned)crt_digit_value(in_at(sc, p));
        p++;
    }
    if (p == start)
        return 0;
    sc->pos = p;
    *out = neg ? 0ULL - v : v;
    return 1;
}

/* Reads a floating field: collects its ASCII characters and lets strtod_l
 * convert them. Returns 0 if no number was read. */
static int scan_float(struct scan *sc, size_t width, long double *out)
{
    char buf[512];
    size_t n = 0, p = sc->pos, end = width ? sc->pos + width : SIZE_MAX;
    while (p < end && n < sizeof(buf) - 1) {
        unsigned c = in_at(sc, p);
        if (c == 0 || c >= 0x80 || scan_space(c))
            break;
        buf[n++] = (char)c;
        p++;
    }
    buf[n] = 0;
    char *stop;
    long double v = strtold_l(buf, &stop, crt_c_locale());
    if (stop == buf)
        return 0;
    sc->pos += (size_t)(stop - buf);
    *out = v;
    return 1;
}

/* Is c in the scanset [set_begin, set_end) (after the optional '^')? */
static int in_scanset(const void *fmt, int wide, size_t b, size_t e, unsigned c)
{
    for (size_t i = b; i < e; i++) {
        unsigned lo = crt_unit_at(fmt, wide, i);
        if (i + 2 < e && crt_unit_at(fmt, wide, i + 1) == '-' && i != b) {
            unsigned hi = crt_unit_at(fmt, wide, i + 2);
            unsigned a = lo < hi ? lo : hi, z = lo < hi ? hi : lo;
            if (c >= a && c <= z)
                return 1;
            i += 2;
            continue;
        }
        if (c == lo)
            return 1;
    }
    return 0;
}

/* Stores input units [b, e) into a narrow or wide destination. */
static void store_text(const struct scan *sc, size_t b, size_t e, void *dst, int wide_dst, int terminate)
{
    if (sc->wide == wide_dst) {
        size_t unit = wide_dst ? sizeof(WCHAR) : 1;
        memcpy(dst, (const char *)sc->in + b * unit, (e - b) * unit);
        if (terminate) {
            if (wide_dst)
                ((WCHAR *)dst)[e - b] = 0;
            else
                ((char *)dst)[e - b] = 0;
        }
        return;
    }
    if (!wide_dst) {
        size_t n = crt_utf16_to_utf8((const WCHAR *)sc->in + b, e - b, dst, SIZE_MAX);
        if (terminate)
            ((char *)dst)[n] = 0;
        return;
    }
    const unsigned char *s = (const unsigned char *)sc->in;
    WCHAR *w = dst;
    size_t k = b, o = 0;
    while (k < e) {
        uint32_t cp;
        k += crt_utf8_decode(s + k, e - k, &cp);
        o += unicode_utf16_encode(cp, w + o);
    }
    if (terminate)
        w[o] = 0;
}

static void store_int(void *dst, enum crt_size size, unsigned long long v)
{
    switch (size) {
    case SZ_HH:
        *(unsigned char *)dst = (unsigned char)v;
        break;
    case SZ_H:
        *(unsigned short *)dst = (unsigned short)v;
        break;
    case SZ_LL:
    case SZ_PTR:
        *(unsigned long long *)dst = v;
        break;
    default:
        *(unsigned int *)dst = (unsigned int)v;
        break;
    }
}

static int crt_vscan(const void *input, const void *fmt, int wide, va_list ap_in)
{
    if (!input || !fmt) {
        errno = EINVAL;
        return EOF;
    }
    struct scan sc = {input, wide, 0};
    va_list ap;
    va_copy(ap, ap_in);
    int assigned = 0, converted = 0, input_failure = 0;
    size_t f = 0;
    unsigned c;

    while ((c = crt_unit_at(fmt, wide, f)) != 0) {
        if (scan_space(c)) {
            while (scan_space(crt_unit_at(fmt, wide, f)))
                f++;
            skip_space(&sc);
            continue;
        }
        if (c != '%' || crt_unit_at(fmt, wide, f + 1) == '%') {
            f += c == '%' ? 2 : 1;
            unsigned i = in_at(&sc, sc.pos);
            if (i == 0) {
                input_failure = 1;
                break;
            }
            if (i != c)
                break;
            sc.pos++;
            continue;
        }
        f++;
        int suppress = 0;
        if (crt_unit_at(fmt, wide, f) == '*') {
            suppress = 1;
            f++;
        }
        size_t width = 0;
        while ((c = crt_unit_at(fmt, wide, f)) >= '0' && c <= '9') {
            width = width > SIZE_MAX / 10 - 10 ? SIZE_MAX / 2 : width * 10 + (c - '0');
            f++;
        }
        enum crt_size size = crt_parse_size(fmt, wide, &f, 0);
        unsigned conv = crt_unit_at(fmt, wide, f);
        if (conv == 0)
            break;
        f++;

        if (conv == 'n') {
            if (!suppress)
                store_int(va_arg(ap, void *), size == SZ_L ? SZ_NONE : size, sc.pos);
            continue;
        }
        if (conv != 'c' && conv != 'C' && conv != '[')
            skip_space(&sc);
        if (in_at(&sc, sc.pos) == 0) {
            input_failure = 1;
            break;
        }

        int ok = 1;
        switch (conv) {
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X':
        case 'p': {
            unsigned base = conv == 'i' ? 0 : conv == 'o' ? 8 : (conv == 'x' || conv == 'X' || conv == 'p') ? 16 : 10;
            unsigned long long v;
            if (!scan_integer(&sc, width, base, &v)) {
                ok = 0;
                break;
            }
            if (!suppress)
                store_int(va_arg(ap, void *), conv == 'p' ? SZ_PTR : size, v);
            break;
        }
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
        case 'a':
        case 'A': {
            long double v;
            if (!scan_float(&sc, width, &v)) {
                ok = 0;
                break;
            }
            if (!suppress) {
                void *dst = va_arg(ap, void *);
                if (size == SZ_LD)
                    *(long double *)dst = v;
                else if (size == SZ_L || size == SZ_LL)
                    *(double *)dst = (double)v;
                else
                    *(float *)dst = (float)v;
            }
            break;
        }
        case 'c':
        case 'C':
        case 's':
        case 'S':
        case '[': {
            int wide_dst = crt_text_is_wide(size, conv, wide);
            size_t b = sc.pos, e = sc.pos;
            if (conv == 'c' || conv == 'C') {
                size_t n = width ? width : 1;
                while (e - b < n && in_at(&sc, e) != 0)
                    e++;
            } else if (conv == 's' || conv == 'S') {
                unsigned u;
                while ((!width || e - b < width) && (u = in_at(&sc, e)) != 0 && !scan_space(u))
                    e++;
            } else {
                int negate = 0;
                if (crt_unit_at(fmt, wide, f) == '^') {
                    negate = 1;
                    f++;
                }
                size_t sb = f;
                if (crt_unit_at(fmt, wide, f) == ']')
                    f++;
                while (crt_unit_at(fmt, wide, f) != 0 && crt_unit_at(fmt, wide, f) != ']')
                    f++;
                size_t se = f;
                if (crt_unit_at(fmt, wide, f) == ']')
                    f++;
                unsigned u;
                while ((!width || e - b < width) && (u = in_at(&sc, e)) != 0 &&
                       in_scanset(fmt, wide, sb, se, u) != negate)
                    e++;
                if (e == b) {
                    ok = 0;
                    break;
                }
            }
            sc.pos = e;
            if (!suppress)
                store_text(&sc, b, e, va_arg(ap, void *), wide_dst, conv != 'c' && conv != 'C');
            break;
        }
        default:
            ok = 0;
            break;
        }
        if (!ok)
            break;
        converted = 1;
        if (!suppress)
            assigned++;
    }
    va_end(ap);
    if (input_failure && !converted && assigned == 0)
        return EOF;
    return assigned;
}

int PALAPIV PAL_sscanf(const char *buffer, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    int r = crt_vscan(buffer, format, 0, ap);
    va_end(ap);
    return r;
}

int PALAPIV PAL_swscanf(const WCHAR *buffer, const WCHAR *format, ...)
{
    va_list ap;
    va_start(ap, format);
    int r = crt_vscan(buffer, format, 1, ap);
    va_end(ap);
    return r;
}
