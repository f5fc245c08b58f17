/*
 * wait.c - the wait engine and WaitForSingleObject.
 *
 * A wait enqueues a link on each object, then sleeps on its wait block's
 * status word, announcing it first (WAITING -> SLEEPING). A signaller,
 * holding the object's lock, claims a waiting block with one CAS (WAITING or
 * SLEEPING -> CLAIMED), takes the signal on its behalf, stores the result and
 * wakes that one thread if it had announced its sleep (after releasing the
 * lock, where the caller allows it); if there was nothing to take after all
 * (a lock-free fast path won it), it puts the block back as it was. A
 * timeout races the same CAS (-> WAIT_TIMEOUT), so a signal is either
 * delivered to exactly one waiter or left on the object, never lost. Deadlines are absolute CLOCK_MONOTONIC
 * times, so spurious wake-ups and EINTR never extend a wait.
 */
#include "internal.h"
#include "thread.h"

#include <errno.h>
#include <sched.h>
#include <time.h>

void futex_lock_slow(futex_lock *lock)
{
    /* Mark the lock contended, then sleep until it is released. */
    while (atomic_exchange_explicit(&lock->state, 2, memory_order_acquire) != 0)
        futex_wait_until(&lock->state, 2, NULL);
}

static void link_append(struct waitable *w, struct wait_link *link)
{
    link->next = NULL;
    link->prev = w->tail;
    if (w->tail)
        w->tail->next = link;
    else
        w->head = link;
    w->tail = link;
}

static void link_remove(struct waitable *w, struct wait_link *link)
{
    if (link->prev)
        link->prev->next = link->next;
    else
        w->head = link->next;
    if (link->next)
        link->next->prev = link->prev;
    else
        w->tail = link->prev;
    link->block = NULL;
}

/* Takes `block` from WAITING or SLEEPING to CLAIMED, and says which in
 * *prev. Another signaller may hold it CLAIMED for a moment (it holds only
 * its own object's lock while it does): wait for that to resolve. False if
 * the wait is already over. */
static bool wait_claim(struct wait_block *block, uint32_t *prev)
{
    uint32_t expected = atomic_load_explicit(&block->status, memory_order_relaxed);
    for (;;) {
        if (expected == WAIT_BLOCK_CLAIMED) {
            __builtin_ia32_pause();
            expected = atomic_load_explicit(&block->status, memory_order_relaxed);
            continue;
        }
        if (expected != WAIT_BLOCK_WAITING && expected != WAIT_BLOCK_SLEEPING)
            return false;
        *prev = expected;
        if (atomic_compare_exchange_weak_explicit(&block->status, &expected, WAIT_BLOCK_CLAIMED,
                                                  memory_order_acquire, memory_order_relaxed))
            return true;
    }
}

/* Gives the block back as it was: a sleeper must stay marked SLEEPING, or the
 * next signaller would not wake it. */
static void wait_unclaim(struct wait_block *block, uint32_t prev)
{
    atomic_store_explicit(&block->status, prev, memory_order_release);
}

/* Wakes the thread sleeping on `block` now, or, with room in `wakes`, once
 * the caller has released the object's lock. */
static void wake_block(struct wait_block *block, struct sync_wakes *wakes)
{
    if (wakes && wakes->count < SYNC_WAKES_DEFERRED)
        wakes->words[wakes->count++] = &block->status;
    else
        futex_wake(&block->status, 1);
}

void sync_wakes_flush(struct sync_wakes *wakes)
{
    /* The woken thread may have seen its status and left already: a wake-up
     * call then finds nobody, or a later wait of that thread, which checks
     * its status and sleeps again. */
    for (unsigned i = 0; i < wakes->count; i++)
        futex_wake(wakes->words[i], 1);
    wakes->count = 0;
}

void sync_wake_waiters(struct pal_object *obj) { sync_wake_waiters_later(obj, NULL); }

