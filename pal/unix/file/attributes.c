/*
 * attributes.c - what a name's file system says about it:
 * GetFileAttributesA/W, GetFileAttributesExW, SetFileAttributesA/W,
 * GetDiskFreeSpaceW.
 *
 * Attributes map onto the mode (spec: "as much functionality as feasible"):
 * a directory is FILE_ATTRIBUTE_DIRECTORY; anything else is
 * FILE_ATTRIBUTE_ARCHIVE, as a file Windows has just written, plus
 * FILE_ATTRIBUTE_READONLY when no write permission bit is set (the bits, not
 * access(2): root may write anything, a read-only file is still read-only).
 * READONLY is ignored on directories, as Windows does not stop writes into a
 * "read-only" directory; the other attributes have no Unix counterpart and
 * are ignored. Symbolic links are followed.
 */
#include "internal.h"
#include "file.h"
#include "filetime.h"
#include "path.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#define ATTR_WRITE_BITS (S_IWUSR | S_IWGRP | S_IWOTH)

DWORD file_attributes_from_mode(mode_t mode)
{
    if (S_ISDIR(mode))
        return FILE_ATTRIBUTE_DIRECTORY;
    DWORD attr = FILE_ATTRIBUTE_ARCHIVE;
    if (!(mode & ATTR_WRITE_BITS))
        attr |= FILE_ATTRIBUTE_READONLY;
    return attr;
}

/* stat with Windows's errors; false with LastError set. Takes `path`. */
static bool attributes_stat(char *path, struct stat *st)
{
    if (!path)
        return false;
    bool ok = stat(path, st) == 0;
    if (!ok)
        error_set(path_error_from_errno(path, errno));
    free(path);
    return ok;
}

static DWORD attributes_get(char *path)
{
    struct stat st;
    if (!attributes_stat(path, &st))
        return INVALID_FILE_ATTRIBUTES;
    return file_attributes_from_mode(st.st_mode);
}

DWORD PALAPI GetFileAttributesA(LPCSTR lpFileName)
{
    PAL_TRACE_ENTER(GetFileAttributesA, "lpFileName=%p \"%s\"", PAL_TRACE_STR(lpFileName));
    DWORD ret = INVALID_FILE_ATTRIBUTES;
    if (!lpFileName)
        error_set(ERROR_PATH_NOT_FOUND);
    else
        ret = attributes_get(path_from_win32A(lpFileName, 0));
    return PAL_TRACE_RETURN(GetFileAttributesA, DWORD, "%#x", ret);
}

DWORD PALAPI GetFileAttributesW(LPCWSTR lpFileName)
{
    PAL_TRACE_ENTER(GetFileAttributesW, "lpFileName=%p L\"%ws\"", PAL_TRACE_WSTR(lpFileName));
    DWORD ret = INVALID_FILE_ATTRIBUTES;
    if (!lpFileName)
        error_set(ERROR_PATH_NOT_FOUND);
    else
        ret = attributes_get(path_from_win32W(lpFileName, 0));
    return PAL_TRACE_RETURN(GetFileAttributesW, DWORD, "%#x", ret);
}

static FILETIME attributes_time(const struct timespec *ts)
{
    return time_filetime_from_timespec(ts);
}

void file_attribute_data_from_stat(const struct stat *st, WIN32_FILE_ATTRIBUTE_DATA *data)
{
    data->dwFileAttributes = file_attributes_from_mode(st->st_mode);
    /* Unix keeps no creation time here: the oldest of change and write. */
    const struct timespec *created =
        (st->st_ctim.tv_sec < st->st_mtim.tv_sec ||
         (st->st_ctim.tv_sec == st->st_mtim.tv_sec && st->st_ctim.tv_nsec < st->st_mtim.tv_nsec))
            ? &st->st_ctim
            : &st->st_mtim;
    data->ftCreationTime = attributes_time(created);
    data->ftLastAccessTime = attributes_time(&st->st_atim);
    data->ftLastWriteTime = attributes_time(&st->st_mtim);
    uint64_t size = S_ISDIR(st->st_mode) ? 0 : (uint64_t)st->st_size;
    data->nFileSizeHigh = (DWORD)(size >> 32);
    data->nFileSizeLow = (DWORD)size;
}

BOOL PALAPI GetFileAttributesExW(LPCWSTR lpFileName, GET_FILEEX_INFO_LEVELS fInfoLevelId,
                                 LPVOID lpFileInformation)
{
    PAL_TRACE_ENTER(GetFileAttributesExW, "lpFileName=%p L\"%ws\", fInfoLevelId=%d, lpFileInformation=%p",
                    PAL_TRACE_WSTR(lpFileName), (int)fInfoLevelId, lpFileInformation);
    BOOL ret = FALSE;
    struct stat st;
    if (fInfoLevelId != GetFileExInfoStandard || !lpFileInformation) {
        error_set(ERROR_INVALID_PARAMETER);
    } else if (!lpFileName) {
        error_set(ERROR_PATH_NOT_FOUND);
    } else if (attributes_stat(path_from_win32W(lpFileName, 0), &st)) {
        file_attribute_data_from_stat(&st, lpFileInformation);
        ret = TRUE;
    }
    return PAL_TRACE_RETURN(GetFileAttributesExW, BOOL, "%d", ret);
}

