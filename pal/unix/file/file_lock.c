/*
 * file_lock.c - LockFile and UnlockFile on open-file-description locks.
 *
 * Windows byte-range locks are exclusive and belong to the handle: another
 * handle (of this process or another) cannot lock an overlapping range, and
 * neither can the same handle lock a range twice. An unlock must name exactly
 * a range that was locked. Open-file-description locks give the ownership
 * (the handle's descriptor) and the cross-process reach; the handle keeps its
 * own list of ranges for the exact-match and same-handle rules, which the
 * kernel's merged ranges cannot answer.
 *
 * A range is taken as a shared lock, then checked with F_OFD_GETLK for
 * anybody else's lock on it (shared locks need only a readable descriptor,
 * which every handle with data access has, see file.c): two handles racing
 * for overlapping ranges never both win; under an exact race both may lose.
 *
 * Known gaps (docs/api-partial.tsv): the locks are advisory, ReadFile and
 * WriteFile through other handles are not refused; ranges end at
 * FILE_LOCK_LIMIT (the share-mode records live above it), ranges starting
 * there are only checked within the handle; zero-length locks conflict with
 * nothing.
 */
#include "internal.h"
#include "file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>

struct file_lock_range {
    struct file_lock_range *next;
    uint64_t offset, length; /* as the caller gave them */
};

void file_locks_free(struct file *f)
{
    struct file_lock_range *r = f->locks;
    while (r) {
        struct file_lock_range *next = r->next;
        free(r);
        r = next;
    }
    f->locks = NULL;
}

/* The kernel range for a Windows range: [offset, end) clipped to the limit;
 * false when nothing of it is below the limit. */
static bool lock_kernel_range(uint64_t offset, uint64_t length, off_t *start, off_t *len)
{
    if (length == 0 || offset >= FILE_LOCK_LIMIT)
        return false;
    uint64_t end = length > FILE_LOCK_LIMIT - offset ? FILE_LOCK_LIMIT : offset + length;
    *start = (off_t)offset;
    *len = (off_t)(end - offset);
    return true;
}

static bool ranges_overlap(uint64_t a_off, uint64_t a_len, uint64_t b_off, uint64_t b_len)
{
    if (a_len == 0 || b_len == 0)
        return false;
    /* [a, a + a_len) and [b, b + b_len) without overflowing past 2^64. */
    return a_off < b_off ? b_off - a_off < a_len : a_off - b_off < b_len;
}

static int lock_fcntl(int fd, short type, off_t start, off_t len)
{
    struct flock fl = {.l_type = type, .l_whence = SEEK_SET, .l_start = start, .l_len = len};
    return fcntl(fd, F_OFD_SETLK, &fl);
}

/* Takes [start, start + len) for this descriptor only; false with the LastError. */
static bool lock_take(int fd, off_t start, off_t len)
{
    if (lock_fcntl(fd, F_RDLCK, start, len) != 0) {
        if (errno == EBADF) {
            /* A write-only descriptor: an exclusive lock, which is exact. */
            if (lock_fcntl(fd, F_WRLCK, start, len) == 0)
                return true;
        }
        error_set(errno == EAGAIN || errno == EACCES ? ERROR_LOCK_VIOLATION
                                                     : error_from_errno(errno));
        return false;
    }
    struct flock fl = {.l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = start, .l_len = len};
    if (fcntl(fd, F_OFD_GETLK, &fl) == 0 && fl.l_type == F_UNLCK)
        return true;
    lock_fcntl(fd, F_UNLCK, start, len);
    error_set(ERROR_LOCK_VIOLATION);
    return false;
}

