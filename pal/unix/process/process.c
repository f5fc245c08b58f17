/*
 * process.c - process objects and the reaper: GetCurrentProcess's object,
 * GetExitCodeProcess, TerminateProcess, OpenProcess, GetProcessTimes.
 *
 * Every process handle reaches a struct pal_process (process.h). The
 * current process is one static object that is never signalled. Another
 * process is held by a pidfd; its object is signalled by the reaper thread,
 * which sleeps in epoll_wait on the pidfds of every process not yet ended.
 * New pidfds are added with epoll_ctl from the creating thread (epoll allows
 * it while another thread sleeps in epoll_wait, and reports a pidfd that is
 * already readable at once), so the reaper needs no other wake-up. For a
 * child it collects the status with waitid(P_PIDFD) - no zombie stays - and
 * stores the exit code, CPU times and exit time before it signals the object
 * and the child's main-thread object.
 *
 * A registry of the objects by pid lets OpenProcess on one of our children
 * reach the object CreateProcess made (two pidfds would race to collect one
 * status).
 */
#include "internal.h"
#include "process.h"
#include "thread.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef P_PIDFD
#define P_PIDFD 3
#endif

/* 100 ns ticks between 1601-01-01 (FILETIME) and 1970-01-01 (Unix). */
#define PROCESS_FILETIME_UNIX_EPOCH 116444736000000000ull

static _Atomic size_t process_objects;

size_t process_object_count(void) { return atomic_load_explicit(&process_objects, memory_order_relaxed); }

static uint64_t process_ticks_from_timespec(const struct timespec *ts)
{
    return (uint64_t)ts->tv_sec * 10000000u + (uint64_t)ts->tv_nsec / 100u;
}

static uint64_t process_ticks_from_timeval(const struct timeval *tv)
{
    return (uint64_t)tv->tv_sec * 10000000u + (uint64_t)tv->tv_usec * 10u;
}

static uint64_t process_now_filetime(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return PROCESS_FILETIME_UNIX_EPOCH + process_ticks_from_timespec(&ts);
}

static void process_filetime_store(LPFILETIME ft, uint64_t v)
{
    ft->dwLowDateTime = (DWORD)v;
    ft->dwHighDateTime = (DWORD)(v >> 32);
}

DWORD process_exit_code_from_status(int code, int status)
{
    if (code == CLD_EXITED)
        return (DWORD)(int32_t)(int8_t)(uint8_t)status; /* spec: sign-extended */
    return PROCESS_EXIT_KILLED + (DWORD)status;
}

/* ------------------------------------------------------------ the object */

static bool process_try_acquire_fast(struct pal_object *obj, struct pal_thread *self)
{
    (void)self;
    return atomic_load_explicit(&((struct pal_process *)obj)->ended, memory_order_acquire) != 0;
}

static bool process_try_acquire(struct pal_object *obj, struct pal_thread *self, DWORD *result)
{
    *result = WAIT_OBJECT_0;
    return process_try_acquire_fast(obj, self);
}

static void process_destroy(struct pal_object *obj);

static const struct wait_ops process_wait_ops = {
    .waitable_offset = offsetof(struct pal_process, waitable),
    .try_acquire = process_try_acquire,
    .try_acquire_fast = process_try_acquire_fast,
    .fast_failure_exact = true,
};

const struct handle_ops process_ops = {
    .type_name = "process",
    .destroy = process_destroy,
    .wait = &process_wait_ops,
};

/* The running process: never signalled while anyone can wait. Static: it
 * lives as long as the process; its reference count never reaches zero. */
static struct pal_process process_self = {
    .obj = {.ops = &process_ops, .refs = 1},
    .pidfd = -1,
};

struct pal_object *process_current_object(void) { return &process_self.obj; }

static pthread_mutex_t process_registry_lock = PTHREAD_MUTEX_INITIALIZER;
static struct pal_process *process_registry;

