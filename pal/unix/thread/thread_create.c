/*
 * thread_create.c - threads the PAL creates, and how threads end:
 * CreateThread, ExitThread, GetExitCodeThread.
 *
 * Every thread the PAL creates enters through thread_trampoline
 * (ARCHITECTURE.md, "Threads and processes"). The creator allocates the
 * thread object and its handle, starts a detached pthread and waits until the
 * new thread has published its id; the new thread writes *lpThreadId itself,
 * before its start routine runs, so the routine finds it already there (spec
 * CreateThread). The object, not pthread_join, reports the end: the pthread
 * key destructor of thread_current.c signals it.
 *
 * CREATE_SUSPENDED: the new thread starts with a suspend count of 1 and, in
 * the trampoline, before its start routine, parks as SuspendThread would
 * park it (thread_suspend.c); CreateThread returns once it has, so its
 * context is there for GetThreadContext. ResumeThread lets it run.
 */
#include "internal.h"
#include "thread.h"
#include "init.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <unistd.h>

/* The stack of a thread created with dwStackSize 0: Windows' default
 * reservation of 1 MiB, plus room for what Linux puts on a thread's stack
 * (signal frames, the C library's own frames). */
#define THREAD_DEFAULT_STACK ((size_t)1536 * 1024)
/* glibc carves its thread descriptor and the static TLS out of the stack it
 * allocates: added to an explicit size, so the caller gets what it asked for. */
#define THREAD_STACK_OVERHEAD ((size_t)64 * 1024)

/* The pthread stack size for CreateThread's dwStackSize, or 0 when no stack
 * can be that large. Without STACK_SIZE_PARAM_IS_A_RESERVATION Windows reads
 * dwStackSize as the committed part of a stack whose reservation is at least
 * the default; with it, as the reservation. Linux commits stack pages only
 * as they are touched, so here both are a minimum size (spec CreateThread). */
static size_t thread_stack_size(SIZE_T requested, DWORD flags)
{
    if (requested == 0)
        return THREAD_DEFAULT_STACK;
    if (requested > SIZE_MAX / 2)
        return 0;
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t size = ((requested + page - 1) & ~(page - 1)) + THREAD_STACK_OVERHEAD;
    if (!(flags & STACK_SIZE_PARAM_IS_A_RESERVATION) && size < THREAD_DEFAULT_STACK)
        size = THREAD_DEFAULT_STACK;
    if (size < (size_t)PTHREAD_STACK_MIN)
        size = (size_t)PTHREAD_STACK_MIN;
    return size;
}

/* The one entry of every PAL-created thread. What else a new thread needs
 * before its start routine (TLS slots, the bottommost SEH registration, an
 * alternate signal stack, DllMain THREAD_ATTACH) belongs here too. */
static void *thread_trampoline(void *arg)
{
    struct pal_thread *self = arg;
    LPTHREAD_START_ROUTINE start = self->start;
    LPVOID param = self->param;

    self->tid = thread_tid_slow();
    thread_attach(self);
    init_fp_environment();
    if (self->priority_inherited)
        thread_priority_start(self);
    if (self->tid_out)
        *self->tid_out = self->tid;
    /* From here on the creator may return: tid_out is not ours to touch. */
    atomic_store_explicit(&self->started, 1, memory_order_release);
    futex_wake(&self->started, 1);
    thread_park_if_suspended(self);

    /* Returning from the start routine is ExitThread with its value (a NULL
     * start address faults here, in the new thread, as on Windows). */
    thread_exit(start(param));
}

DECLSPEC_NORETURN void thread_exit(DWORD code)
{
    /* A thread that was never adopted has no object, hence no handle that
     * could ask for the code. */
    struct pal_thread *self = thread_self_ptr;
    if (self)
        self->exit_code = code; /* published by thread_end's release of `ended` */
    pthread_exit(NULL);
}

