/*
 * mutex.c - unnamed mutexes: CreateMutexW, ReleaseMutex, and abandonment.
 *
 * `owner` is the owning thread, NULL when free, or MUTEX_ABANDONED when free
 * because its owner ended while holding it: the next wait then gets
 * WAIT_ABANDONED and owns it. Taking a free mutex is one CAS on `owner`
 * (lock-free in WaitForSingleObject's fast path, under the lock otherwise);
 * a recursive take by the owner just counts. `count` and the owned-list links
 * are written only by the owner, or on its behalf by the signaller that
 * claimed its wait block, which the wait engine orders with the owner's own
 * accesses. Giving the mutex up takes the lock, so that a waiter queuing
 * itself under the lock cannot miss the release.
 *
 * Each owner keeps its mutexes on a list in its struct pal_thread, and holds
 * a reference on each: when the thread ends, thread_end() calls
 * sync_abandon_owned(), which abandons them all and wakes their next waiters,
 * even if every handle to them is closed by then.
 */
#include "internal.h"
#include "thread.h"

#include <stdlib.h>

#define MUTEX_ABANDONED ((struct pal_thread *)1)

struct mutex {
    struct pal_object obj;
    struct waitable waitable;
    _Atomic(struct pal_thread *) owner;
    uint32_t count; /* recursion depth while owned */
    /* Set under the lock by a take from the abandoned state, so that a wait
     * for all that gives the mutex back restores that state. */
    bool took_abandoned;
    /* Links in the owner's list (struct pal_thread.owned_mutexes). */
    struct mutex *owned_next, *owned_prev;
};

uint32_t sync_mutex_max_recursion = MUTEX_MAX_RECURSION;

static void mutex_destroy(struct pal_object *obj) { free(obj); }

static void owned_add(struct pal_thread *thread, struct mutex *m)
{
    m->owned_prev = NULL;
    m->owned_next = thread->owned_mutexes;
    if (m->owned_next)
        m->owned_next->owned_prev = m;
    thread->owned_mutexes = m;
}

static void owned_remove(struct pal_thread *thread, struct mutex *m)
{
    if (m->owned_prev)
        m->owned_prev->owned_next = m->owned_next;
    else
        thread->owned_mutexes = m->owned_next;
    if (m->owned_next)
        m->owned_next->owned_prev = m->owned_prev;
    m->owned_next = m->owned_prev = NULL;
}

/* `thread` now owns m, once: the ownership holds a reference, so the mutex
 * outlives its handles for as long as it can still be abandoned. */
static void mutex_own(struct mutex *m, struct pal_thread *thread)
{
    m->count = 1;
    owned_add(thread, m);
    object_addref(&m->obj);
}

static bool mutex_try_acquire_fast(struct pal_object *obj, struct pal_thread *self)
{
    struct mutex *m = (struct mutex *)obj;
    if (PAL_UNLIKELY(!self))
        return false;
    struct pal_thread *owner = atomic_load_explicit(&m->owner, memory_order_relaxed);
    if (owner == self) {
        /* Only this thread could change `owner` from itself. */
        if (m->count >= sync_mutex_max_recursion)
            return false; /* the slow path reports the failure */
        m->count++;
        return true;
    }
    if (owner != NULL)
        return false; /* owned, or abandoned: that is for the locked path */
    if (!atomic_compare_exchange_strong_explicit(&m->owner, &owner, self, memory_order_acquire,
                                                 memory_order_relaxed))
        return false;
    mutex_own(m, self);
    return true;
}

static bool mutex_try_acquire(struct pal_object *obj, struct pal_thread *self, DWORD *result)
{
    struct mutex *m = (struct mutex *)obj;
    struct pal_thread *owner = atomic_load_explicit(&m->owner, memory_order_relaxed);
    if (owner == self) {
        if (m->count >= sync_mutex_max_recursion) {
            /* Only the owner itself gets here (it is never queued on a
             * mutex it owns), so the LastError is the caller's. */
            error_set(ERROR_MUTANT_LIMIT_EXCEEDED);
            *result = WAIT_FAILED;
            return true;
        }
        m->count++;
        *result = WAIT_OBJECT_0;
        return true;
    }
    if (owner != NULL && owner != MUTEX_ABANDONED)
        return false;
    /* A CAS: the lock-free fast path may take a free mutex meanwhile. */
    if (!atomic_compare_exchange_strong_explicit(&m->owner, &owner, self, memory_order_acquire,
                                                 memory_order_relaxed))
        return false;
    mutex_own(m, self);
    m->took_abandoned = owner == MUTEX_ABANDONED;
    *result = m->took_abandoned ? WAIT_ABANDONED_0 : WAIT_OBJECT_0;
    return true;
}

