/*
 * string.c - narrow C runtime functions whose Win32 behaviour differs from
 * glibc's: case-insensitive compares, _strlwr, strtok (per-thread state),
 * 32-bit atol/strtoul, _swab, __iscsym, _rotl/_rotr, _finite/_isnan,
 * rand/srand (msvcrt's generator: RAND_MAX 0x7fff, per-thread seed starting
 * at 1), and atof/strtod in the "C" locale (atof also takes a 'd' exponent,
 * as the Rotor spec requires: "1.5d+2"). The compares, _strlwr and strtok
 * share their bodies with the WCHAR twins in wstring.c.
 */
#include "internal.h"
#include "cruntime.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

locale_t crt_c_locale(void)
{
    static locale_t loc;
    locale_t l = __atomic_load_n(&loc, __ATOMIC_ACQUIRE);
    if (l)
        return l;
    locale_t n = newlocale(LC_ALL_MASK, "C", (locale_t)0);
    locale_t expected = (locale_t)0;
    if (!__atomic_compare_exchange_n(&loc, &expected, n, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
        freelocale(n);
        return expected;
    }
    return n;
}

/* ---- Bodies shared with the WCHAR twins (wide = 1) in wstring.c ---- */

static inline void *unit_ptr(const void *s, int wide, size_t i)
{
    return (char *)s + i * (wide ? sizeof(WCHAR) : 1);
}

static inline void unit_put(void *s, int wide, size_t i, unsigned c)
{
    if (wide)
        ((WCHAR *)s)[i] = (WCHAR)c;
    else
        ((char *)s)[i] = (char)c;
}

/* msvcrt's C locale folds only ASCII in narrow strings; WCHARs fold ASCII and
 * Latin-1 (wctype.c). */
static unsigned lower_at(const void *s, int wide, size_t i)
{
    unsigned c = crt_unit_at(s, wide, i);
    if (wide)
        return PAL_towlower((WCHAR)c);
    return (c >= 'A' && c <= 'Z') ? c + 0x20 : c;
}

int crt_strnicmp(const void *string1, const void *string2, size_t count, int wide)
{
    if (count == 0)
        return 0;
    if (!string1 || !string2) {
        errno = EINVAL;
        return CRT_NLSCMPERROR;
    }
    for (size_t i = 0;; i++) {
        int a = (int)lower_at(string1, wide, i), b = (int)lower_at(string2, wide, i);
        if (a != b || !a || !--count)
            return a - b;
    }
}

void *crt_strlwr(void *string, int wide)
{
    if (!string) {
        errno = EINVAL;
        return NULL;
    }
    for (size_t i = 0; crt_unit_at(string, wide, i); i++)
        unit_put(string, wide, i, lower_at(string, wide, i));
    return string;
}

static bool in_set(unsigned c, const void *set, int wide)
{
    for (size_t i = 0; crt_unit_at(set, wide, i); i++)
        if (crt_unit_at(set, wide, i) == c)
            return true;
    return false;
}

void *crt_strtok(void *string, const void *delimit, int wide, void **next)
{
    if (!delimit) {
        errno = EINVAL;
        return NULL;
    }
    void *s = string ? string : *next;
    if (!s)
        return NULL;
    size_t b = 0, e;
    unsigned c;
    while ((c = crt_unit_at(s, wide, b)) && in_set(c, delimit, wide))
        b++;
    if (!c) {
        *next = NULL;
        return NULL;
    }
    for (e = b; (c = crt_unit_at(s, wide, e)) && !in_set(c, delimit, wide); e++)
        ;
    if (c)
        unit_put(s, wide, e++, 0);
    *next = unit_ptr(s, wide, e);
    return unit_ptr(s, wide, b);
}

/* ---- The narrow functions ---- */

int PALAPI PAL__strnicmp(const char *string1, const char *string2, size_t count)
{
    return crt_strnicmp(string1, string2, count, 0);
}

int PALAPI PAL__stricmp(const char *string1, const char *string2)
{
    return PAL__strnicmp(string1, string2, SIZE_MAX);
}

char *PALAPI PAL__strlwr(char *string)
{
    return crt_strlwr(string, 0);
}

/* msvcrt keeps strtok's position per thread, apart from wcstok's. */
static PAL_THREAD_LOCAL void *crt_strtok_next;

char *PALAPI PAL_strtok(char *strToken, const char *strDelimit)
{
    return crt_strtok(strToken, strDelimit, 0, &crt_strtok_next);
}

/* atol returns a 32-bit LONG; out of range clamps with ERANGE (MSDN). */
LONG PALAPI PAL_atol(const char *string)
{
    struct crt_intparse r;
    if (crt_parse_integer(string, 0, 10, &r) != 0)
        return 0;
    return crt_to_long(&r);
}

ULONG PALAPI PAL_strtoul(const char *nptr, char **endptr, int base)
{
    struct crt_intparse r;
    int bad = crt_parse_integer(nptr, 0, base, &r);
    if (endptr)
        *endptr = (char *)nptr + r.end;
    return bad ? 0 : crt_to_ulong(&r);
}

/* Swaps adjacent bytes of n bytes of src into dest; an odd last byte is not copied. */
void PALAPI PAL__swab(char *src, char *dest, int n)
{
    if (!src || !dest || n < 0) {
        errno = EINVAL;
        return;
    }
    for (int i = 0; i + 1 < n; i += 2) {
        char a = src[i], b = src[i + 1];
        dest[i] = b;
        dest[i + 1] = a;
    }
}

int PALAPI PAL___iscsym(int c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

unsigned int PALAPI PAL__rotl(unsigned int value, int shift)
{
    shift &= 31;
    return shift ? (value << shift) | (value >> (32 - shift)) : value;
}

unsigned int PALAPI PAL__rotr(unsigned int value, int shift)
{
    shift &= 31;
    return shift ? (value >> shift) | (value << (32 - shift)) : value;
}

int PALAPI PAL__finite(double x)
{
    return isfinite(x) ? 1 : 0;
}

int PALAPI PAL__isnan(double x)
{
    return isnan(x) ? 1 : 0;
}

/* msvcrt's linear congruential generator; the seed is per thread. */
static PAL_THREAD_LOCAL unsigned int crt_rand_seed = 1;

void PALAPI PAL_srand(unsigned int seed)
{
    crt_rand_seed = seed;
}

int PALAPI PAL_rand(void)
{
    crt_rand_seed = crt_rand_seed * 214013u + 2531011u;
    return (int)((crt_rand_seed >> 16) & 0x7fff);
}

double PALAPI PAL_strtod(const char *nptr, char **endptr)
{
    if (!nptr) {
        errno = EINVAL;
        if (endptr)
            *endptr = NULL;
        return 0.0;
    }
    return strtod_l(nptr, endptr, crt_c_locale());
}

double PALAPI PAL_atof(const char *string)
{
    if (!string) {
        errno = EINVAL;
        return 0.0;
    }
    char *stop;
    double v = strtod_l(string, &stop, crt_c_locale());
    /* "nnnd+nnn": a Fortran-style exponent letter; reparse it as 'e' */
    if (stop != string && (*stop == 'd' || *stop == 'D')) {
        const char *e = stop + 1;
        if (*e == '+' || *e == '-')
            e++;
        if (*e >= '0' && *e <= '9') {
            size_t len = strlen(string);
            char local[128];
            char *copy = len < sizeof(local) ? local : malloc(len + 1);
            if (copy) {
                memcpy(copy, string, len + 1);
                copy[stop - string] = 'e';
                v = strtod_l(copy, NULL, crt_c_locale());
                if (copy != local)
                    free(copy);
            }
        }
    }
    return v;
}
