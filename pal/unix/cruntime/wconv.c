/*
 * wconv.c - number <-> WCHAR string conversions (wcstol, wcstoul, _wtoi,
 * _itow, _i64tow, _ui64tow, wcstod), and the integer parser that the narrow
 * ones (strtoul, atol in string.c) share.
 *
 * Win32 sizes: a LONG/ULONG result is 32-bit. Overflow clamps and sets ERANGE
 * (wcstoul: ULONG_MAX whatever the sign, as the Rotor spec requires); an
 * invalid base or NULL string returns 0 with EINVAL.
 */
#include "internal.h"
#include "cruntime.h"

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int crt_parse_integer(const void *s, int wide, int base, struct crt_intparse *r)
{
    memset(r, 0, sizeof(*r));
    if (!s || base < 0 || base == 1 || base > 36) {
        errno = EINVAL;
        return -1;
    }
    size_t i = 0;
    unsigned c;
    while ((c = crt_unit_at(s, wide, i)) != 0 &&
           (c == ' ' || (c >= '\t' && c <= '\r') || (wide && crt_iswspace(c))))
        i++;
    if (c == '-' || c == '+') {
        r->negative = c == '-';
        i++;
    }
    if ((base == 0 || base == 16) && crt_unit_at(s, wide, i) == '0' &&
        (crt_unit_at(s, wide, i + 1) == 'x' || crt_unit_at(s, wide, i + 1) == 'X') &&
        crt_digit_value(crt_unit_at(s, wide, i + 2)) < 16) {
        i += 2;
        base = 16;
    } else if (base == 0) {
        base = crt_unit_at(s, wide, i) == '0' ? 8 : 10;
    }
    size_t start = i;
    unsigned long long v = 0;
    int d;
    while ((d = crt_digit_value(crt_unit_at(s, wide, i))) < base) {
        if (v > (ULLONG_MAX - (unsigned)d) / (unsigned)base)
            r->overflow = 1;
        else
            v = v * (unsigned)base + (unsigned)d;
        i++;
    }
    if (i == start) {
        r->negative = 0;
        r->end = 0; /* no number: the end pointer is the string itself */
        return 0;
    }
    r->digits = 1;
    r->value = v;
    r->end = i;
    return 0;
}

/* Shared by wcstol/strtol-style 32-bit conversions. */
LONG crt_to_long(const struct crt_intparse *r)
{
    if (!r->digits)
        return 0;
    if (r->negative) {
        if (r->overflow || r->value > 0x80000000ULL) {
            errno = ERANGE;
            return (LONG)0x80000000;
        }
        return (LONG)(0 - (long long)r->value);
    }
    if (r->overflow || r->value > 0x7fffffffULL) {
        errno = ERANGE;
        return 0x7fffffff;
    }
    return (LONG)r->value;
}

ULONG crt_to_ulong(const struct crt_intparse *r)
{
    if (!r->digits)
        return 0;
    if (r->overflow || r->value > 0xffffffffULL) {
        errno = ERANGE;
        return 0xffffffffU;
    }
    return r->negative ? (ULONG)(0U - (ULONG)r->value) : (ULONG)r->value;
}

LONG PALAPI PAL_wcstol(const WCHAR *nptr, WCHAR **endptr, int base)
{
    struct crt_intparse r;
    int bad = crt_parse_integer(nptr, 1, base, &r);
    if (endptr)
        *endptr = (WCHAR *)nptr + r.end;
    return bad ? 0 : crt_to_long(&r);
}

ULONG PALAPI PAL_wcstoul(const WCHAR *nptr, WCHAR **endptr, int base)
{
    struct crt_intparse r;
    int bad = crt_parse_integer(nptr, 1, base, &r);
    if (endptr)
        *endptr = (WCHAR *)nptr + r.end;
    return bad ? 0 : crt_to_ulong(&r);
}

int PALAPI PAL__wtoi(const WCHAR *string)
{
    struct crt_intparse r;
    if (crt_parse_integer(string, 1, 10, &r) != 0)
        return 0;
    return (int)crt_to_long(&r);
}

/* Digits of v in radix, lowercase, terminated; returns buffer. */
static WCHAR *format_unsigned(unsigned long long v, int negative, WCHAR *buffer, int radix)
{
    WCHAR tmp[72];
    size_t n = 0;
    do {
        tmp[n++] = (WCHAR)"0123456789abcdefghijklmnopqrstuvwxyz"[v % (unsigned)radix];
        v /= (unsigned)radix;
    } while (v);
    WCHAR *p = buffer;
    if (negative)
        *p++ = '-';
    while (n)
        *p++ = tmp[--n];
    *p = 0;
    return buffer;
}

static int bad_radix(const WCHAR *buffer, int radix)
{
    if (!buffer || radix < 2 || radix > 36) {
        errno = EINVAL;
        return 1;
    }
    return 0;
}

/* A negative value gets a '-' only in radix 10; other radixes print its
 * two's complement (32-bit here, 64-bit for _i64tow). */
WCHAR *PALAPI PAL__itow(int value, WCHAR *buffer, int radix)
{
    if (bad_radix(buffer, radix))
        return buffer;
    if (radix == 10 && value < 0)
        return format_unsigned(0ULL - (unsigned long long)(long long)value, 1, buffer, radix);
    return format_unsigned((unsigned)value, 0, buffer, radix);
}

WCHAR *PALAPI PAL__i64tow(__int64 value, WCHAR *buffer, int radix)
{
    if (bad_radix(buffer, radix))
        return buffer;
    if (radix == 10 && value < 0)
        return format_unsigned(0ULL - (unsigned long long)value, 1, buffer, radix);
    return format_unsigned((unsigned long long)value, 0, buffer, radix);
}

WCHAR *PALAPI PAL__ui64tow(ULONGLONG value, WCHAR *buffer, int radix)
{
    if (bad_radix(buffer, radix))
        return buffer;
    return format_unsigned(value, 0, buffer, radix);
}

double PALAPI PAL_wcstod(const WCHAR *nptr, WCHAR **endptr)
{
    if (!nptr) {
        errno = EINVAL;
        if (endptr)
            *endptr = NULL;
        return 0.0;
    }
    /* Leading white space, then the ASCII prefix that can be a number. */
    size_t skip = 0;
    while (nptr[skip] && crt_iswspace(nptr[skip]))
        skip++;
    char buf[512];
    size_t n = 0;
    while (n < sizeof(buf) - 1 && nptr[skip + n] > ' ' && nptr[skip + n] < 0x7F) {
        buf[n] = (char)nptr[skip + n];
        n++;
    }
    buf[n] = 0;
    char *stop;
    double v = strtod_l(buf, &stop, crt_c_locale());
    if (endptr)
        *endptr = (WCHAR *)nptr + (stop == buf ? 0 : skip + (size_t)(stop - buf));
    return v;
}