void sync_wake_waiters_later(struct pal_object *obj, struct sync_wakes *wakes)
{
    const struct wait_ops *ops = obj->ops->wait;
    struct waitable *w = waitable_of(obj);
    struct wait_link *next;
    for (struct wait_link *link = w->head; link; link = next) {
        next = link->next;
        struct wait_block *block = link->block;
        if (block->wait_all) {
            uint32_t expected = WAIT_BLOCK_WAITING;
            if (atomic_compare_exchange_strong_explicit(&block->status, &expected,
                                                        WAIT_BLOCK_KICKED, memory_order_release,
                                                        memory_order_relaxed))
                wake_block(block, wakes);
            continue; /* it checks all its objects itself; the signal stays */
        }
        uint32_t prev;
        if (!wait_claim(block, &prev))
            continue; /* timed out: it removes its own link */
        DWORD result;
        if (!ops->try_acquire(obj, block->thread, &result)) {
            wait_unclaim(block, prev);
            break; /* nothing left to give */
        }
        uint32_t index = link->index;
        /* Unlink before storing the result: once it is stored the waiter may
         * return, and its links live on its stack. */
        link_remove(w, link);
        atomic_store_explicit(&block->status, result + index, memory_order_release);
        /* A waiter that has not announced its sleep sees the result before
         * it sleeps: no system call for it. */
        if (prev == WAIT_BLOCK_SLEEPING)
            wake_block(block, wakes);
    }
}

static bool deadline_passed(const struct timespec *deadline)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec > deadline->tv_sec ||
           (now.tv_sec == deadline->tv_sec && now.tv_nsec >= deadline->tv_nsec);
}

static void deadline_after(struct timespec *deadline, DWORD ms)
{
    clock_gettime(CLOCK_MONOTONIC, deadline);
    deadline->tv_sec += ms / 1000;
    deadline->tv_nsec += (long)(ms % 1000) * 1000000L;
    if (deadline->tv_nsec >= 1000000000L) {
        deadline->tv_sec++;
        deadline->tv_nsec -= 1000000000L;
    }
}

/* Sleeps until the block is no longer WAITING or SLEEPING, or the deadline
 * passes; then returns its final status. The block goes WAITING -> SLEEPING
 * right before the futex wait, so only a signaller that finds it SLEEPING
 * makes the wake-up call. */
static uint32_t wait_sleep(struct wait_block *block, DWORD timeout)
{
    struct timespec deadline;
    if (timeout != INFINITE && timeout != 0)
        deadline_after(&deadline, timeout);
    unsigned claimed_polls = 0;
    for (;;) {
        uint32_t status = atomic_load_explicit(&block->status, memory_order_acquire);
        if (status == WAIT_BLOCK_CLAIMED) {
            /* A signaller is storing our result under the object lock: a
             * matter of nanoseconds, unless it was preempted. */
            if (++claimed_polls < 100)
                __builtin_ia32_pause();
            else
                sched_yield();
            continue;
        }
        if (status != WAIT_BLOCK_WAITING && status != WAIT_BLOCK_SLEEPING)
            return status;
        bool expired = timeout == 0;
        if (!expired) {
            if (status == WAIT_BLOCK_WAITING &&
                !atomic_compare_exchange_strong_explicit(&block->status, &status,
                                                         WAIT_BLOCK_SLEEPING, memory_order_relaxed,
                                                         memory_order_relaxed))
                continue; /* claimed or satisfied meanwhile */
            status = WAIT_BLOCK_SLEEPING;
            int rc = futex_wait_until(&block->status, WAIT_BLOCK_SLEEPING,
                                      timeout == INFINITE ? NULL : &deadline);
            expired = rc != 0 && errno == ETIMEDOUT;
        }
        if (expired && atomic_compare_exchange_strong_explicit(&block->status, &status,
                                                               WAIT_TIMEOUT, memory_order_acquire,
                                                               memory_order_relaxed))
            return WAIT_TIMEOUT;
    }
}

/* Wait for any one object: enqueue on each in turn, unless one is already
 * signalled, then sleep until a signaller claims the block. */
