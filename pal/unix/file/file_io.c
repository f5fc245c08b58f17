/*
 * file_io.c - I/O on file handles: ReadFile, WriteFile, FlushFileBuffers and
 * GetFileType dispatch through the handle's I/O ops (pipes and sockets plug
 * in their own); SetFilePointer, GetFileSize and SetEndOfFile apply to files
 * only.
 */
#include "internal.h"
#include "file.h"

#include <errno.h>
#include <signal.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* read(2) and write(2) move at most this much at once (Linux's MAX_RW_COUNT). */
#define FILE_IO_CHUNK 0x7ffff000u

/* ---- The file object's I/O ops ---- */

static bool file_read(struct pal_object *obj, void *buf, DWORD count, DWORD *done)
{
    struct file *f = (struct file *)obj;
    *done = 0;
    if (PAL_UNLIKELY(!(f->access & FILE_ACCESS_READ))) {
        error_set(ERROR_ACCESS_DENIED);
        return false;
    }
    if (PAL_UNLIKELY(f->is_directory)) {
        error_set(ERROR_INVALID_FUNCTION);
        return false;
    }
    if (PAL_UNLIKELY(!buf && count)) {
        error_set(ERROR_NOACCESS);
        return false;
    }
    DWORD total = 0;
    while (total < count) {
        DWORD want = count - total;
        ssize_t n = read(f->fd, (char *)buf + total, want < FILE_IO_CHUNK ? want : FILE_IO_CHUNK);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *done = total;
            error_set_from_errno();
            return false;
        }
        if (n == 0) {
            /* The writer of a pipe has gone: Windows reports a broken pipe,
             * where end of file on a disk file is a successful 0-byte read. */
            if (f->file_type == FILE_TYPE_PIPE && total == 0) {
                error_set(ERROR_BROKEN_PIPE);
                return false;
            }
            break;
        }
        total += (DWORD)n;
        /* A pipe or a terminal hands over what it has, as on Windows; a disk
         * file reads everything up to the end of file. */
        if (f->file_type != FILE_TYPE_DISK)
            break;
    }
    *done = total;
    return true;
}

/*
 * write(2) to a pipe without SIGPIPE: Windows fails a write to a pipe nobody
 * reads with ERROR_NO_DATA, where the default SIGPIPE would kill the process.
 * SIGPIPE is blocked around the write; one it raised is taken back, unless
 * one was already pending for the thread before.
 */
static ssize_t file_write_pipe(int fd, const void *buf, size_t len)
{
    sigset_t pipe_set, old_set, pending;
    sigemptyset(&pipe_set);
    sigaddset(&pipe_set, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_set, &old_set);
    sigpending(&pending);
    bool was_pending = sigismember(&pending, SIGPIPE);
    ssize_t n = write(fd, buf, len);
    int err = errno;
    if (n < 0 && err == EPIPE && !was_pending) {
        static const struct timespec no_wait = {0, 0};
        while (sigtimedwait(&pipe_set, NULL, &no_wait) < 0 && errno == EINTR)
            ;
    }
    pthread_sigmask(SIG_SETMASK, &old_set, NULL);
    errno = err;
    return n;
}

static bool file_write(struct pal_object *obj, const void *buf, DWORD count, DWORD *done)
{
    struct file *f = (struct file *)obj;
    *done = 0;
    if (PAL_UNLIKELY(!(f->access & FILE_ACCESS_WRITE))) {
        error_set(ERROR_ACCESS_DENIED);
        return false;
    }
    if (PAL_UNLIKELY(f->is_directory)) {
        error_set(ERROR_INVALID_FUNCTION);
        return false;
    }
    if (PAL_UNLIKELY(!buf && count)) {
        error_set(ERROR_INVALID_USER_BUFFER);
        return false;
    }
    /* A successful WriteFile has written every byte: short writes (a signal,
     * a pipe, a file system's limit) continue where they stopped. */
    DWORD total = 0;
    while (total < count) {
        DWORD want = count - total;
        size_t len = want < FILE_IO_CHUNK ? want : FILE_IO_CHUNK;
        ssize_t n = f->file_type == FILE_TYPE_PIPE
                        ? file_write_pipe(f->fd, (const char *)buf + total, len)
                        : write(f->fd, (const char *)buf + total, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *done = total;
            /* ENOSPC and EDQUOT become ERROR_DISK_FULL, EPIPE ERROR_NO_DATA
             * (satellite/errors.tsv). */
            error_set_from_errno();
            return false;
        }
        if (n == 0) {
            *done = total;
            error_set(ERROR_DISK_FULL);
            return false;
        }
        total += (DWORD)n;
    }
    *done = total;
    return true;
}

