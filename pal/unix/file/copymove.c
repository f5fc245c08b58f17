/*
 * copymove.c - files by name: DeleteFileA/W, CopyFileA/W, MoveFileW,
 * MoveFileExW.
 *
 * Windows rules kept on top of POSIX: a read-only file (no write permission
 * bit, see attributes.c) cannot be deleted or replaced (ERROR_ACCESS_DENIED,
 * even for root); DeleteFile refuses a directory (ERROR_ACCESS_DENIED); a
 * copy takes the source's permissions and last write time, and a failed copy
 * leaves no partial target; a move never replaces a directory.
 */
#include "internal.h"
#include "file.h"
#include "path.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#define COPY_WRITE_BITS (S_IWUSR | S_IWGRP | S_IWOTH)

static bool copymove_is_readonly_file(const struct stat *st)
{
    return !S_ISDIR(st->st_mode) && !(st->st_mode & COPY_WRITE_BITS);
}

/* A regular file some handle holds open without FILE_SHARE_DELETE cannot be
 * deleted, renamed or replaced: Windows answers ERROR_SHARING_VIOLATION.
 * The share records are on the file (file_share.c), read through a
 * descriptor of our own; a file we cannot open for reading is not checked. */
static bool copymove_in_use(const char *path, const struct stat *st)
{
    if (!S_ISREG(st->st_mode))
        return false;
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return false;
    bool conflict = file_share_conflicts(
        fd, FILE_ACCESS_DELETE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE);
    close(fd);
    if (conflict)
        error_set(ERROR_SHARING_VIOLATION);
    return conflict;
}

static BOOL copymove_delete(char *path)
{
    if (!path)
        return FALSE;
    BOOL ok = FALSE;
    struct stat st;
    /* lstat: deleting a symbolic link deletes the link. */
    if (lstat(path, &st) != 0)
        error_set(path_error_from_errno(path, errno));
    else if (S_ISDIR(st.st_mode) || (S_ISREG(st.st_mode) && copymove_is_readonly_file(&st)))
        error_set(ERROR_ACCESS_DENIED);
    else if (copymove_in_use(path, &st))
        ; /* ERROR_SHARING_VIOLATION */
    else if (unlink(path) != 0)
        error_set(path_error_from_errno(path, errno));
    else
        ok = TRUE;
    free(path);
    return ok;
}

BOOL PALAPI DeleteFileA(LPCSTR lpFileName)
{
    PAL_TRACE_ENTER(DeleteFileA, "lpFileName=%p \"%s\"", PAL_TRACE_STR(lpFileName));
    BOOL ret = FALSE;
    if (!lpFileName)
        error_set(ERROR_PATH_NOT_FOUND);
    else
        ret = copymove_delete(path_from_win32A(lpFileName, 0));
    return PAL_TRACE_RETURN(DeleteFileA, BOOL, "%d", ret);
}

BOOL PALAPI DeleteFileW(LPCWSTR lpFileName)
{
    PAL_TRACE_ENTER(DeleteFileW, "lpFileName=%p L\"%ws\"", PAL_TRACE_WSTR(lpFileName));
    BOOL ret = FALSE;
    if (!lpFileName)
        error_set(ERROR_PATH_NOT_FOUND);
    else
        ret = copymove_delete(path_from_win32W(lpFileName, 0));
    return PAL_TRACE_RETURN(DeleteFileW, BOOL, "%d", ret);
}

/* Copies the bytes of in to out: copy_file_range where the kernel can, a
 * read/write loop otherwise. False with errno set. */
static bool copymove_copy_data(int in, int out)
{
    bool plain = false;
    char buf[65536];
    for (;;) {
        ssize_t n;
        if (!plain) {
            n = copy_file_range(in, NULL, out, NULL, 1 << 30, 0);
            if (n < 0 && (errno == EXDEV || errno == ENOSYS || errno == EINVAL ||
                          errno == EOPNOTSUPP)) {
                plain = true;
                continue;
            }
        } else {
            n = read(in, buf, sizeof(buf));
            for (ssize_t done = 0; n > 0 && done < n;) {
                ssize_t w = write(out, buf + done, (size_t)(n - done));
                if (w < 0) {
                    if (errno == EINTR)
                        continue;
                    return false;
                }
                done += w;
            }
        }
        if (n == 0)
            return true;
        if (n < 0 && errno != EINTR)
            return false;
    }
}