static BOOL attributes_set(char *path, DWORD attributes)
{
    if (!path)
        return FALSE;
    struct stat st;
    BOOL ok = stat(path, &st) == 0;
    if (ok && !S_ISDIR(st.st_mode)) {
        mode_t mode = st.st_mode & 07777;
        mode_t want = (attributes & FILE_ATTRIBUTE_READONLY) ? (mode & ~(mode_t)ATTR_WRITE_BITS)
                      : (mode & ATTR_WRITE_BITS) ? mode
                                                 : (mode | S_IWUSR);
        if (want != mode)
            ok = chmod(path, want) == 0;
    }
    if (!ok)
        error_set(path_error_from_errno(path, errno));
    free(path);
    return ok;
}

BOOL PALAPI SetFileAttributesA(LPCSTR lpFileName, DWORD dwFileAttributes)
{
    PAL_TRACE_ENTER(SetFileAttributesA, "lpFileName=%p \"%s\", dwFileAttributes=%#x",
                    PAL_TRACE_STR(lpFileName), dwFileAttributes);
    BOOL ret = FALSE;
    if (!lpFileName)
        error_set(ERROR_PATH_NOT_FOUND);
    else
        ret = attributes_set(path_from_win32A(lpFileName, 0), dwFileAttributes);
    return PAL_TRACE_RETURN(SetFileAttributesA, BOOL, "%d", ret);
}

BOOL PALAPI SetFileAttributesW(LPCWSTR lpFileName, DWORD dwFileAttributes)
{
    PAL_TRACE_ENTER(SetFileAttributesW, "lpFileName=%p L\"%ws\", dwFileAttributes=%#x",
                    PAL_TRACE_WSTR(lpFileName), dwFileAttributes);
    BOOL ret = FALSE;
    if (!lpFileName)
        error_set(ERROR_PATH_NOT_FOUND);
    else
        ret = attributes_set(path_from_win32W(lpFileName, 0), dwFileAttributes);
    return PAL_TRACE_RETURN(SetFileAttributesW, BOOL, "%d", ret);
}

static DWORD attributes_clamp(uint64_t v)
{
    return v > 0xFFFFFFFFu ? 0xFFFFFFFFu : (DWORD)v;
}

/* The spec allows a root that does not exist yet: the nearest existing
 * ancestor's file system answers. */
static bool attributes_statvfs(char *path, struct statvfs *vfs)
{
    for (;;) {
        if (statvfs(path, vfs) == 0)
            return true;
        if (errno != ENOENT && errno != ENOTDIR)
            break;
        size_t len = strlen(path);
        while (len > 1 && path[len - 1] == '/')
            len--;
        while (len > 0 && path[len - 1] != '/')
            len--;
        if (len == 0) {
            strcpy(path, "."); /* path is at least 2 bytes: it was a name */
        } else {
            while (len > 1 && path[len - 1] == '/')
                len--;
            path[len] = '\0';
        }
    }
    error_set(path_error_from_errno(path, errno));
    return false;
}

BOOL PALAPI GetDiskFreeSpaceW(LPCWSTR lpRootPathName, LPDWORD lpSectorsPerCluster,
                              LPDWORD lpBytesPerSector, LPDWORD lpNumberOfFreeClusters,
                              LPDWORD lpTotalNumberOfClusters)
{
    PAL_TRACE_ENTER(GetDiskFreeSpaceW,
                    "lpRootPathName=%p L\"%ws\", lpSectorsPerCluster=%p, lpBytesPerSector=%p, "
                    "lpNumberOfFreeClusters=%p, lpTotalNumberOfClusters=%p",
                    PAL_TRACE_WSTR(lpRootPathName), lpSectorsPerCluster, lpBytesPerSector,
                    lpNumberOfFreeClusters, lpTotalNumberOfClusters);
    BOOL ret = FALSE;
    char *path = lpRootPathName ? path_from_win32W(lpRootPathName, 0) : strdup(".");
    struct statvfs vfs;
    if (!path) {
        if (!lpRootPathName)
            error_set(ERROR_NOT_ENOUGH_MEMORY);
    } else if (attributes_statvfs(path, &vfs)) {
        /* The cluster is the fragment size, the file system's allocation
         * unit; it is told as 512-byte sectors when it divides that way. */
        uint64_t cluster = vfs.f_frsize ? vfs.f_frsize : vfs.f_bsize;
        DWORD sector = cluster % 512 == 0 ? 512 : (DWORD)cluster;
        if (lpSectorsPerCluster)
            *lpSectorsPerCluster = (DWORD)(cluster / sector);
        if (lpBytesPerSector)
            *lpBytesPerSector = sector;
        if (lpNumberOfFreeClusters)
            *lpNumberOfFreeClusters = attributes_clamp(vfs.f_bavail);
        if (lpTotalNumberOfClusters)
            *lpTotalNumberOfClusters = attributes_clamp(vfs.f_blocks);
        ret = TRUE;
    }
    free(path);
    return PAL_TRACE_RETURN(GetDiskFreeSpaceW, BOOL, "%d", ret);
}