static bool file_flush(struct pal_object *obj)
{
    struct file *f = (struct file *)obj;
    if (!(f->access & FILE_ACCESS_WRITE)) {
        error_set(ERROR_ACCESS_DENIED);
        return false;
    }
    /* A pipe or a terminal keeps nothing in the PAL to flush: what WriteFile
     * returned from is in the kernel already. */
    if (f->file_type != FILE_TYPE_DISK)
        return true;
    if (fsync(f->fd) != 0) {
        error_set_from_errno();
        return false;
    }
    return true;
}

static DWORD file_get_type(struct pal_object *obj)
{
    return ((struct file *)obj)->file_type;
}

const struct handle_io_ops file_io_ops = {
    .read = file_read,
    .write = file_write,
    .flush = file_flush,
    .file_type = file_get_type,
};

/* ---- The generic I/O APIs ---- */

/* The I/O ops of h's object, pinned; NULL with ERROR_INVALID_HANDLE for a
 * handle that is not live or whose object does no I/O (an event, say). */
static const struct handle_io_ops *io_lookup(HANDLE h, struct pal_object **obj, handle_pin *pin)
{
    *obj = handle_lookup(h, NULL, pin);
    if (!*obj)
        return NULL;
    const struct handle_io_ops *io = (*obj)->ops->io;
    if (!io) {
        handle_unpin(*pin);
        *pin = 0;
        error_set(ERROR_INVALID_HANDLE);
    }
    return io;
}

BOOL PALAPI ReadFile(HANDLE hFile, LPVOID lpBuffer, DWORD nNumberOfBytesToRead,
                     LPDWORD lpNumberOfBytesRead, LPOVERLAPPED lpOverlapped)
{
    PAL_TRACE_ENTER(ReadFile,
                    "hFile=%p, lpBuffer=%p, nNumberOfBytesToRead=%u, lpNumberOfBytesRead=%p, "
                    "lpOverlapped=%p",
                    hFile, lpBuffer, nNumberOfBytesToRead, lpNumberOfBytesRead, lpOverlapped);
    DWORD done = 0;
    bool ok = false;
    if (lpNumberOfBytesRead)
        *lpNumberOfBytesRead = 0;
    if (lpOverlapped) {
        /* Overlapped I/O is outside the spec's subset (always NULL). */
        error_set(ERROR_NOT_SUPPORTED);
    } else {
        struct pal_object *obj;
        handle_pin pin;
        const struct handle_io_ops *io = io_lookup(hFile, &obj, &pin);
        if (io) {
            ok = io->read(obj, lpBuffer, nNumberOfBytesToRead, &done);
            handle_unpin(pin);
        }
        if (lpNumberOfBytesRead)
            *lpNumberOfBytesRead = done;
    }
    return PAL_TRACE_RETURN(ReadFile, BOOL, "%d", (BOOL)ok);
}

BOOL PALAPI WriteFile(HANDLE hFile, LPCVOID lpBuffer, DWORD nNumberOfBytesToWrite,
                      LPDWORD lpNumberOfBytesWritten, LPOVERLAPPED lpOverlapped)
{
    PAL_TRACE_ENTER(WriteFile,
                    "hFile=%p, lpBuffer=%p, nNumberOfBytesToWrite=%u, "
                    "lpNumberOfBytesWritten=%p, lpOverlapped=%p",
                    hFile, lpBuffer, nNumberOfBytesToWrite, lpNumberOfBytesWritten, lpOverlapped);
    DWORD done = 0;
    bool ok = false;
    if (lpNumberOfBytesWritten)
        *lpNumberOfBytesWritten = 0;
    if (lpOverlapped) {
        error_set(ERROR_NOT_SUPPORTED);
    } else {
        struct pal_object *obj;
        handle_pin pin;
        const struct handle_io_ops *io = io_lookup(hFile, &obj, &pin);
        if (io) {
            ok = io->write(obj, lpBuffer, nNumberOfBytesToWrite, &done);
            handle_unpin(pin);
        }
        if (lpNumberOfBytesWritten)
            *lpNumberOfBytesWritten = done;
    }
    return PAL_TRACE_RETURN(WriteFile, BOOL, "%d", (BOOL)ok);
}

BOOL PALAPI FlushFileBuffers(HANDLE hFile)
{
    PAL_TRACE_ENTER(FlushFileBuffers, "hFile=%p", hFile);
    struct pal_object *obj;
    handle_pin pin;
    bool ok = false;
    const struct handle_io_ops *io = io_lookup(hFile, &obj, &pin);
    if (io) {
        ok = io->flush(obj);
        handle_unpin(pin);
    }
    return PAL_TRACE_RETURN(FlushFileBuffers, BOOL, "%d", (BOOL)ok);
}