/* CopyFile on Unix paths; false with LastError set. */
static bool copymove_copy(const char *src, const char *dst, bool fail_if_exists)
{
    int in = open(src, O_RDONLY | O_CLOEXEC);
    if (in < 0) {
        error_set(path_error_from_errno(src, errno));
        return false;
    }
    struct stat sst, dst_st;
    if (fstat(in, &sst) != 0) {
        error_set_from_errno();
        close(in);
        return false;
    }
    if (S_ISDIR(sst.st_mode)) {
        close(in);
        error_set(ERROR_ACCESS_DENIED);
        return false;
    }
    if (stat(dst, &dst_st) == 0) {
        DWORD err = 0;
        if (fail_if_exists)
            err = ERROR_FILE_EXISTS;
        else if (S_ISDIR(dst_st.st_mode) || copymove_is_readonly_file(&dst_st))
            err = ERROR_ACCESS_DENIED;
        else if (dst_st.st_dev == sst.st_dev && dst_st.st_ino == sst.st_ino)
            err = ERROR_SHARING_VIOLATION; /* Windows has the source open: never truncate it */
        if (err) {
            close(in);
            error_set(err);
            return false;
        }
    }
    int out = open(dst, O_WRONLY | O_CREAT | O_CLOEXEC | (fail_if_exists ? O_EXCL : O_TRUNC),
                   sst.st_mode & 0777);
    if (out < 0) {
        error_set(path_error_from_errno(dst, errno));
        close(in);
        return false;
    }
    bool ok = copymove_copy_data(in, out);
    int err = errno;
    if (ok) {
        /* The copy keeps the source's permissions (READONLY included) and
         * last write time, as Windows copies attributes and times. */
        struct timespec times[2] = { sst.st_atim, sst.st_mtim };
        if (fchmod(out, sst.st_mode & 07777) != 0 || futimens(out, times) != 0) {
            ok = false;
            err = errno;
        }
    }
    if (close(out) != 0 && ok) {
        ok = false;
        err = errno;
    }
    close(in);
    if (!ok) {
        unlink(dst);
        error_set(error_from_errno(err));
    }
    return ok;
}

static BOOL copymove_copy_names(char *src, char *dst, BOOL bFailIfExists)
{
    BOOL ok = src && dst && copymove_copy(src, dst, bFailIfExists != FALSE);
    free(src);
    free(dst);
    return ok;
}

BOOL PALAPI CopyFileA(LPCSTR lpExistingFileName, LPCSTR lpNewFileName, BOOL bFailIfExists)
{
    PAL_TRACE_ENTER(CopyFileA, "lpExistingFileName=%p \"%s\", lpNewFileName=%p \"%s\", bFailIfExists=%d",
                    PAL_TRACE_STR(lpExistingFileName), PAL_TRACE_STR(lpNewFileName), bFailIfExists);
    BOOL ret = FALSE;
    if (!lpExistingFileName || !lpNewFileName)
        error_set(ERROR_PATH_NOT_FOUND);
    else
        ret = copymove_copy_names(path_from_win32A(lpExistingFileName, 0),
                                  path_from_win32A(lpNewFileName, 0), bFailIfExists);
    return PAL_TRACE_RETURN(CopyFileA, BOOL, "%d", ret);
}

BOOL PALAPI CopyFileW(LPCWSTR lpExistingFileName, LPCWSTR lpNewFileName, BOOL bFailIfExists)
{
    PAL_TRACE_ENTER(CopyFileW, "lpExistingFileName=%p L\"%ws\", lpNewFileName=%p L\"%ws\", bFailIfExists=%d",
                    PAL_TRACE_WSTR(lpExistingFileName), PAL_TRACE_WSTR(lpNewFileName), bFailIfExists);
    BOOL ret = FALSE;
    if (!lpExistingFileName || !lpNewFileName)
        error_set(ERROR_INVALID_PARAMETER); /* CopyFileA's NULL fails in the conversion first */
    else
        ret = copymove_copy_names(path_from_win32W(lpExistingFileName, 0),
                                  path_from_win32W(lpNewFileName, 0), bFailIfExists);
    return PAL_TRACE_RETURN(CopyFileW, BOOL, "%d", ret);
}

#define MOVEFILE_SUPPORTED (MOVEFILE_REPLACE_EXISTING | MOVEFILE_COPY_ALLOWED | MOVEFILE_WRITE_THROUGH)