static void process_destroy(struct pal_object *obj)
{
    struct pal_process *p = (struct pal_process *)obj;
    if (p == &process_self)
        return;
    pthread_mutex_lock(&process_registry_lock);
    for (struct pal_process **link = &process_registry; *link; link = &(*link)->registry_next) {
        if (*link == p) {
            *link = p->registry_next;
            break;
        }
    }
    pthread_mutex_unlock(&process_registry_lock);
    close(p->pidfd);
    if (p->main_thread)
        object_release(&p->main_thread->obj);
    atomic_fetch_sub_explicit(&process_objects, 1, memory_order_relaxed);
    free(p);
}

/* A reference to the registered object of a process `pid`, or NULL. An
 * object whose count already reached zero is being destroyed: skipped. */
static struct pal_process *process_registry_find(pid_t pid, bool want_ended)
{
    struct pal_process *found = NULL;
    pthread_mutex_lock(&process_registry_lock);
    for (struct pal_process *p = process_registry; p && !found; p = p->registry_next) {
        if (p->pid != pid ||
            (atomic_load_explicit(&p->ended, memory_order_acquire) != 0) != want_ended)
            continue;
        uint32_t refs = atomic_load_explicit(&p->obj.refs, memory_order_relaxed);
        while (refs != 0 && !atomic_compare_exchange_weak_explicit(&p->obj.refs, &refs, refs + 1,
                                                                   memory_order_acquire,
                                                                   memory_order_relaxed))
            ;
        if (refs != 0)
            found = p;
    }
    pthread_mutex_unlock(&process_registry_lock);
    return found;
}

/* ------------------------------------------------------------ the reaper */

static int process_epoll_fd = -1;
/* The process the reaper runs in: a child of fork() (without exec) has no
 * reaper thread, and starts its own for the children it creates. */
static pid_t process_reaper_owner;
static pthread_mutex_t process_reaper_lock = PTHREAD_MUTEX_INITIALIZER;

/* Marks a thread-like object (the process, or the child's main thread)
 * ended: the state is stored before `ended` (release). */
static void process_mark_ended(struct waitable *w, _Atomic uint32_t *ended)
{
    futex_lock_acquire(&w->lock);
    atomic_store_explicit(ended, 1, memory_order_release);
    futex_lock_release(&w->lock);
}

/* Wakes the waiters of an object marked ended, after the lock is released.
 * A waiter that came after the mark saw it and never queued. */
static void process_wake_ended(struct pal_object *obj, struct waitable *w)
{
    struct sync_wakes wakes = {0};
    futex_lock_acquire(&w->lock);
    if (waitable_has_waiters(w))
        sync_wake_waiters_later(obj, &wakes);
    futex_lock_release(&w->lock);
    sync_wakes_flush(&wakes);
}

/* The process behind p->pidfd has ended (its pidfd is readable). */
static void process_reap(struct pal_process *p)
{
    DWORD code = PROCESS_EXIT_UNKNOWN;
    if (p->is_child) {
        siginfo_t si;
        struct rusage ru;
        memset(&si, 0, sizeof(si));
        memset(&ru, 0, sizeof(ru));
        /* The raw system call: glibc's waitid has no rusage argument. */
        long rc;
        do
            rc = syscall(SYS_waitid, P_PIDFD, p->pidfd, &si, WEXITED | WNOHANG, &ru);
        while (rc < 0 && errno == EINTR);
        if (rc == 0 && si.si_pid == 0)
            return; /* not ended after all: stay watched */
        if (rc == 0) {
            code = process_exit_code_from_status(si.si_code, si.si_status);
            DWORD terminated = atomic_load_explicit(&p->terminate_code, memory_order_relaxed);
            if (terminated && si.si_code == CLD_KILLED && si.si_status == SIGKILL)
                code = terminated;
            p->kernel_time = process_ticks_from_timeval(&ru.ru_stime);
            p->user_time = process_ticks_from_timeval(&ru.ru_utime);
        }
        /* rc < 0 (ECHILD): the host collected it itself (waitpid(-1), or
         * SIGCHLD ignored): the code is unknown. */
    } else if (atomic_load_explicit(&p->terminate_code, memory_order_relaxed)) {
        code = atomic_load_explicit(&p->terminate_code, memory_order_relaxed);
    }
    epoll_ctl(process_epoll_fd, EPOLL_CTL_DEL, p->pidfd, NULL);
    p->exit_code = code;
    p->exit_time = process_now_filetime();
    /* Both marked before anyone is woken, the thread first: whoever sees
     * the process ended finds its main thread ended too, as on Windows, and
     * whoever is woken by the thread's end finds the process's exit code. */
    if (p->main_thread) {
        p->main_thread->exit_code = code;
        process_mark_ended(&p->main_thread->waitable, &p->main_thread->ended);
        process_mark_ended(&p->waitable, &p->ended);
        process_wake_ended(&p->obj, &p->waitable);
        process_wake_ended(&p->main_thread->obj, &p->main_thread->waitable);
    } else {
        process_mark_ended(&p->waitable, &p->ended);
        process_wake_ended(&p->obj, &p->waitable);
    }
    object_release(&p->obj); /* the reaper's reference */
}

