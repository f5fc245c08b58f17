/*
 * process_memory.c - ReadProcessMemory, WriteProcessMemory.
 *
 * Both copy with process_vm_readv/process_vm_writev on the pid behind the
 * process handle (our own pid for the current process): the kernel checks
 * both address ranges against the page protections, so a bad address in
 * either process fails with EFAULT instead of faulting us, as Windows fails
 * it with a LastError. A copy that stops part way reports the bytes moved
 * and ERROR_PARTIAL_COPY; one that moves nothing, ERROR_NOACCESS. The kernel
 * allows another process only when we may ptrace it (yama's ptrace_scope 1
 * still allows our own children): otherwise ERROR_ACCESS_DENIED.
 *
 * Unlike Windows, a write to a read-only page of the target fails: Windows'
 * WriteProcessMemory lifts the protection for the copy, process_vm_writev
 * does not.
 */
#include "internal.h"
#include "process.h"

#include <errno.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

/* Copies `size` bytes between our `local` and the target's `remote`; the
 * bytes moved in *done. The kernel may stop at a page it cannot reach after
 * copying part: the rest is retried until it fails or makes no progress. */
static bool process_memory_copy(struct pal_process *p, void *local, void *remote, size_t size,
                                bool write, size_t *done)
{
    pid_t pid = p->pidfd < 0 ? getpid() : p->pid;
    int err = 0;
    *done = 0;
    while (*done < size) {
        struct iovec l = {(char *)local + *done, size - *done};
        struct iovec r = {(char *)remote + *done, size - *done};
        ssize_t n = write ? process_vm_writev(pid, &l, 1, &r, 1, 0)
                          : process_vm_readv(pid, &l, 1, &r, 1, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            err = n < 0 ? errno : EFAULT;
            break;
        }
        *done += (size_t)n;
    }
    if (p->pidfd >= 0 && syscall(SYS_pidfd_send_signal, p->pidfd, 0, NULL, 0) != 0 &&
        !p->is_child) {
        /* The process ended during the copy and, not being our child, its
         * pid may already name another process: nothing copied counts. */
        *done = 0;
        err = ESRCH;
    }
    if (*done == size)
        return true;
    switch (err) {
    case EPERM:
        error_set(ERROR_ACCESS_DENIED);
        break;
    case ESRCH: /* the process has ended: its memory is gone */
        error_set(ERROR_PARTIAL_COPY);
        break;
    case EFAULT:
        error_set(*done ? ERROR_PARTIAL_COPY : ERROR_NOACCESS);
        break;
    default:
        error_set(error_from_errno(err));
    }
    return false;
}

static BOOL process_memory(HANDLE h, void *local, void *remote, SIZE_T size, bool write,
                           SIZE_T *out)
{
    handle_pin pin;
    struct pal_process *p = (struct pal_process *)handle_lookup(h, &process_ops, &pin);
    size_t done = 0;
    BOOL ret = FALSE;
    if (p && write && size == 0) {
        /* As Windows, whose write first lifts the protection of the range:
         * an empty range is refused. */
        error_set(ERROR_INVALID_PARAMETER);
        handle_unpin(pin);
    } else if (p) {
        /* A process that has ended (for a child, once the reaper saw it):
         * there is no memory left to copy. */
        if (atomic_load_explicit(&p->ended, memory_order_acquire))
            error_set(ERROR_PARTIAL_COPY);
        else
            ret = process_memory_copy(p, local, remote, size, write, &done);
        handle_unpin(pin);
    }
    if (out)
        *out = done;
    return ret;
}

BOOL PALAPI ReadProcessMemory(HANDLE hProcess, LPCVOID lpBaseAddress, LPVOID lpBuffer,
                              SIZE_T nSize, SIZE_T *lpNumberOfBytesRead)
{
    PAL_TRACE_ENTER(ReadProcessMemory,
                    "hProcess=%p, lpBaseAddress=%p, lpBuffer=%p, nSize=%zu, lpNumberOfBytesRead=%p",
                    hProcess, lpBaseAddress, lpBuffer, nSize, lpNumberOfBytesRead);
    BOOL ret = process_memory(hProcess, lpBuffer, (void *)lpBaseAddress, nSize, false,
                              lpNumberOfBytesRead);
    return PAL_TRACE_RETURN(ReadProcessMemory, BOOL, "%d", ret);
}

BOOL PALAPI WriteProcessMemory(HANDLE hProcess, LPVOID lpBaseAddress, LPCVOID lpBuffer,
                               SIZE_T nSize, SIZE_T *lpNumberOfBytesWritten)
{
    PAL_TRACE_ENTER(WriteProcessMemory,
                    "hProcess=%p, lpBaseAddress=%p, lpBuffer=%p, nSize=%zu, "
                    "lpNumberOfBytesWritten=%p",
                    hProcess, lpBaseAddress, lpBuffer, nSize, lpNumberOfBytesWritten);
    BOOL ret = process_memory(hProcess, (void *)lpBuffer, lpBaseAddress, nSize, true,
                              lpNumberOfBytesWritten);
    return PAL_TRACE_RETURN(WriteProcessMemory, BOOL, "%d", ret);
}
