/*
 * wstring.c - WCHAR (UTF-16 code unit) string functions: wcs*, _wcsi*, _wcslwr
 * and kernel32's lstr* family. glibc's wcs* work on 32-bit wchar_t and are
 * never used. Case folding is ASCII + Latin-1 (see wctype.c); comparisons are
 * by code unit, case-insensitive ones on the lowercase forms as msvcrt does.
 */
#include "internal.h"
#include "cruntime.h"

#include <errno.h>
#include <stdint.h>

size_t crt_wcslen(const WCHAR *s)
{
    const WCHAR *p = s;
    while (*p)
        p++;
    return (size_t)(p - s);
}

size_t crt_wcsnlen(const WCHAR *s, size_t max)
{
    size_t n = 0;
    while (n < max && s[n])
        n++;
    return n;
}

size_t PALAPI PAL_wcslen(const WCHAR *string)
{
    return string ? crt_wcslen(string) : 0;
}

int PALAPI PAL_wcscmp(const WCHAR *string1, const WCHAR *string2)
{
    if (!string1 || !string2) {
        errno = EINVAL;
        return CRT_NLSCMPERROR;
    }
    while (*string1 && *string1 == *string2) {
        string1++;
        string2++;
    }
    return (int)*string1 - (int)*string2;
}

int PALAPI PAL_wcsncmp(const WCHAR *string1, const WCHAR *string2, size_t count)
{
    if (count == 0)
        return 0;
    if (!string1 || !string2) {
        errno = EINVAL;
        return CRT_NLSCMPERROR;
    }
    while (--count && *string1 && *string1 == *string2) {
        string1++;
        string2++;
    }
    return (int)*string1 - (int)*string2;
}

int PALAPI PAL__wcsnicmp(const WCHAR *string1, const WCHAR *string2, size_t count)
{
    return crt_strnicmp(string1, string2, count, 1);
}

int PALAPI PAL__wcsicmp(const WCHAR *string1, const WCHAR *string2)
{
    return PAL__wcsnicmp(string1, string2, SIZE_MAX);
}

WCHAR *PALAPI PAL_wcscpy(WCHAR *dest, const WCHAR *src)
{
    if (!dest || !src) {
        errno = EINVAL;
        return dest;
    }
    WCHAR *d = dest;
    while ((*d++ = *src++) != 0)
        ;
    return dest;
}

/* ISO wcsncpy: pads with zeros up to count, no terminator if src is longer. */
WCHAR *PALAPI PAL_wcsncpy(WCHAR *dest, const WCHAR *src, size_t count)
{
    if (count && (!dest || !src)) {
        errno = EINVAL;
        return dest;
    }
    size_t i = 0;
    for (; i < count && src[i]; i++)
        dest[i] = src[i];
    for (; i < count; i++)
        dest[i] = 0;
    return dest;
}

WCHAR *PALAPI PAL_wcscat(WCHAR *dest, const WCHAR *src)
{
    if (!dest || !src) {
        errno = EINVAL;
        return dest;
    }
    PAL_wcscpy(dest + crt_wcslen(dest), src);
    return dest;
}

/* Appends at most count chars of src and always terminates. */
WCHAR *PALAPI PAL_wcsncat(WCHAR *dest, const WCHAR *src, size_t count)
{
    if (count && (!dest || !src)) {
        errno = EINVAL;
        return dest;
    }
    if (!count)
        return dest;
    WCHAR *d = dest + crt_wcslen(dest);
    while (count-- && *src)
        *d++ = *src++;
    *d = 0;
    return dest;
}

WCHAR *PALAPI PAL_wcschr(const WCHAR *string, WCHAR c)
{
    if (!string) {
        errno = EINVAL;
        return NULL;
    }
    for (;; string++) {
        if (*string == c)
            return (WCHAR *)string;
        if (!*string)
            return NULL;
    }
}

WCHAR *PALAPI PAL_wcsrchr(const WCHAR *string, WCHAR c)
{
    if (!string) {
        errno = EINVAL;
        return NULL;
    }
    const WCHAR *last = NULL;
    for (;; string++) {
        if (*string == c)
            last = string;
        if (!*string)
            return (WCHAR *)last;
    }
}

WCHAR *PALAPI PAL_wcspbrk(const WCHAR *string, const WCHAR *strCharSet)
{
    if (!string || !strCharSet) {
        errno = EINVAL;
        return NULL;
    }
    for (; *string; string++)
        for (const WCHAR *c = strCharSet; *c; c++)
            if (*c == *string)
                return (WCHAR *)string;
    return NULL;
}

WCHAR *PALAPI PAL_wcsstr(const WCHAR *string, const WCHAR *strCharSet)
{
    if (!string || !strCharSet) {
        errno = EINVAL;
        return NULL;
    }
    if (!*strCharSet)
        return (WCHAR *)string;
    for (; *string; string++) {
        size_t i = 0;
        while (strCharSet[i] && string[i] == strCharSet[i])
            i++;
        if (!strCharSet[i])
            return (WCHAR *)string;
    }
    return NULL;
}

/* msvcrt keeps wcstok's position per thread, apart from strtok's. */
static PAL_THREAD_LOCAL void *crt_wcstok_next;

WCHAR *PALAPI PAL_wcstok(WCHAR *strToken, const WCHAR *strDelimit)
{
    return crt_strtok(strToken, strDelimit, 1, &crt_wcstok_next);
}

WCHAR *PALAPI PAL__wcslwr(WCHAR *string)
{
    return crt_strlwr(string, 1);
}

/* ---- kernel32 ---- */

int WINAPI lstrlenA(LPCSTR lpString)
{
    if (!lpString)
        return 0;
    const char *p = lpString;
    while (*p)
        p++;
    return (int)(p - lpString);
}

int WINAPI lstrlenW(LPCWSTR lpString)
{
    return lpString ? (int)crt_wcslen(lpString) : 0;
}

/* lstrcpyW/lstrcatW return NULL on a NULL pointer (Windows catches the fault). */
LPWSTR WINAPI lstrcpyW(LPWSTR lpString1, LPCWSTR lpString2)
{
    if (!lpString1 || !lpString2)
        return NULL;
    return PAL_wcscpy(lpString1, lpString2);
}

LPWSTR WINAPI lstrcatW(LPWSTR lpString1, LPCWSTR lpString2)
{
    if (!lpString1 || !lpString2)
        return NULL;
    return PAL_wcscat(lpString1, lpString2);
}

/* Copies at most iMaxLength-1 chars and always terminates; a length of 0
 * writes nothing and returns the destination. */
LPWSTR WINAPI lstrcpynW(LPWSTR lpString1, LPCWSTR lpString2, int iMaxLength)
{
    if (!lpString1 || (!lpString2 && iMaxLength > 0))
        return NULL;
    if (iMaxLength <= 0)
        return lpString1;
    int i = 0;
    for (; i < iMaxLength - 1 && lpString2[i]; i++)
        lpString1[i] = lpString2[i];
    lpString1[i] = 0;
    return lpString1;
}