static DWORD wait_any(struct pal_thread *self, struct pal_object **objs, DWORD count,
                      DWORD timeout)
{
    if (count == 1) {
        const struct wait_ops *ops = objs[0]->ops->wait;
        if (ops->try_acquire_fast && ops->try_acquire_fast(objs[0], self))
            return WAIT_OBJECT_0;
    }

    struct wait_block *block = &self->wait;
    struct wait_link links[MAXIMUM_WAIT_OBJECTS];
    DWORD enqueued = 0;
    bool failed = false;
    block->wait_all = false;
    atomic_store_explicit(&block->status, WAIT_BLOCK_WAITING, memory_order_relaxed);

    for (DWORD i = 0; i < count; i++) {
        struct pal_object *obj = objs[i];
        struct waitable *w = waitable_of(obj);
        futex_lock_acquire(&w->lock);
        uint32_t prev;
        if (!wait_claim(block, &prev)) {
            /* Satisfied through an object enqueued earlier. */
            futex_lock_release(&w->lock);
            break;
        }
        DWORD result;
        if (obj->ops->wait->try_acquire(obj, self, &result)) {
            /* WAIT_FAILED is WAIT_BLOCK_WAITING: end the wait with another
             * status and report the failure after the clean-up below. */
            failed = result == WAIT_FAILED;
            atomic_store_explicit(&block->status, failed ? WAIT_TIMEOUT : result + i,
                                  memory_order_release);
            futex_lock_release(&w->lock);
            break;
        }
        wait_unclaim(block, prev);
        links[i].block = block;
        links[i].index = i;
        link_append(w, &links[i]);
        enqueued = i + 1;
        futex_lock_release(&w->lock);
    }

    uint32_t status = wait_sleep(block, timeout);

    /* Take our remaining links off their objects. A link the signaller
     * removed reads NULL here without the lock: the removal happened before
     * the status we just read was stored. */
    for (DWORD i = 0; i < enqueued; i++) {
        if (!links[i].block)
            continue;
        struct waitable *w = waitable_of(objs[i]);
        futex_lock_acquire(&w->lock);
        if (links[i].block)
            link_remove(w, &links[i]);
        futex_lock_release(&w->lock);
    }
    return failed ? WAIT_FAILED : status;
}

/* The objects of a wait for all, in address order (the lock order), each
 * once. False if an object appears twice. */
static bool wait_lock_order(struct pal_object **objs, DWORD count, struct pal_object **sorted)
{
    for (DWORD i = 0; i < count; i++) {
        DWORD j = i;
        while (j > 0 && (uintptr_t)sorted[j - 1] > (uintptr_t)objs[i]) {
            sorted[j] = sorted[j - 1];
            j--;
        }
        if (j > 0 && sorted[j - 1] == objs[i])
            return false;
        sorted[j] = objs[i];
    }
    return true;
}

static void wait_lock_all(struct pal_object **sorted, DWORD count)
{
    for (DWORD i = 0; i < count; i++)
        futex_lock_acquire(&waitable_of(sorted[i])->lock);
}

static void wait_unlock_all(struct pal_object **sorted, DWORD count)
{
    for (DWORD i = count; i-- > 0;)
        futex_lock_release(&waitable_of(sorted[i])->lock);
}

/* With every lock held: takes all the signals, or none. Returns the wait's
 * result, WAIT_TIMEOUT if some object is not signalled, or WAIT_FAILED if
 * one cannot be taken at all. */
static DWORD wait_take_all(struct pal_thread *self, struct pal_object **objs, DWORD count)
{
    DWORD result = WAIT_OBJECT_0;
    for (DWORD i = 0; i < count; i++) {
        DWORD r;
        bool taken = objs[i]->ops->wait->try_acquire(objs[i], self, &r);
        if (!taken || r == WAIT_FAILED) {
            while (i-- > 0)
                if (objs[i]->ops->wait->undo_acquire)
                    objs[i]->ops->wait->undo_acquire(objs[i], self);
            return taken ? WAIT_FAILED : WAIT_TIMEOUT;
        }
        /* An abandoned mutex among them: WAIT_ABANDONED_0 itself, whatever
         * its index (Windows' wait for all reports no index). */
        if (r != WAIT_OBJECT_0)
            result = r;
    }
    return result;
}

