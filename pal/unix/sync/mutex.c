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
 *
 * A named mutex lives in the shared namespace (sync/named.c) as a robust,
 * process-shared pthread mutex: the kernel itself marks it abandoned
 * (FUTEX_OWNER_DIED) when its owning thread ends, even by the death of its
 * whole process, and the next taker gets EOWNERDEAD: WAIT_ABANDONED.
 *
 * An unnamed mutex made shared (PAL_LocalHandleToRemote: mutex_publish)
 * gets a named twin no client can name and moves its state there: `owner`
 * becomes MUTEX_PUBLISHED for good, under the lock, with the twin free,
 * abandoned or owned by the publishing thread as the mutex was (with its
 * recursion count). Waits go to the twin through the engine's forward hook,
 * ReleaseMutex goes there too. A mutex owned by another thread cannot move
 * (only the owner can take a robust mutex, and only then does its death
 * abandon it): publication then fails with ERROR_BUSY.
 */
#include "internal.h"
#include "named.h"
#include "thread.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>

#define MUTEX_ABANDONED ((struct pal_thread *)1)
/* `owner` of a mutex whose state lives in its twin. */
#define MUTEX_PUBLISHED ((struct pal_thread *)2)

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
    /* The named twin, set (with a reference) before `owner` becomes
     * MUTEX_PUBLISHED. */
    struct pal_object *twin;
};

uint32_t sync_mutex_max_recursion = MUTEX_MAX_RECURSION;

static void mutex_destroy(struct pal_object *obj)
{
    struct mutex *m = (struct mutex *)obj;
    if (m->twin)
        object_release(m->twin);
    free(obj);
}