static HANDLE thread_create(SIZE_T stack_size, LPTHREAD_START_ROUTINE start, LPVOID param,
                            DWORD flags, LPDWORD tid_out)
{
    /* Windows accepts and ignores flags it does not know (as Wine does). */
    bool suspended = (flags & CREATE_SUSPENDED) != 0;
    if (suspended && !thread_suspend_init())
        return NULL;
    size_t size = thread_stack_size(stack_size, flags);
    if (size == 0) {
        error_set(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    struct pal_thread *thread = thread_alloc(); /* the new thread's own reference */
    if (!thread)
        return NULL;
    thread->start = start;
    thread->param = param;
    thread->tid_out = tid_out;
    struct pal_thread *creator = thread_self_ptr;
    if (creator) {
        pthread_mutex_lock(&creator->control_lock);
        thread->priority_inherited = creator->priority != THREAD_PRIORITY_NORMAL || creator->os_idle;
        pthread_mutex_unlock(&creator->control_lock);
    }
    if (suspended)
        atomic_store_explicit(&thread->suspend_word, THREAD_SUSPEND_GEN_ONE | 1, memory_order_relaxed);
    /* One reference for the handle, one for us until the thread has started:
     * the handle could be closed by a thread that guessed its value. */
    object_addref(&thread->obj);
    object_addref(&thread->obj);
    HANDLE h = handle_alloc(&thread->obj);
    if (!h) {
        object_release(&thread->obj);
        object_release(&thread->obj);
        return NULL;
    }

    pthread_attr_t attr;
    int err = pthread_attr_init(&attr);
    if (err == 0) {
        err = pthread_attr_setstacksize(&attr, size);
        if (err == 0)
            err = pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        pthread_t pt;
        if (err == 0)
            err = pthread_create(&pt, &attr, thread_trampoline, thread);
        pthread_attr_destroy(&attr);
    }
    if (err != 0) {
        handle_close(h);
        object_release(&thread->obj);
        object_release(&thread->obj);
        /* No stack, or a thread limit: what Windows reports for either. */
        error_set(err == EAGAIN || err == ENOMEM ? ERROR_NOT_ENOUGH_MEMORY : error_from_errno(err));
        return NULL;
    }

    while (atomic_load_explicit(&thread->started, memory_order_acquire) == 0)
        futex_wait_until(&thread->started, 0, NULL);
    if (suspended) {
        pthread_mutex_lock(&thread->control_lock);
        thread_wait_parked(thread);
        pthread_mutex_unlock(&thread->control_lock);
    }
    object_release(&thread->obj);
    return h;
}

HANDLE PALAPI CreateThread(LPSECURITY_ATTRIBUTES lpThreadAttributes, SIZE_T dwStackSize,
                           LPTHREAD_START_ROUTINE lpStartAddress, LPVOID lpParameter,
                           DWORD dwCreationFlags, LPDWORD lpThreadId)
{
    PAL_TRACE_ENTER(CreateThread,
                    "lpThreadAttributes=%p, dwStackSize=%Iu, lpStartAddress=%p, lpParameter=%p, "
                    "dwCreationFlags=%#x, lpThreadId=%p",
                    lpThreadAttributes, dwStackSize, lpStartAddress, lpParameter, dwCreationFlags,
                    lpThreadId);
    /* lpThreadAttributes: the spec says always NULL; a handle is never
     * inherited before CreateProcess exists, so it is ignored. */
    HANDLE h = thread_create(dwStackSize, lpStartAddress, lpParameter, dwCreationFlags, lpThreadId);
    return PAL_TRACE_RETURN(CreateThread, HANDLE, "%p", h);
}

DECLSPEC_NORETURN VOID PALAPI ExitThread(DWORD dwExitCode)
{
    PAL_TRACE_ENTER(ExitThread, "dwExitCode=%u", dwExitCode);
    thread_exit(dwExitCode);
}

/* A thread the PAL did not create (adopted, thread_current.c) reports
 * STILL_ACTIVE while it runs and, once it has ended, its ExitThread code, or
 * 0 if it ended any other way (returning from its pthread routine, say). */
BOOL PALAPI GetExitCodeThread(HANDLE hThread, LPDWORD lpExitCode)
{
    PAL_TRACE_ENTER(GetExitCodeThread, "hThread=%p, lpExitCode=%p", hThread, lpExitCode);
    handle_pin pin;
    struct pal_thread *thread = (struct pal_thread *)handle_lookup(hThread, &thread_ops, &pin);
    DWORD code = STILL_ACTIVE;
    if (thread && atomic_load_explicit(&thread->ended, memory_order_acquire))
        code = thread->exit_code;
    handle_unpin(pin);
    /* A NULL lpExitCode is not an error on Windows: the call just succeeds. */
    if (thread && lpExitCode)
        *lpExitCode = code;
    return PAL_TRACE_RETURN(GetExitCodeThread, BOOL, "%d", thread != NULL);
}
