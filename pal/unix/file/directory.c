/*
 * directory.c - directories by name: GetCurrentDirectoryA/W,
 * SetCurrentDirectoryA/W, CreateDirectoryA/W, RemoveDirectoryW.
 *
 * The current directory is the process's (chdir/getcwd), so child processes
 * and the C runtime see the same one. Paths come back the Unix way (path.h).
 */
#include "internal.h"
#include "path.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

/* The current directory (malloc'd), or NULL with LastError set. */
static char *directory_current(void)
{
    char *cwd = getcwd(NULL, 0);
    if (!cwd)
        error_set_from_errno();
    return cwd;
}

DWORD PALAPI GetCurrentDirectoryA(DWORD nBufferLength, LPSTR lpBuffer)
{
    PAL_TRACE_ENTER(GetCurrentDirectoryA, "nBufferLength=%u, lpBuffer=%p", nBufferLength, lpBuffer);
    DWORD ret = 0;
    char *cwd = directory_current();
    if (cwd) {
        ret = path_to_win32A(cwd, lpBuffer, nBufferLength);
        free(cwd);
    }
    return PAL_TRACE_RETURN(GetCurrentDirectoryA, DWORD, "%u", ret);
}

DWORD PALAPI GetCurrentDirectoryW(DWORD nBufferLength, LPWSTR lpBuffer)
{
    PAL_TRACE_ENTER(GetCurrentDirectoryW, "nBufferLength=%u, lpBuffer=%p", nBufferLength, lpBuffer);
    DWORD ret = 0;
    char *cwd = directory_current();
    if (cwd) {
        ret = path_to_win32W(cwd, lpBuffer, nBufferLength);
        free(cwd);
    }
    return PAL_TRACE_RETURN(GetCurrentDirectoryW, DWORD, "%u", ret);
}

/* chdir with Windows's errors: a file is ERROR_DIRECTORY, not a missing path. */
static BOOL directory_set_current(char *path)
{
    if (!path)
        return FALSE;
    BOOL ok = chdir(path) == 0;
    if (!ok) {
        int err = errno;
        struct stat st;
        if (err == ENOTDIR && stat(path, &st) == 0 && !S_ISDIR(st.st_mode))
            error_set(ERROR_DIRECTORY);
        else
            error_set(path_error_from_errno(path, err));
    }
    free(path);
    return ok;
}

BOOL PALAPI SetCurrentDirectoryA(LPCSTR lpPathName)
{
    PAL_TRACE_ENTER(SetCurrentDirectoryA, "lpPathName=%p \"%s\"", PAL_TRACE_STR(lpPathName));
    BOOL ret = FALSE;
    if (!lpPathName || !lpPathName[0])
        error_set(ERROR_INVALID_NAME);
    else
        ret = directory_set_current(path_from_win32A(lpPathName, 0));
    return PAL_TRACE_RETURN(SetCurrentDirectoryA, BOOL, "%d", ret);
}

BOOL PALAPI SetCurrentDirectoryW(LPCWSTR lpPathName)
{
    PAL_TRACE_ENTER(SetCurrentDirectoryW, "lpPathName=%p L\"%ws\"", PAL_TRACE_WSTR(lpPathName));
    BOOL ret = FALSE;
    if (!lpPathName || !lpPathName[0])
        error_set(ERROR_INVALID_NAME);
    else
        ret = directory_set_current(path_from_win32W(lpPathName, 0));
    return PAL_TRACE_RETURN(SetCurrentDirectoryW, BOOL, "%d", ret);
}

static BOOL directory_create(char *path)
{
    if (!path)
        return FALSE;
    BOOL ok = mkdir(path, 0777) == 0;
    if (!ok) {
        /* Whatever holds the name (a file too), Windows says "already exists". */
        if (errno == EEXIST)
            error_set(ERROR_ALREADY_EXISTS);
        else if (errno == ENOENT)
            error_set(ERROR_PATH_NOT_FOUND); /* mkdir's ENOENT is always the parent */
        else
            error_set_from_errno();
    }
    free(path);
    return ok;
}

BOOL PALAPI CreateDirectoryA(LPCSTR lpPathName, LPSECURITY_ATTRIBUTES lpSecurityAttributes)
{
    PAL_TRACE_ENTER(CreateDirectoryA, "lpPathName=%p \"%s\", lpSecurityAttributes=%p",
                    PAL_TRACE_STR(lpPathName), lpSecurityAttributes);
    BOOL ret = FALSE;
    if (!lpPathName)
        error_set(ERROR_PATH_NOT_FOUND);
    else
        ret = directory_create(path_from_win32A(lpPathName, 0));
    return PAL_TRACE_RETURN(CreateDirectoryA, BOOL, "%d", ret);
}

BOOL PALAPI CreateDirectoryW(LPCWSTR lpPathName, LPSECURITY_ATTRIBUTES lpSecurityAttributes)
{
    PAL_TRACE_ENTER(CreateDirectoryW, "lpPathName=%p L\"%ws\", lpSecurityAttributes=%p",
                    PAL_TRACE_WSTR(lpPathName), lpSecurityAttributes);
    BOOL ret = FALSE;
    if (!lpPathName)
        error_set(ERROR_PATH_NOT_FOUND);
    else
        ret = directory_create(path_from_win32W(lpPathName, 0));
    return PAL_TRACE_RETURN(CreateDirectoryW, BOOL, "%d", ret);
}

BOOL PALAPI RemoveDirectoryW(LPCWSTR lpPathName)
{
    PAL_TRACE_ENTER(RemoveDirectoryW, "lpPathName=%p L\"%ws\"", PAL_TRACE_WSTR(lpPathName));
    BOOL ret = FALSE;
    char *path = NULL;
    if (!lpPathName || !lpPathName[0]) {
        error_set(ERROR_INVALID_NAME);
    } else if ((path = path_from_win32W(lpPathName, 0)) != NULL) {
        ret = rmdir(path) == 0;
        if (!ret) {
            int err = errno;
            struct stat st;
            if (err == ENOTEMPTY || err == EEXIST)
                error_set(ERROR_DIR_NOT_EMPTY);
            else if (err == ENOTDIR && stat(path, &st) == 0 && !S_ISDIR(st.st_mode))
                error_set(ERROR_DIRECTORY);
            else
                error_set(path_error_from_errno(path, err));
        }
        free(path);
    }
    return PAL_TRACE_RETURN(RemoveDirectoryW, BOOL, "%d", ret);
}
