/*
 * semaphore.c - unnamed semaphores: CreateSemaphoreA/W, ReleaseSemaphore.
 *
 * A wait takes one unit of `count` with a CAS loop, with or without the
 * lock, so a wait on an available semaphore needs no lock and no system call.
 * ReleaseSemaphore adds under the lock: a waiter that found the count at 0
 * queues itself under the same lock, so it cannot miss the release, and a
 * wait for all that gives a unit back (undo_acquire, lock held) can never
 * push the count past the maximum.
 *
 * An unnamed semaphore made shared (PAL_LocalHandleToRemote:
 * semaphore_publish) moves its count to a named twin no client can name, as
 * events do (sync/event.c): `count` becomes SEMAPHORE_PUBLISHED for good, in
 * one atomic step, and every operation that sees the mark goes to the twin.
 */
#include "internal.h"
#include "named.h"
#include "thread.h"

#include <stdlib.h>

/* `count` of a semaphore whose count lives in its twin. */
#define SEMAPHORE_PUBLISHED (-1)

struct semaphore {
    struct pal_object obj;
    struct waitable waitable;
    LONG maximum;
    _Atomic int32_t count;
    /* The named twin, set (with a reference) before `count` becomes
     * SEMAPHORE_PUBLISHED. */
    struct pal_object *twin;
};

static void semaphore_destroy(struct pal_object *obj)
{
    struct semaphore *sem = (struct semaphore *)obj;
    if (sem->twin)
        object_release(sem->twin);
    free(obj);
}

static struct pal_object *semaphore_forward(struct pal_object *obj)
{
    struct semaphore *sem = (struct semaphore *)obj;
    if (atomic_load_explicit(&sem->count, memory_order_acquire) != SEMAPHORE_PUBLISHED)
        return NULL;
    object_addref(sem->twin);
    return sem->twin;
}

static bool named_semaphore_try_acquire_fast(struct pal_object *obj, struct pal_thread *self);

static bool semaphore_try_acquire_fast(struct pal_object *obj, struct pal_thread *self)
{
    struct semaphore *sem = (struct semaphore *)obj;
    int32_t count = atomic_load_explicit(&sem->count, memory_order_acquire);
    while (count > 0) {
        if (atomic_compare_exchange_weak_explicit(&sem->count, &count, count - 1,
                                                  memory_order_acquire, memory_order_acquire))
            return true;
    }
    return count == SEMAPHORE_PUBLISHED && named_semaphore_try_acquire_fast(sem->twin, self);
}

static bool semaphore_try_acquire(struct pal_object *obj, struct pal_thread *self, DWORD *result)
{
    struct semaphore *sem = (struct semaphore *)obj;
    if (atomic_load_explicit(&sem->count, memory_order_relaxed) == SEMAPHORE_PUBLISHED) {
        /* Lock held, so the mark is final: run the wait again on the twin. */
        *result = WAIT_FAILED;
        return true;
    }
    *result = WAIT_OBJECT_0;
    return semaphore_try_acquire_fast(obj, self);
}

static void semaphore_undo_acquire(struct pal_object *obj, struct pal_thread *self)
{
    (void)self;
    struct semaphore *sem = (struct semaphore *)obj;
    atomic_fetch_add_explicit(&sem->count, 1, memory_order_relaxed);
}

static const struct wait_ops semaphore_wait_ops = {
    .waitable_offset = offsetof(struct semaphore, waitable),
    .try_acquire = semaphore_try_acquire,
    .try_acquire_fast = semaphore_try_acquire_fast,
    .undo_acquire = semaphore_undo_acquire,
    /* The fast path fails only when the count is 0. */
    .fast_failure_exact = true,
    .forward = semaphore_forward,
};

static struct pal_object *semaphore_publish(struct pal_object *obj);

static const struct handle_ops semaphore_ops = {
    .type_name = "semaphore",
    .destroy = semaphore_destroy,
    .wait = &semaphore_wait_ops,
    .publish = semaphore_publish,
};

/* Named semaphores. */
#define NAMED_SEMAPHORE_COUNT 0x7fffffffu

struct named_semaphore_state {
    _Atomic uint32_t word; /* the count, and SHARED_WAITERS */
    int32_t maximum;
};

static struct named_semaphore_state *named_semaphore_state(struct pal_object *obj)
{
    return named_state((struct named_object *)obj);
}

static _Atomic uint32_t *named_semaphore_word(struct pal_object *obj)
{
    return &named_semaphore_state(obj)->word;
}

static bool named_semaphore_try_acquire(struct pal_object *obj, struct pal_thread *self,
                                        uint32_t seen, DWORD *result)
{
    (void)self, (void)seen;
    _Atomic uint32_t *word = named_semaphore_word(obj);
    *result = WAIT_OBJECT_0;
    uint32_t w = atomic_load_explicit(word, memory_order_relaxed);
    while (w & NAMED_SEMAPHORE_COUNT) {
        if (atomic_compare_exchange_weak_explicit(word, &w, w - 1, memory_order_acquire,
                                                  memory_order_relaxed))
            return true;
    }
    return false;
}

