/*
 * futex.h - the futex system call and a small futex-based lock.
 *
 * Every blocking primitive of the PAL sleeps on a futex word; nothing polls.
 */
#ifndef PAL_UNIX_FUTEX_H
#define PAL_UNIX_FUTEX_H

#include <linux/futex.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

/* Sleeps while *word == expected, until woken or the absolute CLOCK_MONOTONIC
 * deadline passes (NULL: no deadline). Returns 0, or -1 with errno (ETIMEDOUT,
 * EAGAIN when the word already changed, EINTR). */
static inline int futex_wait_until(_Atomic uint32_t *word, uint32_t expected,
                                   const struct timespec *deadline)
{
    return (int)syscall(SYS_futex, word, FUTEX_WAIT_BITSET | FUTEX_PRIVATE_FLAG, expected,
                        deadline, NULL, FUTEX_BITSET_MATCH_ANY);
}

static inline void futex_wake(_Atomic uint32_t *word, int count)
{
    syscall(SYS_futex, word, FUTEX_WAKE | FUTEX_PRIVATE_FLAG, count, NULL, NULL, 0);
}

/* Shared futexes: words in memory mapped by several processes (named
 * objects, sync/named.c). */
static inline void futex_wake_shared(_Atomic uint32_t *word, int count)
{
    syscall(SYS_futex, word, FUTEX_WAKE, count, NULL, NULL, 0);
}

/* futex_wait_until on a shared word. */
static inline int futex_wait_shared_until(_Atomic uint32_t *word, uint32_t expected,
                                          const struct timespec *deadline)
{
    return (int)syscall(SYS_futex, word, FUTEX_WAIT_BITSET, expected, deadline, NULL,
                        FUTEX_BITSET_MATCH_ANY);
}

/* One word of a futex_waitv_until: `shared` for a word other processes may
 * wake (a named object's), else private (this process's own wait block). */
static inline void futex_waitv_set(struct futex_waitv *w, _Atomic uint32_t *word, uint32_t expected,
                                   bool shared)
{
    w->val = expected;
    w->uaddr = (uintptr_t)word;
    w->flags = FUTEX_32 | (shared ? 0 : FUTEX_PRIVATE_FLAG);
    w->__reserved = 0;
}

/* Sleeps until one of the words changes from its expected value or is
 * woken, or the absolute CLOCK_MONOTONIC deadline passes (NULL: none).
 * Returns the index of the woken word, or -1 with errno (ETIMEDOUT, EAGAIN
 * when a word already differs, EINTR). */
static inline int futex_waitv_until(struct futex_waitv *words, unsigned count,
                                    const struct timespec *deadline)
{
    return (int)syscall(SYS_futex_waitv, words, count, 0, deadline, CLOCK_MONOTONIC);
}

/* A lock of three states (0 free, 1 held, 2 held with sleepers): one atomic
 * exchange to take and one to release when uncontended. Held only for short
 * bookkeeping, never across a blocking call. */
typedef struct {
    _Atomic uint32_t state;
} futex_lock;

#define FUTEX_LOCK_INIT {0}

void futex_lock_slow(futex_lock *lock);

static inline void futex_lock_acquire(futex_lock *lock)
{
    uint32_t expected = 0;
    if (!atomic_compare_exchange_strong_explicit(&lock->state, &expected, 1, memory_order_acquire,
                                                 memory_order_relaxed))
        futex_lock_slow(lock);
}

static inline void futex_lock_release(futex_lock *lock)
{
    if (atomic_exchange_explicit(&lock->state, 0, memory_order_release) == 2)
        futex_wake(&lock->state, 1);
}

#endif