DWORD PALAPI GetFileType(HANDLE hFile)
{
    PAL_TRACE_ENTER(GetFileType, "hFile=%p", hFile);
    struct pal_object *obj;
    handle_pin pin;
    DWORD type = FILE_TYPE_UNKNOWN;
    const struct handle_io_ops *io = io_lookup(hFile, &obj, &pin);
    if (io) {
        type = io->file_type(obj);
        handle_unpin(pin);
    }
    return PAL_TRACE_RETURN(GetFileType, DWORD, "%u", type);
}

/* ---- File pointer and size ---- */

static DWORD file_set_pointer(HANDLE h, LONG distance_low, PLONG distance_high, DWORD method)
{
    handle_pin pin;
    struct file *f = file_lookup(h, &pin);
    if (!f)
        return INVALID_SET_FILE_POINTER;
    DWORD ret = INVALID_SET_FILE_POINTER;
    /* Without a high part the distance is a signed 32-bit value; with one,
     * the two halves make a signed 64-bit distance. */
    int64_t distance = distance_high
                           ? (int64_t)(((uint64_t)(uint32_t)*distance_high << 32) |
                                       (uint32_t)distance_low)
                           : (int64_t)distance_low;
    static const int whence[] = {SEEK_SET, SEEK_CUR, SEEK_END};
    if (method > FILE_END) {
        error_set(ERROR_INVALID_PARAMETER);
    } else if (method == FILE_BEGIN && distance < 0) {
        error_set(ERROR_NEGATIVE_SEEK);
    } else {
        off_t pos = lseek(f->fd, (off_t)distance, whence[method]);
        if (pos < 0) {
            /* EINVAL: the position would be negative (the pointer stays). */
            error_set(errno == EINVAL ? ERROR_NEGATIVE_SEEK : error_from_errno(errno));
        } else {
            if (distance_high)
                *distance_high = (LONG)((uint64_t)pos >> 32);
            ret = (DWORD)pos;
            /* The low part of a valid position can be 0xFFFFFFFF: the caller
             * then tells success by a LastError of NO_ERROR. */
            if (ret == INVALID_SET_FILE_POINTER)
                error_set(NO_ERROR);
        }
    }
    handle_unpin(pin);
    return ret;
}

DWORD PALAPI SetFilePointer(HANDLE hFile, LONG lDistanceToMove, PLONG lpDistanceToMoveHigh,
                            DWORD dwMoveMethod)
{
    PAL_TRACE_ENTER(SetFilePointer,
                    "hFile=%p, lDistanceToMove=%d, lpDistanceToMoveHigh=%p (%d), dwMoveMethod=%u",
                    hFile, lDistanceToMove, lpDistanceToMoveHigh,
                    lpDistanceToMoveHigh ? *lpDistanceToMoveHigh : 0, dwMoveMethod);
    DWORD ret = file_set_pointer(hFile, lDistanceToMove, lpDistanceToMoveHigh, dwMoveMethod);
    return PAL_TRACE_RETURN(SetFilePointer, DWORD, "%#x", ret);
}

DWORD PALAPI GetFileSize(HANDLE hFile, LPDWORD lpFileSizeHigh)
{
    PAL_TRACE_ENTER(GetFileSize, "hFile=%p, lpFileSizeHigh=%p", hFile, lpFileSizeHigh);
    handle_pin pin;
    struct file *f = file_lookup(hFile, &pin);
    DWORD ret = INVALID_FILE_SIZE;
    if (f) {
        struct stat st;
        if (fstat(f->fd, &st) != 0) {
            error_set_from_errno();
        } else {
            uint64_t size = f->is_regular ? (uint64_t)st.st_size : 0;
            if (lpFileSizeHigh)
                *lpFileSizeHigh = (DWORD)(size >> 32);
            ret = (DWORD)size;
            if (ret == INVALID_FILE_SIZE)
                error_set(NO_ERROR); /* as SetFilePointer: success is told by the LastError */
        }
        handle_unpin(pin);
    }
    return PAL_TRACE_RETURN(GetFileSize, DWORD, "%#x", ret);
}

BOOL PALAPI SetEndOfFile(HANDLE hFile)
{
    PAL_TRACE_ENTER(SetEndOfFile, "hFile=%p", hFile);
    handle_pin pin;
    struct file *f = file_lookup(hFile, &pin);
    bool ok = false;
    if (f) {
        off_t pos;
        if (!(f->access & FILE_ACCESS_WRITE))
            error_set(ERROR_ACCESS_DENIED);
        else if ((pos = lseek(f->fd, 0, SEEK_CUR)) < 0)
            error_set_from_errno();
        else if (ftruncate(f->fd, pos) != 0)
            error_set(errno == EFBIG ? ERROR_DISK_FULL : error_from_errno(errno));
        else
            ok = true;
        handle_unpin(pin);
    }
    return PAL_TRACE_RETURN(SetEndOfFile, BOOL, "%d", (BOOL)ok);
}
