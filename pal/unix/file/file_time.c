/*
 * file_time.c - GetFileTime and SetFileTime on a file handle's descriptor
 * (FILETIME <-> timespec in filetime.h). Directories opened with
 * FILE_FLAG_BACKUP_SEMANTICS work the same way: that is what the spec opens
 * them for.
 *
 * The creation time is the file's birth time where the file system records
 * one (statx STATX_BTIME), else its status-change time; Linux cannot set it,
 * so SetFileTime leaves it (docs/api-partial.tsv).
 */
#include "internal.h"
#include "file.h"
#include "filetime.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

static FILETIME file_time_from_statx(const struct statx_timestamp *t)
{
    struct timespec ts = {.tv_sec = t->tv_sec, .tv_nsec = t->tv_nsec};
    return time_filetime_from_timespec(&ts);
}

static bool file_get_time(HANDLE h, LPFILETIME creation, LPFILETIME access, LPFILETIME write)
{
    handle_pin pin;
    struct file *f = file_lookup(h, &pin);
    if (!f)
        return false;
    struct statx stx;
    bool ok = statx(f->fd, "", AT_EMPTY_PATH, STATX_BASIC_STATS | STATX_BTIME, &stx) == 0;
    if (!ok) {
        error_set_from_errno();
    } else {
        if (creation)
            *creation = file_time_from_statx(stx.stx_mask & STATX_BTIME ? &stx.stx_btime
                                                                         : &stx.stx_ctime);
        if (access)
            *access = file_time_from_statx(&stx.stx_atime);
        if (write)
            *write = file_time_from_statx(&stx.stx_mtime);
    }
    handle_unpin(pin);
    return ok;
}

/* A FILETIME argument of SetFileTime as a futimens time: NULL, 0 and
 * 0xFFFFFFFFFFFFFFFF leave the time as it is (Windows reads 0 as "no change"
 * and all ones as "stop updating it through this handle", which Linux cannot
 * do: the time is left alone); false for a time with the high bit set. */
static bool file_time_arg(const FILETIME *ft, struct timespec *ts)
{
    uint64_t ticks = ft ? time_filetime_to_u64(ft) : 0;
    if (ticks == 0 || ticks == UINT64_MAX) {
        ts->tv_sec = 0;
        ts->tv_nsec = UTIME_OMIT;
        return true;
    }
    return time_timespec_from_filetime(ft, ts);
}

static bool file_set_time(HANDLE h, const FILETIME *creation, const FILETIME *access,
                          const FILETIME *write)
{
    handle_pin pin;
    struct file *f = file_lookup(h, &pin);
    if (!f)
        return false;
    bool ok = false;
    struct timespec times[2], ignored;
    if (!(f->access & FILE_ACCESS_WRITE)) {
        /* Windows wants FILE_WRITE_ATTRIBUTES, which GENERIC_WRITE carries. */
        error_set(ERROR_ACCESS_DENIED);
    } else if (!file_time_arg(access, &times[0]) || !file_time_arg(write, &times[1]) ||
               !file_time_arg(creation, &ignored)) {
        error_set(ERROR_INVALID_PARAMETER);
    } else if (futimens(f->fd, times) != 0) {
        error_set_from_errno();
    } else {
        ok = true;
    }
    handle_unpin(pin);
    return ok;
}

BOOL PALAPI GetFileTime(HANDLE hFile, LPFILETIME lpCreationTime, LPFILETIME lpLastAccessTime,
                        LPFILETIME lpLastWriteTime)
{
    PAL_TRACE_ENTER(GetFileTime,
                    "hFile=%p, lpCreationTime=%p, lpLastAccessTime=%p, lpLastWriteTime=%p", hFile,
                    lpCreationTime, lpLastAccessTime, lpLastWriteTime);
    BOOL ret = file_get_time(hFile, lpCreationTime, lpLastAccessTime, lpLastWriteTime);
    return PAL_TRACE_RETURN(GetFileTime, BOOL, "%d", ret);
}

BOOL PALAPI SetFileTime(HANDLE hFile, const FILETIME *lpCreationTime,
                        const FILETIME *lpLastAccessTime, const FILETIME *lpLastWriteTime)
{
    PAL_TRACE_ENTER(SetFileTime,
                    "hFile=%p, lpCreationTime=%p, lpLastAccessTime=%p, lpLastWriteTime=%p", hFile,
                    lpCreationTime, lpLastAccessTime, lpLastWriteTime);
    BOOL ret = file_set_time(hFile, lpCreationTime, lpLastAccessTime, lpLastWriteTime);
    return PAL_TRACE_RETURN(SetFileTime, BOOL, "%d", ret);
}