/* Wait for all objects at once: take every lock (in address order), take
 * every signal or none, else sleep until a signaller kicks us and look
 * again. Objects are never seen half-taken by anyone else. */
static DWORD wait_all(struct pal_thread *self, struct pal_object **objs, DWORD count, DWORD timeout)
{
    struct pal_object *sorted[MAXIMUM_WAIT_OBJECTS];
    if (!wait_lock_order(objs, count, sorted)) {
        error_set(ERROR_INVALID_PARAMETER);
        return WAIT_FAILED;
    }
    struct wait_block *block = &self->wait;
    struct wait_link links[MAXIMUM_WAIT_OBJECTS];
    bool enqueued = false;
    struct timespec deadline;
    if (timeout != INFINITE && timeout != 0)
        deadline_after(&deadline, timeout);
    block->wait_all = true;

    for (;;) {
        wait_lock_all(sorted, count);
        DWORD result = wait_take_all(self, objs, count);
        bool expired = result == WAIT_TIMEOUT &&
                       (timeout == 0 || (timeout != INFINITE && deadline_passed(&deadline)));
        if (result != WAIT_TIMEOUT || expired) {
            for (DWORD i = 0; enqueued && i < count; i++)
                link_remove(waitable_of(objs[i]), &links[i]);
            wait_unlock_all(sorted, count);
            return result;
        }
        if (!enqueued) {
            for (DWORD i = 0; i < count; i++) {
                links[i].block = block;
                links[i].index = i;
                link_append(waitable_of(objs[i]), &links[i]);
            }
            enqueued = true;
        }
        /* Under every lock: no signaller can kick us between this store and
         * the unlock, and any kick after it makes the futex wait return. */
        atomic_store_explicit(&block->status, WAIT_BLOCK_WAITING, memory_order_relaxed);
        wait_unlock_all(sorted, count);
        futex_wait_until(&block->status, WAIT_BLOCK_WAITING,
                         timeout == INFINITE ? NULL : &deadline);
    }
}

DWORD sync_wait(struct pal_object **objs, DWORD count, bool all, DWORD timeout)
{
    struct pal_thread *self = thread_self();
    if (!self)
        return WAIT_FAILED;
    if (all && count > 1)
        return wait_all(self, objs, count, timeout);
    return wait_any(self, objs, count, timeout);
}

DWORD PALAPI WaitForSingleObject(HANDLE hHandle, DWORD dwMilliseconds)
{
    PAL_TRACE_ENTER(WaitForSingleObject, "hHandle=%p, dwMilliseconds=%u", hHandle, dwMilliseconds);
    DWORD ret = WAIT_FAILED;
    handle_pin pin;
    struct pal_object *obj = handle_lookup(hHandle, NULL, &pin);
    if (obj) {
        const struct wait_ops *ops = obj->ops->wait;
        if (ops && ops->try_acquire_fast && ops->try_acquire_fast(obj, thread_self())) {
            /* Already signalled: no reference, no lock, no system call. */
            handle_unpin(pin);
            ret = WAIT_OBJECT_0;
        } else if (ops) {
            /* Hold the object, not the handle: closing the handle during the
             * wait must not free what we sleep on. */
            object_addref(obj);
            handle_unpin(pin);
            ret = sync_wait(&obj, 1, false, dwMilliseconds);
            object_release(obj);
        } else {
            handle_unpin(pin);
            error_set(ERROR_INVALID_HANDLE);
        }
    }
    return PAL_TRACE_RETURN(WaitForSingleObject, DWORD, "%#x", ret);
}

/* Resolves every handle to a referenced waitable object; on failure releases
 * what it took and sets ERROR_INVALID_HANDLE. */
static bool wait_resolve(const HANDLE *handles, DWORD count, struct pal_object **objs,
                         handle_pin *pins)
{
    for (DWORD i = 0; i < count; i++) {
        objs[i] = handle_lookup(handles[i], NULL, &pins[i]);
        if (!objs[i] || !objs[i]->ops->wait) {
            handle_unpin(pins[i]);
            while (i-- > 0)
                handle_unpin(pins[i]);
            error_set(ERROR_INVALID_HANDLE);
            return false;
        }
    }
    return true;
}

