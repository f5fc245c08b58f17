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

struct mutex;
struct thread_apc;

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