static void *process_reaper_main(void *arg)
{
    (void)arg;
    struct epoll_event events[32];
    for (;;) {
        int n = epoll_wait(process_epoll_fd, events, (int)PAL_ARRAY_SIZE(events), -1);
        for (int i = 0; i < n; i++)
            process_reap(events[i].data.ptr);
    }
    return NULL;
}

/* With process_reaper_lock held. */
static void process_reaper_start(void)
{
    if (process_epoll_fd >= 0)
        close(process_epoll_fd); /* a copy of our parent's: its reaper is not here */
    process_epoll_fd = -1;
    int fd = epoll_create1(EPOLL_CLOEXEC);
    if (fd < 0)
        return;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 64 * 1024);
    /* Signals go to the host's threads, never to this internal one. */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    pthread_t reaper;
    process_epoll_fd = fd;
    if (pthread_create(&reaper, &attr, process_reaper_main, NULL) != 0) {
        close(fd);
        process_epoll_fd = -1;
    } else {
        process_reaper_owner = getpid();
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    pthread_attr_destroy(&attr);
}

struct pal_process *process_adopt_pidfd(pid_t pid, int pidfd, bool is_child, bool main_thread)
{
    pthread_mutex_lock(&process_reaper_lock);
    if (process_reaper_owner != getpid())
        process_reaper_start();
    pthread_mutex_unlock(&process_reaper_lock);
    struct pal_process *p = calloc(1, sizeof(*p));
    if (!p || process_epoll_fd < 0) {
        free(p);
        close(pidfd);
        error_set(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    object_init(&p->obj, &process_ops);
    waitable_init(&p->waitable);
    p->pid = pid;
    p->pidfd = pidfd;
    p->is_child = is_child;
    p->creation_time = process_now_filetime();
    if (main_thread) {
        p->main_thread = thread_alloc();
        if (!p->main_thread) {
            close(pidfd);
            free(p);
            return NULL;
        }
        p->main_thread->tid = (DWORD)pid;
    }
    atomic_fetch_add_explicit(&process_objects, 1, memory_order_relaxed);
    /* One reference for the caller, one for the reaper until it signals. */
    atomic_store_explicit(&p->obj.refs, 2, memory_order_relaxed);
    pthread_mutex_lock(&process_registry_lock);
    p->registry_next = process_registry;
    process_registry = p;
    pthread_mutex_unlock(&process_registry_lock);
    struct epoll_event ev = {.events = EPOLLIN, .data.ptr = p};
    if (epoll_ctl(process_epoll_fd, EPOLL_CTL_ADD, pidfd, &ev) != 0) {
        /* Only out of memory (or the per-user epoll watch limit). */
        error_set(ERROR_NOT_ENOUGH_MEMORY);
        object_release(&p->obj);
        object_release(&p->obj);
        return NULL;
    }
    return p;
}

/* ------------------------------------------------------------ the APIs */

static struct pal_process *process_lookup(HANDLE h, handle_pin *pin)
{
    return (struct pal_process *)handle_lookup(h, &process_ops, pin);
}

BOOL PALAPI GetExitCodeProcess(HANDLE hProcess, LPDWORD lpExitCode)
{
    PAL_TRACE_ENTER(GetExitCodeProcess, "hProcess=%p, lpExitCode=%p", hProcess, lpExitCode);
    handle_pin pin;
    struct pal_process *p = process_lookup(hProcess, &pin);
    DWORD code = STILL_ACTIVE;
    if (p && atomic_load_explicit(&p->ended, memory_order_acquire))
        code = p->exit_code;
    handle_unpin(pin);
    /* Windows succeeds with a NULL lpExitCode and stores nothing. */
    if (p && lpExitCode)
        *lpExitCode = code;
    return PAL_TRACE_RETURN(GetExitCodeProcess, BOOL, "%d", p != NULL);
}

static bool process_terminate(struct pal_process *p, UINT code)
{
    if (p == &process_self) {
        /* The code truncated as ExitProcess's; no atexit handler runs
         * (Windows' TerminateProcess runs no DLL detach either), but what
         * was written to stdio streams is not lost. */
        fflush(NULL);
        _exit((int)code);
    }
    if (atomic_load_explicit(&p->ended, memory_order_acquire))
        return true; /* as Wine: nothing to do, the exit code stays */
    /* The spec: the code of a process terminated by another may be any value
     * but zero; we report the caller's, and 137 (killed by SIGKILL) for 0. */
    atomic_store_explicit(&p->terminate_code, code ? code : PROCESS_EXIT_KILLED + SIGKILL,
                          memory_order_relaxed);
    if (syscall(SYS_pidfd_send_signal, p->pidfd, SIGKILL, NULL, 0) == 0)
        return true;
    if (errno == ESRCH)
        return true; /* it ended meanwhile: the reaper reports its own code */
    int err = errno;
    atomic_store_explicit(&p->terminate_code, 0, memory_order_relaxed);
    error_set(error_from_errno(err));
    return false;
}

BOOL PALAPI TerminateProcess(HANDLE hProcess, UINT uExitCode)
{
    PAL_TRACE_ENTER(TerminateProcess, "hProcess=%p, uExitCode=%u", hProcess, uExitCode);
    handle_pin pin;
    struct pal_process *p = process_lookup(hProcess, &pin);
    BOOL ret = p && process_terminate(p, uExitCode);
    handle_unpin(pin);
    return PAL_TRACE_RETURN(TerminateProcess, BOOL, "%d", ret);
}

static bool process_read_stat(pid_t pid, uint64_t *utime, uint64_t *stime, uint64_t *start);
static uint64_t process_boot_ticks_to_filetime(uint64_t start, long hz);

/* A new handle to the process `pid`, not the current one. */
static HANDLE process_open(DWORD pid)
{
    /* Our child (even one that ended, if its object lives): its own object. */
    struct pal_process *p = process_registry_find((pid_t)pid, false);
    if (p)
        return handle_alloc(&p->obj);
    int pidfd = (int)syscall(SYS_pidfd_open, (pid_t)pid, 0);
    if (pidfd < 0) {
        /* No such process: an ended child whose object still lives, or
         * ERROR_INVALID_PARAMETER as Windows says for an unknown id. */
        int err = errno;
        p = err == ESRCH ? process_registry_find((pid_t)pid, true) : NULL;
        if (p)
            return handle_alloc(&p->obj);
        error_set(err == ESRCH || err == EINVAL ? ERROR_INVALID_PARAMETER : error_from_errno(err));
        return NULL;
    }
    /* Not our child: its object is signalled when it ends, with an unknown
     * exit code (only a parent can collect it). */
    p = process_adopt_pidfd((pid_t)pid, pidfd, false, false);
    if (!p)
        return NULL;
    /* When it started, not when we opened it. */
    uint64_t utime, stime, start;
    if (process_read_stat(p->pid, &utime, &stime, &start))
        p->creation_time = process_boot_ticks_to_filetime(start, sysconf(_SC_CLK_TCK));
    return handle_alloc(&p->obj);
}

HANDLE PALAPI OpenProcess(DWORD dwDesiredAccess, BOOL bInheritHandle, DWORD dwProcessId)
{
    PAL_TRACE_ENTER(OpenProcess, "dwDesiredAccess=%#x, bInheritHandle=%d, dwProcessId=%#x",
                    dwDesiredAccess, bInheritHandle, dwProcessId);
    /* Access rights are not enforced (the spec: always PROCESS_ALL_ACCESS);
     * handles are not inherited (the spec: bInheritHandle always FALSE). */
    HANDLE h = NULL;
    if (dwProcessId == 0 || dwProcessId > INT32_MAX) {
        error_set(ERROR_INVALID_PARAMETER);
    } else if (dwProcessId == (DWORD)getpid()) {
        object_addref(&process_self.obj);
        h = handle_alloc(&process_self.obj);
    } else {
        h = process_open(dwProcessId);
    }
    return PAL_TRACE_RETURN(OpenProcess, HANDLE, "%p", h);
}

/* ------------------------------------------------------------ remoting */

bool process_remote_id(struct pal_object *obj, pid_t *pid, uint64_t *start, DWORD *exit_code)
{
    struct pal_process *p = (struct pal_process *)obj;
    uint64_t utime, stime;
    if (p == &process_self) {
        *pid = getpid();
        if (!process_read_stat(*pid, &utime, &stime, start)) {
            error_set(ERROR_NOT_ENOUGH_MEMORY);
            return false;
        }
        return true;
    }
    *pid = p->pid;
    if (atomic_load_explicit(&p->ended, memory_order_acquire)) {
        *start = PROCESS_REMOTE_ENDED;
        *exit_code = p->exit_code;
        return true;
    }
    /* The pid may be another process's by now if ours ended unreaped by us:
     * the pidfd says whether ours still exists (a zombie too), and if it
     * exists after the read, the read was about it. */
    if (process_read_stat(p->pid, &utime, &stime, start) &&
        syscall(SYS_pidfd_send_signal, p->pidfd, 0, NULL, 0) == 0)
        return true;
    /* Ended, not signalled yet: what the reaper will store, unless it is our
     * child, whose code only the reaper may collect. */
    *start = PROCESS_REMOTE_ENDED;
    *exit_code = PROCESS_EXIT_UNKNOWN;
    return true;
}

/* An object for a process that has ended, as its remote holder saw it. */
static HANDLE process_open_ended(pid_t pid, DWORD exit_code)
{
    struct pal_process *p = calloc(1, sizeof(*p));
    if (!p) {
        error_set(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    object_init(&p->obj, &process_ops);
    waitable_init(&p->waitable);
    p->pid = pid;
    p->pidfd = -1;
    p->exit_code = exit_code;
    p->creation_time = p->exit_time = process_now_filetime();
    atomic_init(&p->ended, 1);
    atomic_fetch_add_explicit(&process_objects, 1, memory_order_relaxed);
    return handle_alloc(&p->obj);
}

HANDLE process_open_remote(pid_t pid, uint64_t start, DWORD exit_code)
{
    if (pid <= 0) {
        error_set(ERROR_INVALID_HANDLE);
        return NULL;
    }
    if (start == PROCESS_REMOTE_ENDED)
        return process_open_ended(pid, exit_code);
    uint64_t utime, stime, now_start;
    if (pid == getpid()) {
        /* Remoted back to us: GetCurrentProcess's object, if it is us. */
        if (!process_read_stat(pid, &utime, &stime, &now_start) ||
            (now_start & PROCESS_REMOTE_START_MASK) != start)
            return process_open_ended(pid, PROCESS_EXIT_UNKNOWN);
        object_addref(&process_self.obj);
        return handle_alloc(&process_self.obj);
    }
    /* The pidfd first, then the start time: if the time matches, the pidfd
     * was opened on that very process (a pid is not reused while its process
     * exists). A mismatch or no process: it has ended meanwhile. */
    int pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
    if (pidfd < 0 && errno != ESRCH) {
        error_set(error_from_errno(errno));
        return NULL;
    }
    if (pidfd < 0 || !process_read_stat(pid, &utime, &stime, &now_start) ||
        (now_start & PROCESS_REMOTE_START_MASK) != start) {
        if (pidfd >= 0)
            close(pidfd);
        return process_open_ended(pid, PROCESS_EXIT_UNKNOWN);
    }
    /* Our own child: the object CreateProcess made (it alone may reap). */
    struct pal_process *p = process_registry_find(pid, false);
    if (p) {
        close(pidfd);
        return handle_alloc(&p->obj);
    }
    p = process_adopt_pidfd(pid, pidfd, false, false);
    if (!p)
        return NULL;
    p->creation_time = process_boot_ticks_to_filetime(now_start, sysconf(_SC_CLK_TCK));
    return handle_alloc(&p->obj);
}

/* From /proc/<pid>/stat: user and kernel times (clock ticks) and start
 * time (ticks since boot) of a running process. */
static bool process_read_stat(pid_t pid, uint64_t *utime, uint64_t *stime, uint64_t *start)
{
    char path[64], buf[1024];
    snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
    FILE *f = fopen(path, "re");
    if (!f)
        return false;
    size_t n = fread(buf, 1, sizeof(buf) - 1, f);
    fclose(f);
    buf[n] = '\0';
    /* The command name (field 2) may hold anything: parse after its ')'. */
    char *p = strrchr(buf, ')');
    unsigned long long u, s, st;
    if (!p || sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu %*d %*d %*d %*d %*d %*d %llu",
                     &u, &s, &st) != 3)
        return false;
    *utime = u;
    *stime = s;
    *start = st;
    return true;
}

/* A start time in ticks since boot, as a FILETIME. */
static uint64_t process_boot_ticks_to_filetime(uint64_t start, long hz)
{
    struct timespec real, boot;
    clock_gettime(CLOCK_REALTIME, &real);
    clock_gettime(CLOCK_BOOTTIME, &boot);
    uint64_t boot_at = process_ticks_from_timespec(&real) - process_ticks_from_timespec(&boot);
    return PROCESS_FILETIME_UNIX_EPOCH + boot_at + start * (10000000u / (uint64_t)hz);
}

static bool process_times(struct pal_process *p, uint64_t t[4])
{
    long hz = sysconf(_SC_CLK_TCK);
    uint64_t utime, stime, start;
    if (p == &process_self) {
        struct rusage ru;
        getrusage(RUSAGE_SELF, &ru);
        t[0] = process_read_stat(getpid(), &utime, &stime, &start)
                   ? process_boot_ticks_to_filetime(start, hz)
                   : 0;
        t[1] = 0;
        t[2] = process_ticks_from_timeval(&ru.ru_stime);
        t[3] = process_ticks_from_timeval(&ru.ru_utime);
        return true;
    }
    if (atomic_load_explicit(&p->ended, memory_order_acquire)) {
        t[0] = p->creation_time;
        t[1] = p->exit_time;
        t[2] = p->kernel_time;
        t[3] = p->user_time;
        return true;
    }
    /* Running (or ended, not reaped yet): what /proc says now. */
    t[0] = p->creation_time;
    t[1] = 0;
    t[2] = t[3] = 0;
    if (process_read_stat(p->pid, &utime, &stime, &start)) {
        t[2] = stime * (10000000u / (uint64_t)hz);
        t[3] = utime * (10000000u / (uint64_t)hz);
        if (!t[0])
            t[0] = process_boot_ticks_to_filetime(start, hz);
    }
    return true;
}

BOOL PALAPI GetProcessTimes(HANDLE hProcess, LPFILETIME lpCreationTime, LPFILETIME lpExitTime,
                            LPFILETIME lpKernelTime, LPFILETIME lpUserTime)
{
    PAL_TRACE_ENTER(GetProcessTimes,
                    "hProcess=%p, lpCreationTime=%p, lpExitTime=%p, lpKernelTime=%p, lpUserTime=%p",
                    hProcess, lpCreationTime, lpExitTime, lpKernelTime, lpUserTime);
    BOOL ret = FALSE;
    handle_pin pin;
    struct pal_process *p = process_lookup(hProcess, &pin);
    uint64_t t[4];
    if (p && (!lpCreationTime || !lpExitTime || !lpKernelTime || !lpUserTime)) {
        /* Windows faults on a NULL pointer here; we refuse it. */
        error_set(ERROR_NOACCESS);
    } else if (p && process_times(p, t)) {
        process_filetime_store(lpCreationTime, t[0]);
        process_filetime_store(lpExitTime, t[1]);
        process_filetime_store(lpKernelTime, t[2]);
        process_filetime_store(lpUserTime, t[3]);
        ret = TRUE;
    }
    handle_unpin(pin);
    return PAL_TRACE_RETURN(GetProcessTimes, BOOL, "%d", ret);
}