static bool copymove_move(const char *src, const char *dst, DWORD flags)
{
    struct stat sst, dst_st;
    if (lstat(src, &sst) != 0) {
        error_set(path_error_from_errno(src, errno));
        return false;
    }
    if (copymove_in_use(src, &sst))
        return false;
    bool replace = (flags & MOVEFILE_REPLACE_EXISTING) != 0;
    if (lstat(dst, &dst_st) == 0) {
        bool same = dst_st.st_dev == sst.st_dev && dst_st.st_ino == sst.st_ino;
        /* Renaming a file onto itself (another name of it) is harmless. */
        if (!same) {
            if (!replace) {
                error_set(ERROR_ALREADY_EXISTS);
                return false;
            }
            if (S_ISDIR(dst_st.st_mode) || S_ISDIR(sst.st_mode) ||
                (S_ISREG(dst_st.st_mode) && copymove_is_readonly_file(&dst_st))) {
                error_set(ERROR_ACCESS_DENIED);
                return false;
            }
            if (copymove_in_use(dst, &dst_st))
                return false;
        }
    }
    /* Without REPLACE_EXISTING a target appearing now must not be clobbered. */
    int rc = replace ? rename(src, dst) : renameat2(AT_FDCWD, src, AT_FDCWD, dst, RENAME_NOREPLACE);
    if (rc != 0 && !replace && (errno == EINVAL || errno == ENOSYS))
        rc = rename(src, dst); /* a file system without RENAME_NOREPLACE */
    if (rc == 0) {
        if (flags & MOVEFILE_WRITE_THROUGH)
            sync();
        return true;
    }
    int err = errno;
    if (err == EXDEV && (flags & MOVEFILE_COPY_ALLOWED) && S_ISREG(sst.st_mode)) {
        /* Another file system: copy, then delete the original. */
        if (!copymove_copy(src, dst, !replace))
            return false;
        if (unlink(src) != 0) {
            error_set(path_error_from_errno(src, errno));
            return false;
        }
        return true;
    }
    if (err == EEXIST)
        error_set(ERROR_ALREADY_EXISTS);
    else
        error_set(path_error_from_errno(err == ENOENT ? dst : src, err));
    return false;
}

static BOOL copymove_move_names(LPCWSTR lpExistingFileName, LPCWSTR lpNewFileName, DWORD dwFlags)
{
    if (!lpExistingFileName) {
        error_set(ERROR_PATH_NOT_FOUND);
        return FALSE;
    }
    /* No reboot to delay to, and no NULL target (a delayed delete) without one. */
    if ((dwFlags & ~(DWORD)MOVEFILE_SUPPORTED) || !lpNewFileName) {
        error_set(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    char *src = path_from_win32W(lpExistingFileName, 0);
    char *dst = src ? path_from_win32W(lpNewFileName, 0) : NULL;
    BOOL ok = src && dst && copymove_move(src, dst, dwFlags);
    free(src);
    free(dst);
    return ok;
}

BOOL PALAPI MoveFileW(LPCWSTR lpExistingFileName, LPCWSTR lpNewFileName)
{
    PAL_TRACE_ENTER(MoveFileW, "lpExistingFileName=%p L\"%ws\", lpNewFileName=%p L\"%ws\"",
                    PAL_TRACE_WSTR(lpExistingFileName), PAL_TRACE_WSTR(lpNewFileName));
    /* MoveFile moves files across volumes, never replaces. */
    BOOL ret = copymove_move_names(lpExistingFileName, lpNewFileName, MOVEFILE_COPY_ALLOWED);
    return PAL_TRACE_RETURN(MoveFileW, BOOL, "%d", ret);
}

BOOL PALAPI MoveFileExW(LPCWSTR lpExistingFileName, LPCWSTR lpNewFileName, DWORD dwFlags)
{
    PAL_TRACE_ENTER(MoveFileExW, "lpExistingFileName=%p L\"%ws\", lpNewFileName=%p L\"%ws\", dwFlags=%#x",
                    PAL_TRACE_WSTR(lpExistingFileName), PAL_TRACE_WSTR(lpNewFileName), dwFlags);
    BOOL ret = copymove_move_names(lpExistingFileName, lpNewFileName, dwFlags);
    return PAL_TRACE_RETURN(MoveFileExW, BOOL, "%d", ret);
}
