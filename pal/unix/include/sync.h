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

/* Objects shared with other processes (named objects, sync/named.c) cannot
 * keep a list of waiters: waiters may live in other processes. A wait takes
 * them with atomic operations on their shared state and sleeps on their
 * shared futex words (futex_waitv) together with its own wait block. Their
 * state word has a waiters bit, set by a waiter before it sleeps; whoever
 * changes the state and finds the bit clears it and wakes every sleeper. */
#define SHARED_WAITERS 0x80000000u
struct shared_wait_ops {
    /* The futex word that changes when the object may become signalled. */
    _Atomic uint32_t *(*word)(struct pal_object *obj);
    /* Takes the signal if the object is signalled, as try_acquire does.
     * `seen` is the word's value when the wait began: a manual-reset event
     * set since then satisfies the wait even if reset again. */
    bool (*try_acquire)(struct pal_object *obj, struct pal_thread *self, uint32_t seen,
                        DWORD *result);
    /* Before a sleep: sets the waiters bit (where the object allows it) and
     * returns the word's value to sleep against. */
    uint32_t (*arm)(struct pal_object *obj);
    /* Gives back what try_acquire took (a wait for all that failed). */
    void (*undo_acquire)(struct pal_object *obj, struct pal_thread *self);
    /* Optional: the wait ends without the object. Passes on a wake-up the
     * wait may have taken from the one waiter the kernel woke (a mutex whose
     * owner died). */
    void (*wait_ended)(struct pal_object *obj);
    /* Optional: the wait took the object after it had slept on its word.
     * Other waiters may still sleep there although the word no longer says
     * so (a mutex taken with a plain trylock after a wake-up): a mutex marks
     * its word again, so that its release wakes them. */
    void (*taken_after_sleep)(struct pal_object *obj);
};

/* shared_wait_ops.arm for a word whose every value may carry the waiters
 * bit (events, semaphores). */
static inline uint32_t sync_shared_arm(_Atomic uint32_t *word)
{
    uint32_t w = atomic_load_explicit(word, memory_order_relaxed);
    while (!(w & SHARED_WAITERS)) {
        if (atomic_compare_exchange_weak_explicit(word, &w, w | SHARED_WAITERS,
                                                  memory_order_acq_rel, memory_order_relaxed))
            return w | SHARED_WAITERS;
    }
    return w;
}

/* After a state change that replaced `old` (and cleared its waiters bit):
 * wakes every process sleeping on the word, if any announced itself. */
static inline void sync_shared_wake(_Atomic uint32_t *word, uint32_t old)
{
    if (old & SHARED_WAITERS)
        futex_wake_shared(word, INT32_MAX);
}

/* How the engine asks a type about its state. */
struct wait_ops {
    /* Where the struct waitable sits inside the object. */
    size_t waitable_offset;
    /* With the object's lock held: if a wait by `self` can be satisfied now,
     * take the signal (reset an auto-reset event, take a semaphore count, own
     * a mutex), set *result to WAIT_OBJECT_0 (or WAIT_ABANDONED_0 for an
     * abandoned mutex) and return true. Must be atomic against
     * try_acquire_fast, which runs without the lock. Only when `self` is
     * the calling thread may it instead fail the whole wait: set the
     * LastError, *result = WAIT_FAILED and return true (a mutex whose
     * recursion count is at its limit). */
    bool (*try_acquire)(struct pal_object *obj, struct pal_thread *self, DWORD *result);
    /* Optional lock-free attempt before anything else: true if it acquired. */
    bool (*try_acquire_fast)(struct pal_object *obj, struct pal_thread *self);
    /* True if try_acquire_fast failing means the object is not signalled
     * (try_acquire would fail too): a wait for any object may then look at
     * the next one without taking any lock. */
    bool fast_failure_exact;
    /* Optional, lock held: give back what try_acquire took, when a wait for
     * all objects could not take every one of them. NULL: nothing is taken
     * (the object's state is not consumed by a wait). */
    void (*undo_acquire)(struct pal_object *obj, struct pal_thread *self);
    /* Non-NULL for an object shared with other processes: the engine then
     * uses only these, try_acquire_fast and waitable_offset (whose lock only
     * orders a wait for all). */
    const struct shared_wait_ops *shared;
    /* Optional: an unnamed object made shared (PAL_LocalHandleToRemote)
     * forwards waits to its shared twin: returns the twin with a new
     * reference, or NULL while the object is still its own. Once it
     * forwards, try_acquire fails every wait that still reaches the object
     * (*result = WAIT_FAILED), and sync_wait_ex runs such a wait again on
     * the twin. */
    struct pal_object *(*forward)(struct pal_object *obj);
};