static void mutex_undo_acquire(struct pal_object *obj, struct pal_thread *self)
{
    struct mutex *m = (struct mutex *)obj;
    if (m->count > 1) {
        m->count--;
        return;
    }
    owned_remove(self, m);
    m->count = 0;
    atomic_store_explicit(&m->owner, m->took_abandoned ? MUTEX_ABANDONED : NULL,
                          memory_order_release);
    object_release(&m->obj); /* never the last: the wait holds one */
}

static const struct wait_ops mutex_wait_ops = {
    .waitable_offset = offsetof(struct mutex, waitable),
    .try_acquire = mutex_try_acquire,
    .try_acquire_fast = mutex_try_acquire_fast,
    .undo_acquire = mutex_undo_acquire,
};

static const struct handle_ops mutex_ops = {
    .type_name = "mutex",
    .destroy = mutex_destroy,
    .wait = &mutex_wait_ops,
};

/* With m's lock held: m is free now (NULL or MUTEX_ABANDONED); hand it on.
 * The wake-up calls go in `wakes`, made once the caller has unlocked. */
static void mutex_set_free(struct mutex *m, struct pal_thread *state, struct sync_wakes *wakes)
{
    m->count = 0;
    atomic_store_explicit(&m->owner, state, memory_order_release);
    if (waitable_has_waiters(&m->waitable))
        sync_wake_waiters_later(&m->obj, wakes);
}

void sync_abandon_owned(struct pal_thread *thread)
{
    struct mutex *m;
    while ((m = thread->owned_mutexes) != NULL) {
        struct sync_wakes wakes = {0};
        futex_lock_acquire(&m->waitable.lock);
        owned_remove(thread, m);
        mutex_set_free(m, MUTEX_ABANDONED, &wakes);
        futex_lock_release(&m->waitable.lock);
        sync_wakes_flush(&wakes);
        object_release(&m->obj); /* the ownership's reference: may be the last */
    }
}

static HANDLE mutex_create(LPSECURITY_ATTRIBUTES attributes, BOOL initial_owner, bool named)
{
    (void)attributes; /* the spec: always NULL */
    if (named) {
        /* Named mutexes live in the cross-process namespace, which does not exist yet. */
        error_set(ERROR_CALL_NOT_IMPLEMENTED);
        return NULL;
    }
    struct pal_thread *self = NULL;
    if (initial_owner && !(self = thread_self()))
        return NULL;
    struct mutex *m = calloc(1, sizeof(*m));
    if (!m) {
        error_set(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    object_init(&m->obj, &mutex_ops);
    waitable_init(&m->waitable);
    atomic_init(&m->owner, self);
    if (self)
        mutex_own(m, self);
    HANDLE h = handle_alloc_created(&m->obj);
    if (!h) {
        /* handle_alloc dropped the creation reference; nobody else can see
         * the mutex, so the ownership's goes without abandoning anything. */
        if (self) {
            owned_remove(self, m);
            object_release(&m->obj);
        }
        return NULL;
    }
    return h;
}

HANDLE PALAPI CreateMutexW(LPSECURITY_ATTRIBUTES lpMutexAttributes, BOOL bInitialOwner,
                           LPCWSTR lpName)
{
    PAL_TRACE_ENTER(CreateMutexW, "lpMutexAttributes=%p, bInitialOwner=%d, lpName=%p L\"%ws\"",
                    lpMutexAttributes, bInitialOwner, PAL_TRACE_WSTR(lpName));
    HANDLE h = mutex_create(lpMutexAttributes, bInitialOwner, lpName != NULL);
    return PAL_TRACE_RETURN(CreateMutexW, HANDLE, "%p", h);
}

BOOL PALAPI ReleaseMutex(HANDLE hMutex)
{
    PAL_TRACE_ENTER(ReleaseMutex, "hMutex=%p", hMutex);
    BOOL ret = FALSE;
    handle_pin pin;
    struct mutex *m = (struct mutex *)handle_lookup(hMutex, &mutex_ops, &pin);
    if (m) {
        /* A thread the PAL never adopted owns nothing. */
        struct pal_thread *self = thread_self_ptr;
        if (!self || atomic_load_explicit(&m->owner, memory_order_relaxed) != self) {
            error_set(ERROR_NOT_OWNER);
        } else if (--m->count > 0) {
            ret = TRUE;
        } else {
            struct sync_wakes wakes = {0};
            futex_lock_acquire(&m->waitable.lock);
            owned_remove(self, m);
            mutex_set_free(m, NULL, &wakes);
            futex_lock_release(&m->waitable.lock);
            sync_wakes_flush(&wakes);
            object_release(&m->obj); /* never the last: the handle is pinned */
            ret = TRUE;
        }
    }
    handle_unpin(pin);
    return PAL_TRACE_RETURN(ReleaseMutex, BOOL, "%d", ret);
}
