/*
 * thread.h - the PAL's per-thread state (thread/thread_current.c) and thread
 * creation and exit (thread/thread_create.c).
 *
 * Every thread that calls into the PAL has a struct pal_thread: threads the
 * PAL creates get theirs from CreateThread before they run; threads the PAL
 * did not create are adopted on their first call that needs it.
 */
#ifndef PAL_UNIX_THREAD_H
#define PAL_UNIX_THREAD_H

#include "sync.h"

#include <pthread.h>
#include <ucontext.h>

struct mutex;
struct thread_apc;

/* TlsAlloc indexes, as on Windows: TLS_MINIMUM_AVAILABLE slots in the thread
 * itself, then the expansion slots in a block allocated on first use. */
#define THREAD_TLS_INLINE PAL_TLS_FAST_SLOTS /* the header reads these inline */
#define THREAD_TLS_EXPANSION 1024
#define THREAD_TLS_SLOTS (THREAD_TLS_INLINE + THREAD_TLS_EXPANSION)

/* suspend_word: the suspend count in the low bits, a generation above it
 * that changes with every SuspendThread/ResumeThread, so a parked thread's
 * futex wait on the word never misses a change (thread_suspend.c). */
#define THREAD_SUSPEND_COUNT_MASK 0xffu
#define THREAD_SUSPEND_GEN_ONE 0x100u

struct pal_thread {
    /* A thread is a kernel object: waitable, signalled when it ends. The
     * thread holds one reference until it ends; handles hold the others. */
    struct pal_object obj;
    struct waitable waitable;
    _Atomic uint32_t ended;
    DWORD tid;
    /* What GetExitCodeThread reports once `ended` is set (stored before it):
     * the start routine's value or ExitThread's argument; 0 for an adopted
     * thread that ended without ExitThread. */
    DWORD exit_code;
    struct wait_block wait;
    /* The mutexes this thread owns (sync/mutex.c), abandoned when it ends. */
    struct mutex *owned_mutexes;
    /* APCs queued by QueueUserAPC (thread/apc.c), run by this thread in its
     * next alertable wait; `apc_pending` is set while the list is not empty. */
    futex_lock apc_lock;
    struct thread_apc *apc_head, *apc_tail;
    _Atomic uint32_t apc_pending;

    /* Set by CreateThread for the trampoline (thread_create.c); unused for
     * adopted threads. `started` goes 0 -> 1 (futex word) once the new
     * thread has published its id, in `tid` and *tid_out. */
    LPTHREAD_START_ROUTINE start;
    LPVOID param;
    LPDWORD tid_out;
    _Atomic uint32_t started;
    /* The creator did not run at THREAD_PRIORITY_NORMAL: Linux gave the
     * new thread its creator's priority, which the trampoline undoes. */
    bool priority_inherited;

    /* TLS slots (thread_tls.c). Written by the thread, and cleared by
     * TlsFree in every thread; relaxed atomics, so a read is a plain load.
     * The expansion block is freed when the thread ends. */
    _Atomic(void *) tls[THREAD_TLS_INLINE];
    _Atomic(void *) *_Atomic tls_expansion;
    struct pal_thread *tls_next, *tls_prev; /* the list TlsFree walks */

    /* Priority, suspension and context (thread_priority.c,
     * thread_suspend.c), under control_lock. `exiting` is set when the
     * thread ends: its kernel id may then be reused, so no system call aims
     * at it any more. */
    pthread_mutex_t control_lock;
    bool exiting;
    int priority;     /* the THREAD_PRIORITY_* value last set */
    bool os_idle;     /* the thread runs under SCHED_IDLE */
    _Atomic uint32_t suspend_word;
    /* The suspend_word value the parked thread last saw (its signal handler
     * stores it): a suspender waits for it to be sure the thread stopped. */
    _Atomic uint32_t suspend_ack;
    /* While parked in the handler: the interrupted context, which
     * Get/SetThreadContext read and write. */
    ucontext_t *suspend_uc;
    /* SetThreadContext on the calling thread: the handler applies it. */
    const CONTEXT *pending_context;

    /* The main thread of a child process (CreateProcess's hThread), which
     * no code of ours runs in: SuspendThread/ResumeThread act on the child
     * through `child_pidfd` (our own pidfd of it; -1 for every other
     * thread). `child_gate`: the write end of the pipe a CREATE_SUSPENDED
     * child waits on before it executes its program, until the first
     * ResumeThread that brings the count to 0 writes to it (-1 then, and for
     * a child that was not created suspended). Both under control_lock. */
    int child_pidfd;
    int child_gate;
};

extern const struct handle_ops thread_ops;
extern PAL_THREAD_LOCAL struct pal_thread *thread_self_ptr;

/* A new thread object with one reference (the thread's own) and no thread
 * attached yet; NULL with ERROR_NOT_ENOUGH_MEMORY. */
struct pal_thread *thread_alloc(void);

/* Makes `self` the calling thread's state: thread_self() returns it, and the
 * object is signalled (and that reference dropped) when the thread ends. */
void thread_attach(struct pal_thread *self);

struct pal_thread *thread_adopt(void);

/* thread/apc.c: runs the calling thread's queued APCs, in order, until none
 * is left (an alertable wait that returns WAIT_IO_COMPLETION). */
void thread_run_apcs(struct pal_thread *self);
/* Frees the APCs of a thread that ended before running them. */
void thread_free_apcs(struct pal_thread *thread);
/* The list of threads whose TLS slots TlsFree clears (thread_tls.c):
 * joined by thread_attach, left when the thread ends. */
void thread_tls_attach(struct pal_thread *self);
void thread_tls_detach(struct pal_thread *self);

/* The thread is ending: no suspension, priority change or context access
 * reaches it any more (thread_suspend.c). */
void thread_control_exit(struct pal_thread *self);

/* Called by the trampoline before the start routine of a thread created
 * with CREATE_SUSPENDED: parks it until ResumeThread (thread_suspend.c). */
void thread_park_if_suspended(struct pal_thread *self);

/* In the trampoline of a thread with priority_inherited: applies the
 * thread's own priority (NORMAL) to the kernel (thread_priority.c). */
void thread_priority_start(struct pal_thread *self);

/* Installs the suspend signal's handler (once); false with the LastError
 * set if it cannot be. */
bool thread_suspend_init(void);

/* With control_lock held: waits until a thread whose suspend count is not
 * 0 has stopped in the handler (or its count went back to 0). */
void thread_wait_parked(struct pal_thread *thread);

/* Thread objects not yet freed (leak checks in tests). */
size_t thread_object_count(void);

/* Ends the calling thread with this exit code (ExitThread without tracing). */
DECLSPEC_NORETURN void thread_exit(DWORD code);

/* The calling thread's state, adopting the thread on first use; NULL only
 * when memory runs out (LastError is then set). */
static inline struct pal_thread *thread_self(void)
{
    struct pal_thread *self = thread_self_ptr;
    return PAL_LIKELY(self != NULL) ? self : thread_adopt();
}

/* The kernel thread id, cached: what GetCurrentThreadId returns. */
extern PAL_THREAD_LOCAL DWORD thread_cached_tid;
DWORD thread_tid_slow(void);

static inline DWORD thread_current_id(void)
{
    DWORD tid = thread_cached_tid;
    return PAL_LIKELY(tid != 0) ? tid : thread_tid_slow();
}

#endif