static bool named_semaphore_try_acquire_fast(struct pal_object *obj, struct pal_thread *self)
{
    DWORD result;
    return named_semaphore_try_acquire(obj, self, 0, &result);
}

static uint32_t named_semaphore_arm(struct pal_object *obj)
{
    return sync_shared_arm(named_semaphore_word(obj));
}

/* Adds `n` units; false (nothing changed) past the maximum. */
static bool named_semaphore_release(struct pal_object *obj, uint32_t n, uint32_t *previous)
{
    struct named_semaphore_state *st = named_semaphore_state(obj);
    uint32_t w = atomic_load_explicit(&st->word, memory_order_relaxed);
    do {
        *previous = w & NAMED_SEMAPHORE_COUNT;
        if ((uint64_t)*previous + n > (uint64_t)st->maximum)
            return false;
    } while (!atomic_compare_exchange_weak_explicit(&st->word, &w, *previous + n,
                                                    memory_order_release, memory_order_relaxed));
    sync_shared_wake(&st->word, w);
    return true;
}

static void named_semaphore_undo_acquire(struct pal_object *obj, struct pal_thread *self)
{
    (void)self;
    uint32_t previous;
    /* Other processes may have released up to the maximum since we took our
     * unit (they do not take our locks): then it is not given back. */
    named_semaphore_release(obj, 1, &previous);
}

static const struct shared_wait_ops named_semaphore_shared_ops = {
    .word = named_semaphore_word,
    .try_acquire = named_semaphore_try_acquire,
    .arm = named_semaphore_arm,
    .undo_acquire = named_semaphore_undo_acquire,
};

static const struct wait_ops named_semaphore_wait_ops = {
    .waitable_offset = offsetof(struct named_object, waitable),
    .try_acquire_fast = named_semaphore_try_acquire_fast,
    .fast_failure_exact = true,
    .shared = &named_semaphore_shared_ops,
};

const struct handle_ops named_semaphore_ops = {
    .type_name = "semaphore",
    .destroy = named_destroy,
    .wait = &named_semaphore_wait_ops,
};

struct named_semaphore_init {
    LONG initial, maximum;
};

static void named_semaphore_init(void *state, const void *arg)
{
    const struct named_semaphore_init *init = arg;
    struct named_semaphore_state *st = state;
    st->maximum = init->maximum;
    atomic_init(&st->word, (uint32_t)init->initial);
}

/* Moves the count to a named twin (see the top of the file). */
static struct pal_object *semaphore_publish(struct pal_object *obj)
{
    struct semaphore *sem = (struct semaphore *)obj;
    struct pal_object *twin = semaphore_forward(obj);
    if (twin)
        return twin; /* published before */
    struct named_semaphore_init init = {0, sem->maximum};
    twin = named_create_unique(NAMED_SEMAPHORE, named_semaphore_init, &init);
    if (!twin)
        return NULL;
    struct sync_wakes wakes = {0};
    futex_lock_acquire(&sem->waitable.lock);
    int32_t count = atomic_load_explicit(&sem->count, memory_order_acquire);
    if (count == SEMAPHORE_PUBLISHED) {
        futex_lock_release(&sem->waitable.lock);
        object_release(twin);
        return semaphore_forward(obj);
    }
    /* Nobody else sees the twin yet; the CAS fails only if a lock-free wait
     * took a unit meanwhile: copy again. */
    object_addref(twin);
    sem->twin = twin;
    do
        atomic_store_explicit(named_semaphore_word(twin), (uint32_t)count, memory_order_relaxed);
    while (!atomic_compare_exchange_weak_explicit(&sem->count, &count, SEMAPHORE_PUBLISHED,
                                                  memory_order_release, memory_order_acquire));
    sync_kick_waiters(&sem->obj, &wakes);
    futex_lock_release(&sem->waitable.lock);
    sync_wakes_flush(&wakes);
    return twin;
}

