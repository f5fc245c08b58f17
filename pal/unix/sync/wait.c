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
 * delivered to exactly one waiter or left on the object, never lost.
 * Deadlines are absolute CLOCK_MONOTONIC times, so spurious wake-ups and
 * EINTR never extend a wait.
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

/* A wait for all is never satisfied by a signaller: kicked (WAITING ->
 * KICKED), it takes all its locks and looks at its objects again. */
static void wait_kick(struct wait_block *block, struct sync_wakes *wakes)
{
    uint32_t expected = WAIT_BLOCK_WAITING;
    if (atomic_compare_exchange_strong_explicit(&block->status, &expected, WAIT_BLOCK_KICKED,
                                                memory_order_release, memory_order_relaxed))
        wake_block(block, wakes);
}

/* Walks the object's waiters in order. A wait for all is kicked (it looks
 * at all its objects itself; the signal stays). A wait for any gets what
 * try_acquire gives it, until that gives nothing; or, `forwarding` (the
 * object now forwards its waits to a twin), it ends with WAIT_TIMEOUT and
 * sync_wait_ex runs it again on the twin. */
static inline void waiters_satisfy(struct pal_object *obj, struct sync_wakes *wakes,
                                   bool forwarding)
{
    const struct wait_ops *ops = obj->ops->wait;
    struct waitable *w = waitable_of(obj);
    struct wait_link *next;
    for (struct wait_link *link = w->head; link; link = next) {
        next = link->next;
        struct wait_block *block = link->block;
        if (atomic_load_explicit(&block->wait_all, memory_order_relaxed)) {
            wait_kick(block, wakes);
            continue;
        }
        uint32_t prev;
        if (!wait_claim(block, &prev))
            continue; /* over already (timed out): it removes its own link */
        DWORD status = WAIT_TIMEOUT;
        if (!forwarding) {
            DWORD result;
            if (!ops->try_acquire(obj, block->thread, &result)) {
                wait_unclaim(block, prev);
                break; /* nothing left to give */
            }
            status = result + link->index;
        }
        /* Unlink before storing the status: once it is stored the waiter
         * may return, and its links live on its stack. */
        link_remove(w, link);
        atomic_store_explicit(&block->status, status, memory_order_release);
        /* A waiter that has not announced its sleep sees the status before
         * it sleeps: no system call for it. */
        if (prev == WAIT_BLOCK_SLEEPING)
            wake_block(block, wakes);
    }
}

void sync_wake_waiters_later(struct pal_object *obj, struct sync_wakes *wakes)
{
    waiters_satisfy(obj, wakes, false);
}

