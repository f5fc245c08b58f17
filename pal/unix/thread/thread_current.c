/*
 * thread_current.c - the calling thread's PAL state and thread object, ids
 * and pseudo-handles:
 * GetCurrentThreadId, GetCurrentThread, GetCurrentProcessId, GetCurrentProcess.
 */
#include "internal.h"
#include "thread.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

PAL_THREAD_LOCAL struct pal_thread *thread_self_ptr;
PAL_THREAD_LOCAL DWORD thread_cached_tid;

static pthread_key_t thread_key;
static pthread_once_t thread_key_once = PTHREAD_ONCE_INIT;

static _Atomic size_t thread_objects;

static void thread_destroy(struct pal_object *obj)
{
    struct pal_thread *thread = (struct pal_thread *)obj;
    /* APCs queued while it was ending: never run. */
    thread_free_apcs(thread);
    /* A child's gate (the child has ended by now: its process object holds
     * this one until then). A child never resumed sees the end of the pipe
     * only when our process ends, and then ends itself. */
    if (thread->child_gate >= 0)
        close(thread->child_gate);
    if (thread->child_pidfd >= 0)
        close(thread->child_pidfd);
    atomic_fetch_sub_explicit(&thread_objects, 1, memory_order_relaxed);
    pthread_mutex_destroy(&thread->control_lock);
    free(thread);
}

size_t thread_object_count(void) { return atomic_load_explicit(&thread_objects, memory_order_relaxed); }

static bool thread_try_acquire(struct pal_object *obj, struct pal_thread *self, DWORD *result)
{
    *result = WAIT_OBJECT_0;
    return atomic_load_explicit(&((struct pal_thread *)obj)->ended, memory_order_acquire) != 0;
}

static const struct wait_ops thread_wait_ops = {
    .waitable_offset = offsetof(struct pal_thread, waitable),
    .try_acquire = thread_try_acquire,
};

const struct handle_ops thread_ops = {
    .type_name = "thread",
    .destroy = thread_destroy,
    .wait = &thread_wait_ops,
};

/* The thread is ending (pthread key destructor): abandon the mutexes it
 * still owns, signal its object, then drop the thread's own reference. The
 * release store of `ended` publishes the exit code stored before it. */
static void thread_end(void *p)
{
    struct pal_thread *thread = p;
    /* First, while the kernel id is still this thread's: afterwards nothing
     * may suspend it or change its priority. */
    thread_control_exit(thread);
    sync_abandon_owned(thread);
    futex_lock_acquire(&thread->waitable.lock);
    atomic_store_explicit(&thread->ended, 1, memory_order_release);
    sync_wake_waiters(&thread->obj);
    futex_lock_release(&thread->waitable.lock);
    thread_tls_detach(thread);
    PAL_ThreadFast.TlsSlots = NULL;
    thread_self_ptr = NULL;
    object_release(&thread->obj);
}

/* A child of fork() (without exec) runs on as one thread with a new id: the
 * cached one would make it the owner of its parent's named mutexes. */
static void thread_after_fork_in_child(void)
{
    thread_cached_tid = 0;
    if (thread_self_ptr)
        thread_self_ptr->tid = thread_tid_slow();
}

static void thread_key_create(void) { pthread_key_create(&thread_key, thread_end); }

/* Registered before any id is cached, whichever thread caches first. */
static pthread_once_t thread_fork_once = PTHREAD_ONCE_INIT;
static void thread_fork_register(void) { pthread_atfork(NULL, NULL, thread_after_fork_in_child); }

DWORD thread_tid_slow(void)
{
    pthread_once(&thread_fork_once, thread_fork_register);
    thread_cached_tid = (DWORD)gettid();
    return thread_cached_tid;
}

struct pal_thread *thread_alloc(void)
{
    /* Aligned for its wait block, which has cache lines of its own. */
    size_t size = (sizeof(struct pal_thread) + 63) & ~(size_t)63;
    struct pal_thread *thread = aligned_alloc(64, size);
    if (!thread) {
        error_set(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    memset(thread, 0, size);
    object_init(&thread->obj, &thread_ops);
    waitable_init(&thread->waitable);
    pthread_mutex_init(&thread->control_lock, NULL);
    thread->priority = THREAD_PRIORITY_NORMAL;
    thread->child_pidfd = -1;
    thread->child_gate = -1;
    thread->wait.thread = thread;
    atomic_init(&thread->wait.status, WAIT_BLOCK_WAITING);
    atomic_fetch_add_explicit(&thread_objects, 1, memory_order_relaxed);
    return thread;
}

void thread_attach(struct pal_thread *self)
{
    pthread_once(&thread_key_once, thread_key_create);
    /* The key's destructor signals the object when the thread ends. */
    pthread_setspecific(thread_key, self);
    thread_tls_attach(self);
    /* The header's inline TlsGetValue reads the first slots from here. */
    PAL_ThreadFast.TlsSlots = (PVOID volatile *)self->tls;
    thread_self_ptr = self;
}

struct pal_thread *thread_adopt(void)
{
    struct pal_thread *self = thread_alloc();
    if (!self)
        return NULL;
    self->tid = thread_current_id();
    thread_attach(self);
    return self;
}

struct pal_object *thread_current_object(void)
{
    struct pal_thread *self = thread_self();
    return self ? &self->obj : NULL;
}

DWORD PALAPI GetCurrentThreadId(void)
{
    PAL_TRACE_ENTER(GetCurrentThreadId, "");
    return PAL_TRACE_RETURN(GetCurrentThreadId, DWORD, "%#x", thread_current_id());
}

HANDLE PALAPI GetCurrentThread(void)
{
    PAL_TRACE_ENTER(GetCurrentThread, "");
    return PAL_TRACE_RETURN(GetCurrentThread, HANDLE, "%p", HANDLE_PSEUDO_THREAD);
}

DWORD PALAPI GetCurrentProcessId(void)
{
    PAL_TRACE_ENTER(GetCurrentProcessId, "");
    return PAL_TRACE_RETURN(GetCurrentProcessId, DWORD, "%#x", (DWORD)getpid());
}

HANDLE PALAPI GetCurrentProcess(void)
{
    PAL_TRACE_ENTER(GetCurrentProcess, "");
    return PAL_TRACE_RETURN(GetCurrentProcess, HANDLE, "%p", HANDLE_PSEUDO_PROCESS);
}