/* A thread's wait in progress (one per thread: a thread waits on one thing at a time). */
struct wait_block {
    /* The link of a wait for one object: beside the status, so a signaller
     * finds, unlinks and satisfies such a waiter on one cache line. */
    struct wait_link single;
    /* The futex word the thread sleeps on: WAIT_BLOCK_WAITING (then
     * WAIT_BLOCK_SLEEPING once the thread is going to sleep), then
     * WAIT_BLOCK_CLAIMED while a signaller takes the signal for it, then the
     * value the wait returns. */
    _Atomic uint32_t status;
    struct pal_thread *thread;
    /* A wait for all objects is never satisfied by a signaller (that would
     * need every object's lock): the signaller only kicks it (WAITING ->
     * KICKED), and the waiter takes all its locks and checks again. */
    _Atomic bool wait_all; /* relaxed: also read by QueueUserAPC (sync_alert) */
    /* An alertable wait: a queued APC ends it with WAIT_IO_COMPLETION (set
     * before the status goes WAITING). */
    bool alertable;
} __attribute__((aligned(64))); /* its own cache line(s): signallers write it */
#define WAIT_BLOCK_WAITING 0xffffffffu
#define WAIT_BLOCK_CLAIMED 0xfffffffeu
#define WAIT_BLOCK_KICKED 0xfffffffdu
/* WAITING, and the waiter sleeps (or is about to) on the futex: a signaller
 * that claims the block from here must wake it; from WAITING it need not. */
#define WAIT_BLOCK_SLEEPING 0xfffffffcu

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

/* The same, holding back up to SYNC_WAKES_DEFERRED wake-up calls (system
 * calls) until sync_wakes_flush, which the caller makes right after it
 * releases the lock: a thread woken while the lock is still held may need it
 * at once. */
#define SYNC_WAKES_DEFERRED 8
struct sync_wakes {
    unsigned count;
    _Atomic uint32_t *words[SYNC_WAKES_DEFERRED];
};
void sync_wake_waiters_later(struct pal_object *obj, struct sync_wakes *wakes);
void sync_wakes_flush(struct sync_wakes *wakes);

/* With the object's lock held, right after it started forwarding: ends
 * every wait queued on it (a wait for any with WAIT_TIMEOUT, a wait for all
 * is kicked), so that sync_wait_ex runs each again on the twin. */
void sync_kick_waiters(struct pal_object *obj, struct sync_wakes *wakes);

/* Waits until one of `count` (1..64) objects is signalled, or, with
 * wait_all, until all of them are at once, and takes the signal(s).
 * timeout in ms or INFINITE. Returns WAIT_OBJECT_0 + i, WAIT_ABANDONED_0 + i
 * (a wait for all: WAIT_OBJECT_0 or WAIT_ABANDONED_0), WAIT_TIMEOUT, or
 * WAIT_FAILED with the LastError set. The caller holds a reference on every
 * object. */
DWORD sync_wait(struct pal_object **objs, DWORD count, bool wait_all, DWORD timeout);

/* sync_wait, alertable or not. An alertable wait that no object satisfies
 * ends when an APC is queued to the thread (or one already is): it runs the
 * APCs and returns WAIT_IO_COMPLETION. count may be 0 (SleepEx). */
DWORD sync_wait_ex(struct pal_object **objs, DWORD count, bool wait_all, DWORD timeout,
                   bool alertable);

/* An APC was queued to `thread` (apc_pending is set): ends its alertable wait
 * if it is in one, or makes its next look at its wait block see the APC. */
void sync_alert(struct pal_thread *thread);

/* sync/mutex.c. The thread is ending: every mutex it still owns becomes
 * abandoned (the next wait on it gets WAIT_ABANDONED) and its waiters are
 * woken. Called by the ending thread itself, before its object is signalled. */
void sync_abandon_owned(struct pal_thread *thread);

/* How many times one thread may own a mutex at once; a wait past it fails.
 * A variable only so that unit tests can reach the limit quickly. */
#define MUTEX_MAX_RECURSION 0x7fffffffu
extern uint32_t sync_mutex_max_recursion;

/* sync/critsec.c. How LeaveCriticalSection publishes a release; decided
 * when a thread first sleeps on a critical section. */
enum {
    CRITSEC_RELEASE_UNDECIDED,  /* nobody slept yet: Leave fences */
    CRITSEC_RELEASE_ASYMMETRIC, /* Leave: plain store; a sleeper calls membarrier */
    CRITSEC_RELEASE_FENCED,     /* no membarrier: Leave fences */
    CRITSEC_RELEASE_DEGRADED,   /* membarrier failed once: Leave fences, first sleeps bounded */
};
int critsec_release_mode(void);
/* Tests only, while no critical section is in use. */
void critsec_set_release_mode(int mode);

#endif