void sync_kick_waiters(struct pal_object *obj, struct sync_wakes *wakes)
{
    waiters_satisfy(obj, wakes, true);
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

/* An alertable wait with an APC queued: it ends with WAIT_IO_COMPLETION. */
static bool wait_alerted(struct wait_block *block)
{
    return block->alertable &&
           atomic_load_explicit(&block->thread->apc_pending, memory_order_seq_cst);
}

/* Sleeps until the block is no longer WAITING or SLEEPING, or the deadline
 * passes (NULL: none; `poll`: the wait may not sleep at all); then returns
 * its final status. The block goes WAITING -> SLEEPING right before the
 * futex wait, so only a signaller that finds it SLEEPING makes the wake-up
 * call. With shared objects' words in words[1..nshared] (words[0] is for the
 * block), it sleeps on all of them at once, and also returns
 * WAIT_BLOCK_SLEEPING when one of those changed: the caller looks at the
 * shared objects again. watch_block false: only the shared objects can end
 * the wait (no unnamed object, not alertable), the block is not slept on. */
static uint32_t wait_sleep(struct wait_block *block, bool poll, const struct timespec *deadline,
                           struct futex_waitv *words, unsigned nshared, bool watch_block)
{
    unsigned claimed_polls = 0;
    bool woken = false;
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
        if (woken)
            return WAIT_BLOCK_SLEEPING; /* a shared object changed: look again */
        bool expired = poll;
        if (!expired) {
            /* Sequentially consistent, with the look at apc_pending after it:
             * QueueUserAPC stores apc_pending, then looks at the status
             * (sync_alert), so one of the two sees the other. */
            if (status == WAIT_BLOCK_WAITING &&
                !atomic_compare_exchange_strong_explicit(&block->status, &status,
                                                         WAIT_BLOCK_SLEEPING, memory_order_seq_cst,
                                                         memory_order_relaxed))
                continue; /* claimed or satisfied meanwhile */
            status = WAIT_BLOCK_SLEEPING;
        }
        if (wait_alerted(block)) {
            if (atomic_compare_exchange_strong_explicit(&block->status, &status,
                                                        WAIT_IO_COMPLETION, memory_order_acquire,
                                                        memory_order_relaxed))
                return WAIT_IO_COMPLETION;
            continue;
        }
        if (!expired) {
            int rc;
            if (nshared == 1 && !watch_block) {
                /* Nothing but one shared object can end this wait. */
                rc = futex_wait_shared_until((_Atomic uint32_t *)(uintptr_t)words[1].uaddr,
                                             (uint32_t)words[1].val, deadline);
            } else if (nshared) {
                futex_waitv_set(&words[0], &block->status, WAIT_BLOCK_SLEEPING, false);
                rc = futex_waitv_until(words, nshared + 1, deadline);
            } else {
                rc = futex_wait_until(&block->status, WAIT_BLOCK_SLEEPING, deadline);
            }
            expired = rc < 0 && errno == ETIMEDOUT;
            woken = nshared && !expired;
        }
        if (expired && atomic_compare_exchange_strong_explicit(&block->status, &status,
                                                               WAIT_TIMEOUT, memory_order_acquire,
                                                               memory_order_relaxed))
            return WAIT_TIMEOUT;
    }
}

/* Tries shared object `obj` (index i) for a wait for any: claims the block
 * so that no signaller of another object satisfies it meanwhile. True if
 * the wait is over (this object's result stored, or another's already). */
static bool wait_try_shared(struct wait_block *block, struct pal_thread *self,
                            struct pal_object *obj, DWORD i, uint32_t seen, bool *failed)
{
    uint32_t prev;
    if (!wait_claim(block, &prev))
        return true;
    DWORD result;
    if (obj->ops->wait->shared->try_acquire(obj, self, seen, &result)) {
        /* WAIT_FAILED is WAIT_BLOCK_WAITING: see wait_any. */
        *failed = result == WAIT_FAILED;
        atomic_store_explicit(&block->status, *failed ? WAIT_TIMEOUT : result + i,
                              memory_order_release);
        return true;
    }
    wait_unclaim(block, prev);
    return false;
}

/* wait_try_shared on each shared object in index order; true once the wait
 * is over. */
static bool wait_try_all_shared(struct wait_block *block, struct pal_thread *self,
                                struct pal_object **objs, const DWORD *shared_index,
                                unsigned nshared, const uint32_t *seen, bool *failed)
{
    for (unsigned k = 0; k < nshared; k++) {
        DWORD i = shared_index[k];
        if (wait_try_shared(block, self, objs[i], i, seen[i], failed))
            return true;
    }
    return false;
}

/* The wait is over: every shared object it did not take (all of them if
 * `taken` is count) passes on what it may owe other waiters. */
static void wait_end_shared(struct pal_object **objs, DWORD count, DWORD taken)
{
    for (DWORD i = 0; i < count; i++) {
        const struct shared_wait_ops *sops = objs[i]->ops->wait->shared;
        if (sops && sops->wait_ended && i != taken)
            sops->wait_ended(objs[i]);
    }
}

/* The wait slept on shared words, then took objs[taken] (count: every one,
 * a wait for all), or took nothing (taken out of range). */