static bool file_lock(HANDLE h, uint64_t offset, uint64_t length)
{
    handle_pin pin;
    struct file *f = file_lookup(h, &pin);
    if (!f)
        return false;
    bool ok = false;
    struct file_lock_range *r = malloc(sizeof(*r));
    if (!r) {
        error_set(ERROR_NOT_ENOUGH_MEMORY);
        handle_unpin(pin);
        return false;
    }
    r->offset = offset;
    r->length = length;
    pthread_mutex_lock(&f->locks_mutex);
    struct file_lock_range *held = f->locks;
    while (held && !ranges_overlap(held->offset, held->length, offset, length))
        held = held->next;
    off_t start, len;
    if (held)
        error_set(ERROR_LOCK_VIOLATION); /* the handle's own lock: no stacking */
    else if (!lock_kernel_range(offset, length, &start, &len) || lock_take(f->fd, start, len))
        ok = true;
    if (ok) {
        r->next = f->locks;
        f->locks = r;
    }
    pthread_mutex_unlock(&f->locks_mutex);
    if (!ok)
        free(r);
    handle_unpin(pin);
    return ok;
}

static bool file_unlock(HANDLE h, uint64_t offset, uint64_t length)
{
    handle_pin pin;
    struct file *f = file_lookup(h, &pin);
    if (!f)
        return false;
    pthread_mutex_lock(&f->locks_mutex);
    struct file_lock_range **link = &f->locks;
    while (*link && ((*link)->offset != offset || (*link)->length != length))
        link = &(*link)->next;
    struct file_lock_range *r = *link;
    if (r) {
        *link = r->next;
        off_t start, len;
        /* The handle's ranges never overlap, so this frees exactly r's bytes. */
        if (lock_kernel_range(offset, length, &start, &len))
            lock_fcntl(f->fd, F_UNLCK, start, len);
    }
    pthread_mutex_unlock(&f->locks_mutex);
    handle_unpin(pin);
    if (!r) {
        error_set(ERROR_NOT_LOCKED);
        return false;
    }
    free(r);
    return true;
}

static uint64_t lock_u64(DWORD low, DWORD high)
{
    return ((uint64_t)high << 32) | low;
}

BOOL PALAPI LockFile(HANDLE hFile, DWORD dwFileOffsetLow, DWORD dwFileOffsetHigh,
                     DWORD nNumberOfBytesToLockLow, DWORD nNumberOfBytesToLockHigh)
{
    PAL_TRACE_ENTER(LockFile,
                    "hFile=%p, dwFileOffsetLow=%#x, dwFileOffsetHigh=%#x, "
                    "nNumberOfBytesToLockLow=%#x, nNumberOfBytesToLockHigh=%#x",
                    hFile, dwFileOffsetLow, dwFileOffsetHigh, nNumberOfBytesToLockLow,
                    nNumberOfBytesToLockHigh);
    BOOL ret = file_lock(hFile, lock_u64(dwFileOffsetLow, dwFileOffsetHigh),
                         lock_u64(nNumberOfBytesToLockLow, nNumberOfBytesToLockHigh));
    return PAL_TRACE_RETURN(LockFile, BOOL, "%d", ret);
}

BOOL PALAPI UnlockFile(HANDLE hFile, DWORD dwFileOffsetLow, DWORD dwFileOffsetHigh,
                       DWORD nNumberOfBytesToUnlockLow, DWORD nNumberOfBytesToUnlockHigh)
{
    PAL_TRACE_ENTER(UnlockFile,
                    "hFile=%p, dwFileOffsetLow=%#x, dwFileOffsetHigh=%#x, "
                    "nNumberOfBytesToUnlockLow=%#x, nNumberOfBytesToUnlockHigh=%#x",
                    hFile, dwFileOffsetLow, dwFileOffsetHigh, nNumberOfBytesToUnlockLow,
                    nNumberOfBytesToUnlockHigh);
    BOOL ret = file_unlock(hFile, lock_u64(dwFileOffsetLow, dwFileOffsetHigh),
                           lock_u64(nNumberOfBytesToUnlockLow, nNumberOfBytesToUnlockHigh));
    return PAL_TRACE_RETURN(UnlockFile, BOOL, "%d", ret);
}
