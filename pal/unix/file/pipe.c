/*
 * pipe.c - CreatePipe: an anonymous pipe as two file handles.
 *
 * Each end is a file object (file.c) over one end of pipe(2), so ReadFile,
 * WriteFile, GetFileType and CloseHandle work through the file I/O ops, with
 * their pipe rules (file_io.c): reading from a pipe whose writers are all
 * gone fails with ERROR_BROKEN_PIPE, writing to one without readers with
 * ERROR_NO_DATA. Both ends are close-on-exec; they are inheritable handles
 * (passed on by CreateProcess with bInheritHandles) when lpPipeAttributes
 * asks for it (bInheritHandle), as the spec's use - a child's standard
 * handle - does.
 */
#include "internal.h"
#include "file.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

/* A handle for one end; on failure closes the descriptor. */
static HANDLE pipe_end(int fd, unsigned access, bool inherit)
{
    struct stat st;
    struct file *f = NULL;
    if (fstat(fd, &st) != 0)
        error_set_from_errno();
    else
        f = file_new(fd, access, &st, true);
    if (!f) {
        close(fd);
        return NULL;
    }
    return handle_alloc_inherit(&f->obj, inherit); /* closes the descriptor through the object on failure */
}

BOOL PALAPI CreatePipe(PHANDLE hReadPipe, PHANDLE hWritePipe,
                       LPSECURITY_ATTRIBUTES lpPipeAttributes, DWORD nSize)
{
    PAL_TRACE_ENTER(CreatePipe, "hReadPipe=%p, hWritePipe=%p, lpPipeAttributes=%p, nSize=%u",
                    hReadPipe, hWritePipe, lpPipeAttributes, nSize);
    BOOL ret = FALSE;
    int fds[2];
    /* nSize is a hint (the spec: always 1024, may be ignored); the kernel's
     * default buffer is larger. */
    bool inherit = lpPipeAttributes && lpPipeAttributes->bInheritHandle;
    if (!hReadPipe || !hWritePipe) {
        error_set(ERROR_INVALID_PARAMETER);
    } else if (pipe2(fds, O_CLOEXEC) != 0) {
        error_set_from_errno();
    } else {
        HANDLE r = pipe_end(fds[0], FILE_ACCESS_READ, inherit);
        HANDLE w = r ? pipe_end(fds[1], FILE_ACCESS_WRITE, inherit) : NULL;
        if (!r)
            close(fds[1]);
        if (r && !w)
            handle_close(r);
        if (r && w) {
            *hReadPipe = r;
            *hWritePipe = w;
            ret = TRUE;
        }
    }
    return PAL_TRACE_RETURN(CreatePipe, BOOL, "%d", ret);
}
