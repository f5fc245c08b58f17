/*
 * temp.c - temporary files: GetTempPathA/W, GetTempFileNameA/W.
 *
 * GetTempPath follows MSDN's order - TMP, then TEMP - and then the Unix
 * convention, TMPDIR, then /tmp; the first variable set and not empty wins.
 * The directory is made absolute and ends with a separator ('/': paths come
 * back the Unix way, path.h); it need not exist, as on Windows.
 *
 * GetTempFileName names "<dir>/<up to 3 prefix characters><4 hex digits>.tmp"
 * and, for uUnique 0, creates the file (O_EXCL, so two processes never get
 * the same name) and returns its number.
 */
#include "internal.h"
#include "environment.h"
#include "path.h"
#include "unicode.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* The temporary directory, absolute, with a trailing '/' (malloc'd), or NULL
 * with LastError set. */
static char *temp_directory(void)
{
    static const char *const vars[] = { "TMP", "TEMP", "TMPDIR" };
    char *value = NULL;
    DWORD saved = error_last_error; /* an unset variable is no failure here */
    for (size_t i = 0; i < PAL_ARRAY_SIZE(vars) && !value; i++) {
        value = env_get(vars[i]);
        if (value && !value[0]) {
            free(value);
            value = NULL;
        }
    }
    error_set(saved);
    char *full = path_absolute(value ? value : "/tmp", 0);
    free(value);
    if (!full)
        return NULL;
    size_t len = strlen(full);
    if (full[len - 1] != '/') {
        char *with_sep = realloc(full, len + 2);
        if (!with_sep) {
            free(full);
            error_set(ERROR_NOT_ENOUGH_MEMORY);
            return NULL;
        }
        full = with_sep;
        full[len] = '/';
        full[len + 1] = '\0';
    }
    return full;
}

DWORD PALAPI GetTempPathA(DWORD nBufferLength, LPSTR lpBuffer)
{
    PAL_TRACE_ENTER(GetTempPathA, "nBufferLength=%u, lpBuffer=%p", nBufferLength, lpBuffer);
    DWORD ret = 0;
    char *dir = temp_directory();
    if (dir) {
        ret = path_to_win32A(dir, lpBuffer, nBufferLength);
        free(dir);
    }
    return PAL_TRACE_RETURN(GetTempPathA, DWORD, "%u", ret);
}

DWORD PALAPI GetTempPathW(DWORD nBufferLength, LPWSTR lpBuffer)
{
    PAL_TRACE_ENTER(GetTempPathW, "nBufferLength=%u, lpBuffer=%p", nBufferLength, lpBuffer);
    DWORD ret = 0;
    char *dir = temp_directory();
    if (dir) {
        ret = path_to_win32W(dir, lpBuffer, nBufferLength);
        free(dir);
    }
    return PAL_TRACE_RETURN(GetTempPathW, DWORD, "%u", ret);
}

/* Builds (and for unique 0 creates) the name; returns its number, or 0 with
 * LastError set. `dir` and `prefix` are UTF-8; *name receives the malloc'd
 * Unix path. */