static HANDLE semaphore_create(LPSECURITY_ATTRIBUTES attributes, LONG initial, LONG maximum,
                               const WCHAR *name)
{
    (void)attributes; /* the spec: always NULL */
    if (initial < 0 || maximum <= 0 || initial > maximum) {
        error_set(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (name && *name) {
        struct named_semaphore_init init = {initial, maximum};
        bool existed;
        return named_create_handle(name, NAMED_SEMAPHORE, &named_semaphore_ops,
                                   named_semaphore_init, &init, &existed);
    }
    struct semaphore *sem = malloc(sizeof(*sem));
    if (!sem) {
        error_set(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    object_init(&sem->obj, &semaphore_ops);
    waitable_init(&sem->waitable);
    sem->maximum = maximum;
    atomic_init(&sem->count, initial);
    sem->twin = NULL;
    return handle_alloc_created(&sem->obj);
}

HANDLE PALAPI CreateSemaphoreW(LPSECURITY_ATTRIBUTES lpSemaphoreAttributes, LONG lInitialCount,
                               LONG lMaximumCount, LPCWSTR lpName)
{
    PAL_TRACE_ENTER(CreateSemaphoreW,
                    "lpSemaphoreAttributes=%p, lInitialCount=%d, lMaximumCount=%d, "
                    "lpName=%p L\"%ws\"",
                    lpSemaphoreAttributes, lInitialCount, lMaximumCount, PAL_TRACE_WSTR(lpName));
    HANDLE h = semaphore_create(lpSemaphoreAttributes, lInitialCount, lMaximumCount, lpName);
    return PAL_TRACE_RETURN(CreateSemaphoreW, HANDLE, "%p", h);
}

HANDLE PALAPI CreateSemaphoreA(LPSECURITY_ATTRIBUTES lpSemaphoreAttributes, LONG lInitialCount,
                               LONG lMaximumCount, LPCSTR lpName)
{
    PAL_TRACE_ENTER(CreateSemaphoreA,
                    "lpSemaphoreAttributes=%p, lInitialCount=%d, lMaximumCount=%d, "
                    "lpName=%p \"%s\"",
                    lpSemaphoreAttributes, lInitialCount, lMaximumCount, PAL_TRACE_STR(lpName));
    WCHAR name[MAX_PATH + 2];
    HANDLE h = NULL;
    if (named_name_from_ansi(lpName, name))
        h = semaphore_create(lpSemaphoreAttributes, lInitialCount, lMaximumCount,
                             lpName ? name : NULL);
    return PAL_TRACE_RETURN(CreateSemaphoreA, HANDLE, "%p", h);
}

BOOL PALAPI ReleaseSemaphore(HANDLE hSemaphore, LONG lReleaseCount, LPLONG lpPreviousCount)
{
    PAL_TRACE_ENTER(ReleaseSemaphore, "hSemaphore=%p, lReleaseCount=%d, lpPreviousCount=%p",
                    hSemaphore, lReleaseCount, lpPreviousCount);
    BOOL ret = FALSE;
    int32_t previous = 0;
    handle_pin pin = 0;
    struct semaphore *sem = NULL;
    struct pal_object *obj = NULL;
    if (lReleaseCount <= 0)
        error_set(ERROR_INVALID_PARAMETER);
    else
        obj = handle_lookup(hSemaphore, NULL, &pin);
    if (obj && obj->ops == &semaphore_ops) {
        sem = (struct semaphore *)obj;
        /* Made shared: its count is the twin's. The mark is final once
         * seen; if it is not seen here, the lock below sees it. */
        if (atomic_load_explicit(&sem->count, memory_order_acquire) == SEMAPHORE_PUBLISHED) {
            obj = sem->twin;
            sem = NULL;
        }
    }
    if (sem) {
        struct sync_wakes wakes = {0};
        futex_lock_acquire(&sem->waitable.lock);
        /* Only lock-free waits can change the count meanwhile, and only
         * downwards: the check stays true for the value the CAS replaces.
         * Publication takes the lock: the mark cannot appear now. */
        previous = atomic_load_explicit(&sem->count, memory_order_acquire);
        if (previous == SEMAPHORE_PUBLISHED) {
            futex_lock_release(&sem->waitable.lock);
            obj = sem->twin;
            sem = NULL;
        } else {
            do {
                if ((int64_t)previous + lReleaseCount > sem->maximum) {
                    error_set(ERROR_TOO_MANY_POSTS);
                    break;
                }
            } while (!(ret = atomic_compare_exchange_weak_explicit(
                           &sem->count, &previous, previous + lReleaseCount,
                           memory_order_release, memory_order_relaxed)));
            if (ret && waitable_has_waiters(&sem->waitable))
                sync_wake_waiters_later(&sem->obj, &wakes);
            futex_lock_release(&sem->waitable.lock);
            /* After unlocking: a woken waiter may need the lock at once. */
            sync_wakes_flush(&wakes);
        }
    }
    if (obj && obj->ops == &named_semaphore_ops) {
        uint32_t prev;
        ret = named_semaphore_release(obj, (uint32_t)lReleaseCount, &prev);
        if (!ret)
            error_set(ERROR_TOO_MANY_POSTS);
        previous = (int32_t)prev;
    } else if (obj && obj->ops != &semaphore_ops) {
        error_set(ERROR_INVALID_HANDLE);
    }
    handle_unpin(pin);
    /* Written only on success, as Windows does. */
    if (ret && lpPreviousCount)
        *lpPreviousCount = previous;
    return PAL_TRACE_RETURN(ReleaseSemaphore, BOOL, "%d", ret);
}
