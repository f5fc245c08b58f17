/*
 * fullpath.c - names made whole: GetFullPathNameA/W, GetLongPathNameW,
 * SearchPathA/W.
 *
 * GetFullPathName is lexical, as on Windows: the current directory joined to
 * the name, normalised by path.h's rules (no file-system access, no length
 * limit for the W form). Unix file systems have no short (8.3) names, so
 * GetLongPathName gives back the name it was given once the file is known to
 * exist. SearchPath's directory list is separated by ':' as the spec asks.
 */
#include "internal.h"
#include "environment.h"
#include "path.h"
#include "unicode.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Offset of the last component of a Unix path in UTF-16 characters, or -1
 * when the path ends with '/' (no file part). */
static long fullpath_file_part16(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (slash && slash[1] == '\0')
        return -1;
    if (!slash)
        return 0;
    char *dir = strndup(path, (size_t)(slash + 1 - path));
    if (!dir)
        return -1;
    long off = (long)path_utf16_length(dir);
    free(dir);
    return off;
}

static long fullpath_file_part8(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (slash && slash[1] == '\0')
        return -1;
    return slash ? (long)(slash + 1 - path) : 0;
}

DWORD PALAPI GetFullPathNameA(LPCSTR lpFileName, DWORD nBufferLength, LPSTR lpBuffer, LPSTR *lpFilePart)
{
    PAL_TRACE_ENTER(GetFullPathNameA, "lpFileName=%p \"%s\", nBufferLength=%u, lpBuffer=%p, lpFilePart=%p",
                    PAL_TRACE_STR(lpFileName), nBufferLength, lpBuffer, lpFilePart);
    DWORD ret = 0;
    char *full = NULL;
    if (!lpFileName || !lpFileName[0]) {
        error_set(ERROR_INVALID_NAME);
    } else if (path_utf16_length(lpFileName) > MAX_PATH) {
        /* Windows converts an ANSI name into a MAX_PATH buffer first. */
        error_set(ERROR_FILENAME_EXCED_RANGE);
    } else if ((full = path_absolute(lpFileName, 0)) != NULL) {
        ret = path_to_win32A(full, lpBuffer, nBufferLength);
        if (lpBuffer && ret < nBufferLength && lpFilePart) {
            long off = fullpath_file_part8(full);
            *lpFilePart = off < 0 ? NULL : lpBuffer + off;
        }
    }
    free(full);
    return PAL_TRACE_RETURN(GetFullPathNameA, DWORD, "%u", ret);
}

DWORD PALAPI GetFullPathNameW(LPCWSTR lpFileName, DWORD nBufferLength, LPWSTR lpBuffer, LPWSTR *lpFilePart)
{
    PAL_TRACE_ENTER(GetFullPathNameW, "lpFileName=%p L\"%ws\", nBufferLength=%u, lpBuffer=%p, lpFilePart=%p",
                    PAL_TRACE_WSTR(lpFileName), nBufferLength, lpBuffer, lpFilePart);
    DWORD ret = 0;
    char *name = NULL, *full = NULL;
    if (!lpFileName || !lpFileName[0]) {
        error_set(ERROR_INVALID_NAME);
    } else if ((name = path_narrow(lpFileName)) != NULL && (full = path_absolute(name, 0)) != NULL) {
        ret = path_to_win32W(full, lpBuffer, nBufferLength);
        if (lpBuffer && ret < nBufferLength && lpFilePart) {
            long off = fullpath_file_part16(full);
            *lpFilePart = off < 0 ? NULL : lpBuffer + off;
        }
    }
    free(name);
    free(full);
    return PAL_TRACE_RETURN(GetFullPathNameW, DWORD, "%u", ret);
}

DWORD PALAPI GetLongPathNameW(LPCWSTR lpszShortPath, LPWSTR lpszLongPath, DWORD cchBuffer)
{
    PAL_TRACE_ENTER(GetLongPathNameW, "lpszShortPath=%p L\"%ws\", lpszLongPath=%p, cchBuffer=%u",
                    PAL_TRACE_WSTR(lpszShortPath), lpszLongPath, cchBuffer);
    DWORD ret = 0;
    char *path = path_from_win32W(lpszShortPath, 0);
    struct stat st;
    if (!path) {
        /* NULL: ERROR_INVALID_PARAMETER; empty: ERROR_PATH_NOT_FOUND (set). */
    } else if (stat(path, &st) != 0) {
        /* Windows reports any missing name here as a missing file. */
        error_set(errno == ENOENT || errno == ENOTDIR ? ERROR_FILE_NOT_FOUND : error_from_errno(errno));
    } else {
        size_t len = 0;
        while (lpszShortPath[len])
            len++;
        if (lpszLongPath && len < cchBuffer) {
            memmove(lpszLongPath, lpszShortPath, (len + 1) * sizeof(WCHAR));
            ret = (DWORD)len;
        } else {
            ret = (DWORD)(len + 1);
        }
    }
    free(path);
    return PAL_TRACE_RETURN(GetLongPathNameW, DWORD, "%u", ret);
}

/* Is `name` to be taken as it is rather than looked up in the directories?
 * Windows does so for a rooted name and for one starting with ".\" or "..\". */