static struct pal_object *mutex_forward(struct pal_object *obj)
{
    struct mutex *m = (struct mutex *)obj;
    if (atomic_load_explicit(&m->owner, memory_order_acquire) != MUTEX_PUBLISHED)
        return NULL;
    object_addref(m->twin);
    return m->twin;
}

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
    if (owner == MUTEX_PUBLISHED) {
        /* Lock held, so the mark is final: run the wait again on the twin. */
        *result = WAIT_FAILED;
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

static struct pal_object *mutex_publish(struct pal_object *obj);

static const struct wait_ops mutex_wait_ops = {
    .waitable_offset = offsetof(struct mutex, waitable),
    .try_acquire = mutex_try_acquire,
    .try_acquire_fast = mutex_try_acquire_fast,
    .undo_acquire = mutex_undo_acquire,
    .forward = mutex_forward,
};

static const struct handle_ops mutex_ops = {
    .type_name = "mutex",
    .destroy = mutex_destroy,
    .wait = &mutex_wait_ops,
    .publish = mutex_publish,
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

/*
 * Named mutexes. The futex word is the robust mutex's lock word, whose format
 * is the kernel's robust futex ABI: the owner's thread id, FUTEX_WAITERS
 * (the same bit as SHARED_WAITERS: the owner's unlock wakes a sleeper),
 * FUTEX_OWNER_DIED. glibc keeps it as the first member of pthread_mutex_t.
 * `count` is the recursion depth, touched only by the owner. An owner holds a
 * reference on the object, so the mapping the kernel's robust list points
 * into stays while it owns the mutex: a thread that ends owning one keeps
 * that mapping (and the object) for the life of the process.
 */
struct named_mutex_state {
    pthread_mutex_t lock;
    uint32_t count;
};
_Static_assert(offsetof(pthread_mutex_t, __data.__lock) == 0, "the lock word starts the mutex");
_Static_assert(FUTEX_WAITERS == SHARED_WAITERS, "one waiters bit");

static struct named_mutex_state *named_mutex_state(struct pal_object *obj)
{
    return named_state((struct named_object *)obj);
}

static _Atomic uint32_t *named_mutex_word(struct pal_object *obj)
{
    return (_Atomic uint32_t *)&named_mutex_state(obj)->lock.__data.__lock;
}

static bool named_mutex_try_acquire(struct pal_object *obj, struct pal_thread *self, uint32_t seen,
                                    DWORD *result)
{
    (void)self, (void)seen;
    struct named_mutex_state *st = named_mutex_state(obj);
    uint32_t w = atomic_load_explicit(named_mutex_word(obj), memory_order_relaxed);
    if ((w & FUTEX_TID_MASK) == thread_current_id()) {
        if (st->count >= sync_mutex_max_recursion) {
            error_set(ERROR_MUTANT_LIMIT_EXCEEDED);
            *result = WAIT_FAILED;
            return true;
        }
        st->count++;
        *result = WAIT_OBJECT_0;
        return true;
    }
    if (w & FUTEX_TID_MASK)
        return false; /* another thread owns it */
    int rc = pthread_mutex_trylock(&st->lock);
    if (rc == EOWNERDEAD) {
        /* Ours now, abandoned: usable again at once, as on Windows. */
        pthread_mutex_consistent(&st->lock);
        *result = WAIT_ABANDONED_0;
    } else if (rc == 0) {
        *result = WAIT_OBJECT_0;
    } else {
        return false;
    }
    st->count = 1;
    object_addref(obj);
    return true;
}

/* A value the lock word never holds (no thread id is that large): a sleep
 * against it ends at once. */
#define NAMED_MUTEX_NO_SLEEP FUTEX_TID_MASK

/* Never sets the waiters bit on a free word: the lock's trylock expects 0.
 * So a free word gives nothing to sleep against: an owner that takes and
 * releases it between this look and the sleep would leave it free without
 * a wake-up (no waiters bit), and the waiter asleep on a free mutex. The
 * wait looks again instead. */
static uint32_t named_mutex_arm(struct pal_object *obj)
{
    _Atomic uint32_t *word = named_mutex_word(obj);
    uint32_t w = atomic_load_explicit(word, memory_order_relaxed);
    while ((w & FUTEX_TID_MASK) && !(w & FUTEX_WAITERS)) {
        if (atomic_compare_exchange_weak_explicit(word, &w, w | FUTEX_WAITERS,
                                                  memory_order_acq_rel, memory_order_relaxed))
            return w | FUTEX_WAITERS;
    }
    return (w & FUTEX_TID_MASK) ? w : NAMED_MUTEX_NO_SLEEP;
}

/* The owner gives the mutex up, once. */
static void named_mutex_unlock(struct pal_object *obj)
{
    struct named_mutex_state *st = named_mutex_state(obj);
    _Atomic uint32_t *word = named_mutex_word(obj);
    if (st->count > 1) {
        st->count--;
        return;
    }
    st->count = 0;
    uint32_t w = atomic_load_explicit(word, memory_order_relaxed);
    pthread_mutex_unlock(&st->lock);
    /* The unlock woke one sleeper; a wait for several objects may not want
     * it, so every sleeper looks. */
    sync_shared_wake(word, w);
    object_release(obj); /* the ownership's: never the last, a handle is held */
}

static void named_mutex_undo_acquire(struct pal_object *obj, struct pal_thread *self)
{
    (void)self;
    named_mutex_unlock(obj);
}

/* When an owner dies the kernel wakes one sleeper; if that one's wait ends
 * without the mutex, the others must look. */
static void named_mutex_wait_ended(struct pal_object *obj)
{
    _Atomic uint32_t *word = named_mutex_word(obj);
    uint32_t w = atomic_load_explicit(word, memory_order_relaxed);
    if ((w & FUTEX_WAITERS) && !(w & FUTEX_TID_MASK))
        futex_wake_shared(word, INT32_MAX);
}

/* Taken with a trylock after a wake-up, the word holds our id alone: a
 * release that stored 0 and woke one sleeper may have left others asleep,
 * whose waiters bit the trylock did not keep (glibc's own lock keeps it for
 * the same reason). Marked again, our release wakes them. */
static void named_mutex_taken_after_sleep(struct pal_object *obj)
{
    _Atomic uint32_t *word = named_mutex_word(obj);
    if ((atomic_load_explicit(word, memory_order_relaxed) & FUTEX_TID_MASK) == thread_current_id())
        atomic_fetch_or_explicit(word, FUTEX_WAITERS, memory_order_relaxed);
}

static const struct shared_wait_ops named_mutex_shared_ops = {
    .word = named_mutex_word,
    .try_acquire = named_mutex_try_acquire,
    .arm = named_mutex_arm,
    .undo_acquire = named_mutex_undo_acquire,
    .wait_ended = named_mutex_wait_ended,
    .taken_after_sleep = named_mutex_taken_after_sleep,
};

/* No lock-free fast path: it can only say "taken", and a take may find the
 * mutex abandoned, which the wait must report. */
static const struct wait_ops named_mutex_wait_ops = {
    .waitable_offset = offsetof(struct named_object, waitable),
    .shared = &named_mutex_shared_ops,
};

const struct handle_ops named_mutex_ops = {
    .type_name = "mutex",
    .destroy = named_destroy,
    .wait = &named_mutex_wait_ops,
};

static void named_mutex_init(void *state, const void *arg)
{
    (void)arg;
    struct named_mutex_state *st = state;
    pthread_mutexattr_t attr;
    pthread_mutexattr_init(&attr);
    pthread_mutexattr_setpshared(&attr, PTHREAD_PROCESS_SHARED);
    pthread_mutexattr_setrobust(&attr, PTHREAD_MUTEX_ROBUST);
    pthread_mutex_init(&st->lock, &attr);
    pthread_mutexattr_destroy(&attr);
    st->count = 0;
}

/* Moves the mutex's state to a named twin (see the top of the file). */
static struct pal_object *mutex_publish(struct pal_object *obj)
{
    struct mutex *m = (struct mutex *)obj;
    struct pal_object *twin = mutex_forward(obj);
    if (twin)
        return twin; /* published before */
    struct pal_thread *self = thread_self_ptr;
    twin = named_create_unique(NAMED_MUTEX, named_mutex_init, NULL);
    if (!twin)
        return NULL;
    struct named_mutex_state *st = named_mutex_state(twin);
    struct sync_wakes wakes = {0};
    bool moved = false, owned = false;
    futex_lock_acquire(&m->waitable.lock);
    /* Under the lock only the lock-free fast path can change `owner`: from
     * free to a taker (then we look again), or a recursion by the owner. */
    struct pal_thread *owner = atomic_load_explicit(&m->owner, memory_order_acquire);
    for (;;) {
        if (owner == MUTEX_PUBLISHED ||
            (owner != NULL && owner != MUTEX_ABANDONED && (owner != self || !self)))
            break; /* published by another thread meanwhile, or owned elsewhere */
        if (owner != NULL && owner == self) {
            /* Ours: the owner itself can take the twin (it is free and
             * nobody else can see it), and only the owner can. Nothing but
             * us changes `owner` from us. */
            if (pthread_mutex_trylock(&st->lock) != 0)
                break;
            st->count = m->count;
            object_addref(twin); /* the ownership's, as a wait would take it */
            owned_remove(self, m);
            m->count = 0;
            owned = true;
        } else if (owner == MUTEX_ABANDONED) {
            /* As the kernel leaves a robust mutex whose owner died: the next
             * taker gets EOWNERDEAD, that is WAIT_ABANDONED. */
            atomic_store_explicit(named_mutex_word(twin), FUTEX_OWNER_DIED, memory_order_relaxed);
        }
        object_addref(twin);
        m->twin = twin;
        if (atomic_compare_exchange_strong_explicit(&m->owner, &owner, MUTEX_PUBLISHED,
                                                    memory_order_release, memory_order_acquire)) {
            moved = true;
            break;
        }
        /* Taken by the fast path meanwhile (owner was free). */
        m->twin = NULL;
        object_release(twin);
        atomic_store_explicit(named_mutex_word(twin), 0, memory_order_relaxed);
    }
    if (moved)
        sync_kick_waiters(&m->obj, &wakes);
    futex_lock_release(&m->waitable.lock);
    sync_wakes_flush(&wakes);
    if (owned)
        object_release(&m->obj); /* the ownership's: never the last, a handle is pinned */
    if (moved)
        return twin;
    object_release(twin);
    if (owner == MUTEX_PUBLISHED)
        return mutex_forward(obj);
    error_set(ERROR_BUSY);
    return NULL;
}

static HANDLE named_mutex_create(const WCHAR *name, BOOL initial_owner)
{
    bool existed;
    HANDLE h = named_create_handle(name, NAMED_MUTEX, &named_mutex_ops, named_mutex_init, NULL,
                                   &existed);
    /* Taken after it became visible (a robust mutex must not be owned
     * before its mapping is final); someone may be quicker: then wait, as
     * the creator owns it on Windows. An existing mutex ignores the flag. */
    if (h && initial_owner && !existed) {
        handle_pin pin;
        struct pal_object *obj = handle_lookup(h, &named_mutex_ops, &pin);
        object_addref(obj);
        handle_unpin(pin);
        DWORD r = sync_wait(&obj, 1, false, INFINITE);
        object_release(obj);
        if (r == WAIT_FAILED) {
            handle_close(h);
            return NULL;
        }
        error_set(ERROR_SUCCESS);
    }
    return h;
}

static HANDLE mutex_create(LPSECURITY_ATTRIBUTES attributes, BOOL initial_owner, const WCHAR *name)
{
    (void)attributes; /* the spec: always NULL */
    if (name && *name)
        return named_mutex_create(name, initial_owner);
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
    HANDLE h = mutex_create(lpMutexAttributes, bInitialOwner, lpName);
    return PAL_TRACE_RETURN(CreateMutexW, HANDLE, "%p", h);
}

BOOL PALAPI ReleaseMutex(HANDLE hMutex)
{
    PAL_TRACE_ENTER(ReleaseMutex, "hMutex=%p", hMutex);
    BOOL ret = FALSE;
    handle_pin pin;
    struct pal_object *obj = handle_lookup(hMutex, NULL, &pin);
    struct mutex *m = obj && obj->ops == &mutex_ops ? (struct mutex *)obj : NULL;
    if (m && atomic_load_explicit(&m->owner, memory_order_acquire) == MUTEX_PUBLISHED) {
        obj = m->twin;
        m = NULL;
    }
    if (obj && obj->ops == &named_mutex_ops) {
        uint32_t w = atomic_load_explicit(named_mutex_word(obj), memory_order_relaxed);
        if ((w & FUTEX_TID_MASK) != thread_current_id()) {
            error_set(ERROR_NOT_OWNER);
        } else {
            named_mutex_unlock(obj);
            ret = TRUE;
        }
    } else if (obj && !m) {
        error_set(ERROR_INVALID_HANDLE);
    }
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