/* The result of wait_any_lock_free when only the wait engine can tell; no
 * wait returns it. */
#define WAIT_UNDECIDED 0xfffffff0u

/* A wait for any object, without a lock or a system call: takes the first
 * object (in index order) that is signalled, WAIT_TIMEOUT if none is, or
 * WAIT_UNDECIDED as soon as one object cannot tell without its lock. */
static DWORD wait_any_lock_free(struct pal_thread *self, struct pal_object **objs, DWORD count)
{
    for (DWORD i = 0; i < count; i++) {
        const struct wait_ops *ops = objs[i]->ops->wait;
        if (!ops->try_acquire_fast)
            return WAIT_UNDECIDED;
        if (ops->try_acquire_fast(objs[i], self))
            return WAIT_OBJECT_0 + i;
        if (!ops->fast_failure_exact)
            return WAIT_UNDECIDED;
    }
    return WAIT_TIMEOUT;
}

DWORD PALAPI WaitForMultipleObjectsEx(DWORD nCount, CONST HANDLE *lpHandles, BOOL bWaitAll,
                                      DWORD dwMilliseconds, BOOL bAlertable)
{
    PAL_TRACE_ENTER(WaitForMultipleObjectsEx,
                    "nCount=%u, lpHandles=%p, bWaitAll=%d, dwMilliseconds=%u, bAlertable=%d", nCount,
                    lpHandles, bWaitAll, dwMilliseconds, bAlertable);
    /* No APC can be queued before QueueUserAPC exists, so an alertable wait
     * has nothing to run and behaves like any other. */
    DWORD ret = WAIT_FAILED;
    struct pal_object *objs[MAXIMUM_WAIT_OBJECTS];
    handle_pin pins[MAXIMUM_WAIT_OBJECTS];
    if (nCount == 0 || nCount > MAXIMUM_WAIT_OBJECTS) {
        error_set(ERROR_INVALID_PARAMETER);
    } else if (!lpHandles) {
        error_set(ERROR_NOACCESS);
    } else if (wait_resolve(lpHandles, nCount, objs, pins)) {
        /* Already satisfied (or a poll that is not): decided on the pinned
         * objects, with no reference taken, no lock, no system call. */
        if (!bWaitAll || nCount == 1)
            ret = wait_any_lock_free(thread_self(), objs, nCount);
        else
            ret = WAIT_UNDECIDED;
        if (ret == WAIT_TIMEOUT && dwMilliseconds != 0)
            ret = WAIT_UNDECIDED;
        if (ret != WAIT_UNDECIDED) {
            for (DWORD i = 0; i < nCount; i++)
                handle_unpin(pins[i]);
        } else {
            /* Hold the objects, not the handles, while the wait sleeps (see
             * WaitForSingleObject). */
            for (DWORD i = 0; i < nCount; i++) {
                object_addref(objs[i]);
                handle_unpin(pins[i]);
            }
            ret = sync_wait(objs, nCount, bWaitAll != FALSE, dwMilliseconds);
            for (DWORD i = 0; i < nCount; i++)
                object_release(objs[i]);
        }
    }
    return PAL_TRACE_RETURN(WaitForMultipleObjectsEx, DWORD, "%#x", ret);
}

DWORD PALAPI WaitForMultipleObjects(DWORD nCount, CONST HANDLE *lpHandles, BOOL bWaitAll,
                                    DWORD dwMilliseconds)
{
    PAL_TRACE_ENTER(WaitForMultipleObjects,
                    "nCount=%u, lpHandles=%p, bWaitAll=%d, dwMilliseconds=%u", nCount, lpHandles,
                    bWaitAll, dwMilliseconds);
    DWORD ret = WaitForMultipleObjectsEx(nCount, lpHandles, bWaitAll, dwMilliseconds, FALSE);
    return PAL_TRACE_RETURN(WaitForMultipleObjects, DWORD, "%#x", ret);
}