static bool search_explicit(const char *name)
{
    if (name[0] == '/' || name[0] == '\\')
        return true;
    if (name[0] == '.') {
        size_t i = name[1] == '.' ? 2 : 1;
        return name[i] == '/' || name[i] == '\\';
    }
    return false;
}

/* The last component of a Win32 name has no '.': an extension may be added. */
static bool search_has_extension(const char *name)
{
    const char *dot = strrchr(name, '.');
    return dot && !strpbrk(dot, "/\\");
}

/* Tries dir/name; the full Unix path (malloc'd) when something exists there. */
static char *search_try(const char *dir, size_t dir_len, const char *name)
{
    size_t nlen = strlen(name);
    char *joined = malloc(dir_len + nlen + 2);
    if (!joined)
        return NULL;
    memcpy(joined, dir, dir_len);
    size_t len = dir_len;
    if (len > 0)
        joined[len++] = '/';
    memcpy(joined + len, name, nlen + 1);
    char *unix_path = path_normalize(joined, 0);
    free(joined);
    struct stat st;
    char *found = NULL;
    if (unix_path && stat(unix_path, &st) == 0)
        found = path_absolute(unix_path, 0);
    free(unix_path);
    return found;
}

/* SearchPath on UTF-8 strings: the full Unix path found (malloc'd), or NULL
 * with LastError set. */
static char *search_path(const char *list, const char *name, const char *ext)
{
    if (!name || !name[0]) {
        error_set(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    char *with_ext = NULL;
    if (ext && ext[0] && !search_has_extension(name)) {
        size_t n = strlen(name), e = strlen(ext);
        with_ext = malloc(n + e + 1);
        if (!with_ext) {
            error_set(ERROR_NOT_ENOUGH_MEMORY);
            return NULL;
        }
        memcpy(with_ext, name, n);
        memcpy(with_ext + n, ext, e + 1);
        name = with_ext;
    }
    char *found = NULL;
    char *env_path = NULL;
    if (search_explicit(name)) {
        found = search_try("", 0, name);
    } else {
        if (!list) {
            /* No list: the current directory, then PATH. */
            found = search_try(".", 1, name);
            DWORD saved = error_last_error; /* no PATH is no failure */
            env_path = env_get("PATH");
            error_set(saved);
            list = env_path;
        }
        for (const char *dir = list; !found && dir && *dir;) {
            const char *end = strchr(dir, ':');
            size_t len = end ? (size_t)(end - dir) : strlen(dir);
            if (len > 0)
                found = search_try(dir, len, name);
            dir = end ? end + 1 : NULL;
        }
    }
    if (!found)
        error_set(ERROR_FILE_NOT_FOUND);
    free(env_path);
    free(with_ext);
    return found;
}

DWORD PALAPI SearchPathA(LPCSTR lpPath, LPCSTR lpFileName, LPCSTR lpExtension, DWORD nBufferLength,
                         LPSTR lpBuffer, LPSTR *lpFilePart)
{
    PAL_TRACE_ENTER(SearchPathA, "lpPath=%p \"%s\", lpFileName=%p \"%s\", lpExtension=%p \"%s\", nBufferLength=%u, lpBuffer=%p, lpFilePart=%p",
                    PAL_TRACE_STR(lpPath), PAL_TRACE_STR(lpFileName), PAL_TRACE_STR(lpExtension),
                    nBufferLength, lpBuffer, lpFilePart);
    DWORD ret = 0;
    char *found = search_path(lpPath, lpFileName, lpExtension);
    if (found) {
        ret = path_to_win32A(found, lpBuffer, nBufferLength);
        if (lpBuffer && ret < nBufferLength && lpFilePart) {
            long off = fullpath_file_part8(found);
            *lpFilePart = off < 0 ? NULL : lpBuffer + off;
        }
        free(found);
    }
    return PAL_TRACE_RETURN(SearchPathA, DWORD, "%u", ret);
}

DWORD PALAPI SearchPathW(LPCWSTR lpPath, LPCWSTR lpFileName, LPCWSTR lpExtension, DWORD nBufferLength,
                         LPWSTR lpBuffer, LPWSTR *lpFilePart)
{
    PAL_TRACE_ENTER(SearchPathW, "lpPath=%p L\"%ws\", lpFileName=%p L\"%ws\", lpExtension=%p L\"%ws\", nBufferLength=%u, lpBuffer=%p, lpFilePart=%p",
                    PAL_TRACE_WSTR(lpPath), PAL_TRACE_WSTR(lpFileName), PAL_TRACE_WSTR(lpExtension),
                    nBufferLength, lpBuffer, lpFilePart);
    DWORD ret = 0;
    char *list = NULL, *name = NULL, *ext = NULL, *found = NULL;
    if ((!lpPath || (list = path_narrow(lpPath))) && (!lpFileName || (name = path_narrow(lpFileName))) &&
        (!lpExtension || (ext = path_narrow(lpExtension))) && (found = search_path(list, name, ext))) {
        ret = path_to_win32W(found, lpBuffer, nBufferLength);
        if (lpBuffer && ret < nBufferLength && lpFilePart) {
            long off = fullpath_file_part16(found);
            *lpFilePart = off < 0 ? NULL : lpBuffer + off;
        }
    }
    free(list);
    free(name);
    free(ext);
    free(found);
    return PAL_TRACE_RETURN(SearchPathW, DWORD, "%u", ret);
}
