/*
 * sync.h - the wait engine (sync/wait.c) shared by every waitable type.
 *
 * A waitable object embeds a struct waitable: a short lock and the FIFO of
 * threads waiting on it. A waiting thread sleeps on the futex word of its own
 * wait block; whoever changes an object's state under its lock calls
 * sync_wake_waiters(), which satisfies waiters in order and wakes exactly
 * those it satisfied. Nothing polls.
 */
#ifndef PAL_UNIX_SYNC_H
#define PAL_UNIX_SYNC_H

#include "futex.h"
#include "handle.h"

struct wait_block;

/* One object of one wait: its place in the object's waiter list. */
struct wait_link {
    struct wait_link *next, *prev;
    struct wait_block *block;
    uint32_t index; /* position of the object in the wait's handle array */
};

struct waitable {
    futex_lock lock;
    struct wait_link *head, *tail;
};

/* How the engine asks a type about its state. */
struct wait_ops {
    /* Where the struct waitable sits inside the object. */
    size_t waitable_offset;
    /* With the object's lock held: if a wait by `self` can be satisfied now,
     * take the signal (reset an auto-reset event, take a semaphore count, own
     * a mutex), set *result to WAIT_OBJECT_0 (or WAIT_ABANDONED_0 for an
     * abandoned mutex) and return true. Must be atomic against
     * try_acquire_fast, which runs without the lock. */
    bool (*try_acquire)(struct pal_object *obj, struct pal_thread *self, DWORD *result);
    /* Optional lock-free attempt before anything else: true if it acquired. */
    bool (*try_acquire_fast)(struct pal_object *obj, struct pal_thread *self);
    /* Optional, lock held: give back what try_acquire took, when a wait for
     * all objects could not take every one of them. NULL: nothing is taken
     * (the object's state is not consumed by a wait). */
    void (*undo_acquire)(struct pal_object *obj, struct pal_thread *self);
};

/* A thread's wait in progress (one per thread: a thread waits on one thing at a time). */
struct wait_block {
    /* The futex word the thread sleeps on: WAIT_BLOCK_WAITING, then
     * WAIT_BLOCK_CLAIMED while a signaller takes the signal for it, then the
     * value the wait returns. */
    _Atomic uint32_t status;
    struct pal_thread *thread;
    /* A wait for all objects is never satisfied by a signaller (that would
     * need every object's lock): the signaller only kicks it (WAITING ->
     * KICKED), and the waiter takes all its locks and checks again. */
    bool wait_all;
};
#define WAIT_BLOCK_WAITING 0xffffffffu
#define WAIT_BLOCK_CLAIMED 0xfffffffeu
#define WAIT_BLOCK_KICKED 0xfffffffdu

static inline struct waitable *waitable_of(struct pal_object *obj)
{
    return (struct waitable *)((char *)obj + obj->ops->wait->waitable_offset);
}

static inline void waitable_init(struct waitable *w)
{
    atomic_init(&w->lock.state, 0);
    w->head = w->tail = NULL;
}

static inline bool waitable_has_waiters(const struct waitable *w) { return w->head != NULL; }

/* Called with the object's lock held after its state changed in a way that
 * may satisfy waiters. */
void sync_wake_waiters(struct pal_object *obj);

/* Waits until one of `count` (1..64) objects is signalled, or, with
 * wait_all, until all of them are at once, and takes the signal(s).
 * timeout in ms or INFINITE. Returns WAIT_OBJECT_0 + i, WAIT_ABANDONED_0 + i
 * or WAIT_TIMEOUT. The caller holds a reference on every object. */
DWORD sync_wait(struct pal_object **objs, DWORD count, bool wait_all, DWORD timeout);

#endif