static UINT temp_file_name(const char *dir, const char *prefix, UINT unique, char **name)
{
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        error_set(ERROR_DIRECTORY);
        return 0;
    }
    /* Up to 3 characters of the prefix, whole UTF-8 sequences only. */
    size_t plen = 0;
    for (int chars = 0; prefix && prefix[plen] && chars < 3; chars++) {
        plen++;
        while (((unsigned char)prefix[plen] & 0xC0) == 0x80)
            plen++;
    }
    size_t dlen = strlen(dir);
    bool sep = dlen > 0 && dir[dlen - 1] != '/';
    size_t size = dlen + 1 + plen + 4 + 4 + 1;
    char *buf = malloc(size);
    if (!buf) {
        error_set(ERROR_NOT_ENOUGH_MEMORY);
        return 0;
    }
    unique &= 0xFFFF;
    if (unique) {
        snprintf(buf, size, "%s%s%.*s%04x.tmp", dir, sep ? "/" : "", (int)plen, prefix ? prefix : "",
                 unique);
        *name = buf;
        return unique;
    }
    /* Start somewhere different in every process and call, then probe the
     * 65535 numbers in turn. */
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    UINT start = (UINT)((ts.tv_nsec / 1000) ^ getpid()) & 0xFFFF;
    for (UINT i = 0; i < 0xFFFF; i++) {
        UINT n = (start + i) % 0xFFFF + 1;
        snprintf(buf, size, "%s%s%.*s%04x.tmp", dir, sep ? "/" : "", (int)plen, prefix ? prefix : "", n);
        int fd = open(buf, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            close(fd);
            *name = buf;
            return n;
        }
        if (errno != EEXIST) {
            error_set(path_error_from_errno(buf, errno));
            free(buf);
            return 0;
        }
    }
    free(buf);
    error_set(ERROR_FILE_EXISTS);
    return 0;
}

UINT PALAPI GetTempFileNameA(LPCSTR lpPathName, LPCSTR lpPrefixString, UINT uUnique, LPSTR lpTempFileName)
{
    PAL_TRACE_ENTER(GetTempFileNameA, "lpPathName=%p \"%s\", lpPrefixString=%p \"%s\", uUnique=%u, lpTempFileName=%p",
                    PAL_TRACE_STR(lpPathName), PAL_TRACE_STR(lpPrefixString), uUnique, lpTempFileName);
    UINT ret = 0;
    char *dir = NULL, *name = NULL;
    if (!lpPathName || !lpPathName[0]) {
        error_set(ERROR_DIRECTORY);
    } else if (!lpTempFileName) {
        error_set(ERROR_INVALID_PARAMETER);
    } else if ((dir = path_from_win32A(lpPathName, 0)) != NULL &&
               (ret = temp_file_name(dir, lpPrefixString, uUnique, &name)) != 0) {
        /* The caller's buffer holds MAX_PATH characters. */
        if (path_to_win32A(name, lpTempFileName, MAX_PATH) >= MAX_PATH) {
            if (!uUnique)
                unlink(name);
            error_set(ERROR_BUFFER_OVERFLOW);
            ret = 0;
        }
    }
    free(dir);
    free(name);
    return PAL_TRACE_RETURN(GetTempFileNameA, UINT, "%u", ret);
}

UINT PALAPI GetTempFileNameW(LPCWSTR lpPathName, LPCWSTR lpPrefixString, UINT uUnique, LPWSTR lpTempFileName)
{
    PAL_TRACE_ENTER(GetTempFileNameW, "lpPathName=%p L\"%ws\", lpPrefixString=%p L\"%ws\", uUnique=%u, lpTempFileName=%p",
                    PAL_TRACE_WSTR(lpPathName), PAL_TRACE_WSTR(lpPrefixString), uUnique, lpTempFileName);
    UINT ret = 0;
    char *dir = NULL, *prefix = NULL, *name = NULL;
    if (!lpPathName) {
        error_set(ERROR_INVALID_PARAMETER); /* GetTempFileNameA's NULL fails as a directory */
    } else if (!lpPathName[0]) {
        error_set(ERROR_DIRECTORY);
    } else if (!lpTempFileName) {
        error_set(ERROR_INVALID_PARAMETER);
    } else if ((dir = path_from_win32W(lpPathName, 0)) != NULL &&
               (!lpPrefixString || (prefix = path_narrow(lpPrefixString)) != NULL) &&
               (ret = temp_file_name(dir, prefix, uUnique, &name)) != 0) {
        if (path_to_win32W(name, lpTempFileName, MAX_PATH) >= MAX_PATH) {
            if (!uUnique)
                unlink(name);
            error_set(ERROR_BUFFER_OVERFLOW);
            ret = 0;
        }
    }
    free(dir);
    free(prefix);
    free(name);
    return PAL_TRACE_RETURN(GetTempFileNameW, UINT, "%u", ret);
}