static void wait_taken_after_sleep(struct pal_object **objs, DWORD count, DWORD taken)
{
    for (DWORD i = 0; i < count; i++) {
        const struct shared_wait_ops *sops = objs[i]->ops->wait->shared;
        if (sops && sops->taken_after_sleep && (taken == count || i == taken))
            sops->taken_after_sleep(objs[i]);
    }
}

/* Which object a wait for any took, or count. */
static DWORD wait_taken_index(DWORD status, DWORD count)
{
    if (status < WAIT_OBJECT_0 + count)
        return status - WAIT_OBJECT_0;
    if (status >= WAIT_ABANDONED_0 && status < WAIT_ABANDONED_0 + count)
        return status - WAIT_ABANDONED_0;
    return count;
}

/* Wait for any one object: enqueue on each in turn, unless one is already
 * signalled, then sleep until a signaller claims the block. Shared objects
 * are not enqueued on: they are tried, then slept on. */
static DWORD wait_any(struct pal_thread *self, struct pal_object **objs, DWORD count, bool poll,
                      const struct timespec *deadline)
{
    if (count == 1) {
        const struct wait_ops *ops = objs[0]->ops->wait;
        if (ops->try_acquire_fast && ops->try_acquire_fast(objs[0], self))
            return WAIT_OBJECT_0;
    }

    struct wait_block *block = &self->wait;
    struct wait_link links_array[MAXIMUM_WAIT_OBJECTS];
    struct wait_link *links = count == 1 ? &block->single : links_array;
    uint32_t seen[MAXIMUM_WAIT_OBJECTS];
    DWORD shared_index[MAXIMUM_WAIT_OBJECTS];
    unsigned nshared = 0;
    DWORD enqueued = 0;
    bool failed = false, over = false, slept = false;
    atomic_store_explicit(&block->wait_all, false, memory_order_relaxed);
    atomic_store_explicit(&block->status, WAIT_BLOCK_WAITING, memory_order_relaxed);

    for (DWORD i = 0; i < count && !over; i++) {
        struct pal_object *obj = objs[i];
        const struct shared_wait_ops *sops = obj->ops->wait->shared;
        if (sops) {
            links[i].block = NULL;
            enqueued = i + 1;
            seen[i] = atomic_load_explicit(sops->word(obj), memory_order_acquire);
            shared_index[nshared++] = i;
            over = wait_try_shared(block, self, obj, i, seen[i], &failed);
            continue;
        }
        struct waitable *w = waitable_of(obj);
        futex_lock_acquire(&w->lock);
        uint32_t prev;
        if (!wait_claim(block, &prev)) {
            /* Satisfied through an object enqueued earlier. */
            futex_lock_release(&w->lock);
            over = true;
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
            over = true;
            break;
        }
        wait_unclaim(block, prev);
        links[i].block = block;
        links[i].index = i;
        link_append(w, &links[i]);
        enqueued = i + 1;
        futex_lock_release(&w->lock);
    }

    uint32_t status;
    if (nshared == 0 || over) {
        status = wait_sleep(block, poll, deadline, NULL, 0, true);
    } else {
        struct futex_waitv words[MAXIMUM_WAIT_OBJECTS + 1];
        for (;;) {
            /* Arm, then look once more: a change after the arm wakes the
             * sleep below, one before it is seen by this look. */
            for (unsigned k = 0; k < nshared; k++) {
                struct pal_object *obj = objs[shared_index[k]];
                const struct shared_wait_ops *sops = obj->ops->wait->shared;
                futex_waitv_set(&words[k + 1], sops->word(obj), sops->arm(obj), true);
            }
            wait_try_all_shared(block, self, objs, shared_index, nshared, seen, &failed);
            status = wait_sleep(block, poll, deadline, words, nshared,
                                block->alertable || nshared < count);
            slept = !poll;
            if (status != WAIT_BLOCK_SLEEPING)
                break;
            /* Woken by a change: look before arming again, so that taking
             * what changed leaves no waiters bit behind (which would cost
             * the next signaller a wake-up call for nobody). */
            if (wait_try_all_shared(block, self, objs, shared_index, nshared, seen, &failed)) {
                status = wait_sleep(block, true, NULL, NULL, 0, true);
                break;
            }
        }
    }

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
    if (nshared) {
        DWORD taken = failed ? count : wait_taken_index(status, count);
        wait_end_shared(objs, count, taken);
        if (slept && taken < count)
            wait_taken_after_sleep(objs, count, taken);
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

static bool wait_take_one(struct pal_thread *self, struct pal_object *obj, DWORD *result)
{
    const struct shared_wait_ops *sops = obj->ops->wait->shared;
    if (sops)
        return sops->try_acquire(obj, self,
                                 atomic_load_explicit(sops->word(obj), memory_order_acquire),
                                 result);
    return obj->ops->wait->try_acquire(obj, self, result);
}

static void wait_untake_one(struct pal_thread *self, struct pal_object *obj)
{
    const struct wait_ops *ops = obj->ops->wait;
    if (ops->shared)
        ops->shared->undo_acquire(obj, self);
    else if (ops->undo_acquire)
        ops->undo_acquire(obj, self);
}

/* With every lock held: takes all the signals, or none. Returns the wait's
 * result, WAIT_TIMEOUT if some object is not signalled, or WAIT_FAILED if
 * one cannot be taken at all. Shared objects are taken and, if the wait
 * cannot complete, given back: other processes do not take our locks, so
 * for them the wait is all or nothing in its result, not in every instant. */
static DWORD wait_take_all(struct pal_thread *self, struct pal_object **objs, DWORD count)
{
    DWORD result = WAIT_OBJECT_0;
    for (DWORD i = 0; i < count; i++) {
        DWORD r;
        bool taken = wait_take_one(self, objs[i], &r);
        if (!taken || r == WAIT_FAILED) {
            while (i-- > 0)
                wait_untake_one(self, objs[i]);
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
 * every signal or none, else sleep until a signaller kicks us (or a shared
 * object's word changes) and look again. Objects of this process are never
 * seen half-taken by anyone else. */
static DWORD wait_all(struct pal_thread *self, struct pal_object **objs, DWORD count, bool poll,
                      const struct timespec *deadline)
{
    struct pal_object *sorted[MAXIMUM_WAIT_OBJECTS];
    if (!wait_lock_order(objs, count, sorted)) {
        error_set(ERROR_INVALID_PARAMETER);
        return WAIT_FAILED;
    }
    struct wait_block *block = &self->wait;
    struct wait_link links[MAXIMUM_WAIT_OBJECTS];
    struct futex_waitv words[MAXIMUM_WAIT_OBJECTS + 1];
    bool enqueued = false, slept = false;
    atomic_store_explicit(&block->wait_all, true, memory_order_relaxed);

    for (;;) {
        wait_lock_all(sorted, count);
        /* Armed before the attempt: a shared object that changes after it
         * ends the sleep below at once. */
        unsigned nshared = 0;
        for (DWORD i = 0; i < count; i++) {
            const struct shared_wait_ops *sops = objs[i]->ops->wait->shared;
            if (sops)
                futex_waitv_set(&words[++nshared], sops->word(objs[i]), sops->arm(objs[i]), true);
        }
        DWORD result = wait_take_all(self, objs, count);
        bool expired = result == WAIT_TIMEOUT && (poll || (deadline && deadline_passed(deadline)));
        if (result == WAIT_TIMEOUT && wait_alerted(block))
            result = WAIT_IO_COMPLETION; /* objects first, then APCs, as Windows */
        if (result != WAIT_TIMEOUT || expired) {
            for (DWORD i = 0; enqueued && i < count; i++)
                if (!objs[i]->ops->wait->shared)
                    link_remove(waitable_of(objs[i]), &links[i]);
            wait_unlock_all(sorted, count);
            if (nshared && result != WAIT_OBJECT_0 && result != WAIT_ABANDONED_0)
                wait_end_shared(objs, count, count);
            else if (nshared && slept)
                wait_taken_after_sleep(objs, count, count);
            return result;
        }
        if (!enqueued) {
            for (DWORD i = 0; i < count; i++) {
                if (objs[i]->ops->wait->shared)
                    continue;
                links[i].block = block;
                links[i].index = i;
                link_append(waitable_of(objs[i]), &links[i]);
            }
            enqueued = true;
        }
        /* Under every lock: no signaller can kick us between this store and
         * the unlock, and any kick after it makes the futex wait return. */
        atomic_store_explicit(&block->status, WAIT_BLOCK_WAITING, memory_order_seq_cst);
        wait_unlock_all(sorted, count);
        if (wait_alerted(block))
            continue; /* an APC came before we announced the wait: see sync_alert */
        if (nshared) {
            futex_waitv_set(&words[0], &block->status, WAIT_BLOCK_WAITING, false);
            futex_waitv_until(words, nshared + 1, deadline);
            slept = true;
        } else {
            futex_wait_until(&block->status, WAIT_BLOCK_WAITING, deadline);
        }
    }
}

void sync_alert(struct pal_thread *thread)
{
    /* apc_pending is set (sequentially consistent) before this look. A
     * sleeper of a wait for any is put back to WAITING: it wakes (the word
     * changed, and it is woken), looks at apc_pending and ends its wait; one
     * that has not announced its sleep will see apc_pending when it does. A
     * wait for all sleeps on WAITING: it is kicked, as signallers do. An
     * old status of a previous wait only costs a spurious wake-up. */
    struct wait_block *block = &thread->wait;
    uint32_t status = atomic_load_explicit(&block->status, memory_order_seq_cst);
    if (status == WAIT_BLOCK_SLEEPING)
        atomic_compare_exchange_strong_explicit(&block->status, &status, WAIT_BLOCK_WAITING,
                                                memory_order_release, memory_order_relaxed);
    else if (status == WAIT_BLOCK_WAITING &&
             atomic_load_explicit(&block->wait_all, memory_order_relaxed))
        atomic_compare_exchange_strong_explicit(&block->status, &status, WAIT_BLOCK_KICKED,
                                                memory_order_release, memory_order_relaxed);
    futex_wake(&block->status, 1);
}

DWORD sync_wait(struct pal_object **objs, DWORD count, bool all, DWORD timeout)
{
    return sync_wait_ex(objs, count, all, timeout, false);
}

/* Replaces in objs each object that forwards its waits by its twin (held:
 * we hold a reference on it). True if any was replaced. */
static bool wait_forward(struct pal_object **objs, DWORD count, bool *held)
{
    bool any = false;
    for (DWORD i = 0; i < count; i++) {
        const struct wait_ops *ops = objs[i]->ops->wait;
        struct pal_object *twin = ops->forward ? ops->forward(objs[i]) : NULL;
        if (!twin)
            continue;
        if (held[i])
            object_release(objs[i]);
        objs[i] = twin;
        held[i] = true;
        any = true;
    }
    return any;
}

DWORD sync_wait_ex(struct pal_object **objs, DWORD count, bool all, DWORD timeout,
                   bool alertable)
{
    struct pal_thread *self = thread_self();
    if (!self)
        return WAIT_FAILED;
    self->wait.alertable = alertable;
    /* One absolute deadline for the whole wait: spurious wake-ups and
     * retries never extend it. */
    struct timespec deadline;
    bool poll = timeout == 0;
    if (timeout != INFINITE && !poll)
        deadline_after(&deadline, timeout);
    const struct timespec *until = timeout == INFINITE || poll ? NULL : &deadline;
    /* Objects made shared meanwhile are waited for through their twins; one
     * made shared during the wait ends it (WAIT_TIMEOUT or WAIT_FAILED), and
     * it runs again, as if it had begun on the twins. */
    struct pal_object *waited[MAXIMUM_WAIT_OBJECTS];
    bool held[MAXIMUM_WAIT_OBJECTS];
    for (DWORD i = 0; i < count; i++) {
        waited[i] = objs[i];
        held[i] = false;
    }
    bool forwarded = wait_forward(waited, count, held);
    DWORD error = error_last_error;
    DWORD result;
    for (;;) {
        result = all && count > 1 ? wait_all(self, waited, count, poll, until)
                                  : wait_any(self, waited, count, poll, until);
        if ((result != WAIT_TIMEOUT && result != WAIT_FAILED) || !wait_forward(waited, count, held))
            break;
        forwarded = true;
        error_last_error = error;
    }
    for (DWORD i = 0; forwarded && i < count; i++)
        if (held[i])
            object_release(waited[i]);
    if (result == WAIT_IO_COMPLETION)
        thread_run_apcs(self);
    return result;
}

DWORD PALAPI WaitForSingleObject(HANDLE hHandle, DWORD dwMilliseconds)
{
    PAL_TRACE_ENTER(WaitForSingleObject, "hHandle=%p, dwMilliseconds=%u", hHandle, dwMilliseconds);
    DWORD ret = WAIT_FAILED;
    struct pal_object *obj;
    struct pal_thread *self = thread_self();
    /* A read section, not a pin: nothing written to the handle's slot, which
     * a ping-pong partner signalling the object would otherwise take from
     * this processor's cache each time. */
    handle_read_section section = handle_read_begin();
    if (!self || !handle_peek_waitables(&hHandle, 1, &obj)) {
        handle_read_end(section);
        if (self)
            error_set(ERROR_INVALID_HANDLE);
    } else if (obj->ops->wait->try_acquire_fast && obj->ops->wait->try_acquire_fast(obj, self)) {
        /* Already signalled: no reference, no lock, no system call. */
        handle_read_end(section);
        ret = WAIT_OBJECT_0;
    } else {
        /* Hold the object, not the handle: closing the handle during the
         * wait must not free what we sleep on. */
        object_addref(obj);
        handle_read_end(section);
        ret = sync_wait(&obj, 1, false, dwMilliseconds);
        object_release(obj);
    }
    return PAL_TRACE_RETURN(WaitForSingleObject, DWORD, "%#x", ret);
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
    DWORD ret = WAIT_FAILED;
    struct pal_object *objs[MAXIMUM_WAIT_OBJECTS];
    if (nCount == 0 || nCount > MAXIMUM_WAIT_OBJECTS) {
        error_set(ERROR_INVALID_PARAMETER);
    } else if (!lpHandles) {
        error_set(ERROR_NOACCESS);
    } else {
        /* The handles are resolved in a read section, not pinned one by one:
         * a wait already satisfied (or a poll that is not) is decided with
         * no reference taken, no lock, no system call, and two atomic
         * operations for all the handles. */
        handle_read_section section = handle_read_begin();
        if (!handle_peek_waitables(lpHandles, nCount, objs)) {
            handle_read_end(section);
            error_set(ERROR_INVALID_HANDLE);
        } else {
            if (!bWaitAll || nCount == 1)
                ret = wait_any_lock_free(thread_self(), objs, nCount);
            else
                ret = WAIT_UNDECIDED;
            /* An alertable poll that finds nothing may still have APCs to
             * run. */
            if (ret == WAIT_TIMEOUT && (dwMilliseconds != 0 || bAlertable))
                ret = WAIT_UNDECIDED;
            if (ret != WAIT_UNDECIDED) {
                handle_read_end(section);
            } else {
                /* Hold the objects, not the handles, while the wait sleeps
                 * (see WaitForSingleObject). */
                for (DWORD i = 0; i < nCount; i++)
                    object_addref(objs[i]);
                handle_read_end(section);
                ret = sync_wait_ex(objs, nCount, bWaitAll != FALSE, dwMilliseconds,
                                   bAlertable != FALSE);
                for (DWORD i = 0; i < nCount; i++)
                    object_release(objs[i]);
            }
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
