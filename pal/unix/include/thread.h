/*
 * thread.h - the PAL's per-thread state (thread/thread_current.c).
 *
 * Every thread that calls into the PAL has a struct pal_thread: threads the
 * PAL did not create are adopted on their first call that needs it.
 */
#ifndef PAL_UNIX_THREAD_H
#define PAL_UNIX_THREAD_H

#include "sync.h"

struct pal_thread {
    /* A thread is a kernel object: waitable, signalled when it ends. The
     * thread holds one reference until it ends; handles hold the others. */
    struct pal_object obj;
    struct waitable waitable;
    _Atomic uint32_t ended;
    DWORD tid;
    struct wait_block wait;
};

extern PAL_THREAD_LOCAL struct pal_thread *thread_self_ptr;

struct pal_thread *thread_adopt(void);

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
