/*
 * event.c - unnamed events: CreateEventA/W, SetEvent, ResetEvent.
 *
 * An unnamed event is a heap object, no kernel object at all. `signaled` is
 * set under the event's lock, right before queued waiters are satisfied; it
 * is taken (auto-reset) with one CAS, with or without the lock, so SetEvent
 * on a signalled event and a wait on a signalled event need no lock and no
 * system call, and one SetEvent of an auto-reset event releases one wait.
 * SetEvent makes its wake-up calls after releasing the lock: the woken thread
 * (a ping-pong partner, say) often needs that lock right away.
 *
 * A named event lives in the shared namespace (sync/named.c): its state is
 * one word of the shared file, changed with atomics only (see below).
 *
 * An unnamed event made shared (PAL_LocalHandleToRemote: event_publish)
 * gets a named twin no client can name and moves its state there: `signaled`
 * becomes EVENT_PUBLISHED for good, in one atomic step, so every operation
 * either happened before the move (and the twin starts with its result) or
 * sees the mark and goes to the twin. Waits go there through the engine's
 * forward hook (sync_wait_ex); those queued at the move are sent back to
 * it (sync_kick_waiters).
 */
#include "internal.h"
#include "named.h"
#include "thread.h"

#include <stdlib.h>

/* `signaled` of an event whose state lives in its twin. */
#define EVENT_PUBLISHED 2u

struct event {
    struct pal_object obj;
    struct waitable waitable;
    bool manual_reset;
    _Atomic uint32_t signaled; /* 0, 1 or EVENT_PUBLISHED */
    /* The named twin, set (with a reference) before `signaled` becomes
     * EVENT_PUBLISHED: whoever sees the mark (acquire) sees the twin. */
    struct pal_object *twin;
};

static void event_destroy(struct pal_object *obj)
{
    struct event *ev = (struct event *)obj;
    if (ev->twin)
        object_release(ev->twin);
    free(obj);
}

static bool event_try_acquire_fast(struct pal_object *obj, struct pal_thread *self);

static bool event_try_acquire(struct pal_object *obj, struct pal_thread *self, DWORD *result)
{
    struct event *ev = (struct event *)obj;
    if (atomic_load_explicit(&ev->signaled, memory_order_relaxed) == EVENT_PUBLISHED) {
        /* Lock held, so the mark is final: run the wait again on the twin. */
        *result = WAIT_FAILED;
        return true;
    }
    *result = WAIT_OBJECT_0;
    return event_try_acquire_fast(obj, self);
}

static struct pal_object *event_forward(struct pal_object *obj)
{
    struct event *ev = (struct event *)obj;
    if (atomic_load_explicit(&ev->signaled, memory_order_acquire) != EVENT_PUBLISHED)
        return NULL;
    object_addref(ev->twin);
    return ev->twin;
}

static void event_undo_acquire(struct pal_object *obj, struct pal_thread *self)
{
    struct event *ev = (struct event *)obj;
    if (!ev->manual_reset)
        atomic_store_explicit(&ev->signaled, 1, memory_order_relaxed);
}

static bool named_event_try_acquire_fast(struct pal_object *obj, struct pal_thread *self);

static bool event_try_acquire_fast(struct pal_object *obj, struct pal_thread *self)
{
    struct event *ev = (struct event *)obj;
    /* Look before the CAS: a failed CAS costs as much as a successful one. */
    uint32_t s = atomic_load_explicit(&ev->signaled, memory_order_acquire);
    if (s == EVENT_PUBLISHED)
        return named_event_try_acquire_fast(ev->twin, self);
    if (ev->manual_reset || s == 0)
        return s != 0;
    if (atomic_compare_exchange_strong_explicit(&ev->signaled, &s, 0, memory_order_acquire,
                                                memory_order_acquire))
        return true;
    /* Taken by another waiter, or moved to the twin just now. */
    return s == EVENT_PUBLISHED && named_event_try_acquire_fast(ev->twin, self);
}

static struct pal_object *event_publish(struct pal_object *obj);

static const struct wait_ops event_wait_ops = {
    .waitable_offset = offsetof(struct event, waitable),
    .try_acquire = event_try_acquire,
    .try_acquire_fast = event_try_acquire_fast,
    .fast_failure_exact = true,
    .undo_acquire = event_undo_acquire,
    .forward = event_forward,
};

static const struct handle_ops event_ops = {
    .type_name = "event",
    .destroy = event_destroy,
    .wait = &event_wait_ops,
    .publish = event_publish,
};

/*
 * Named events. The word: bit 0 signalled; bits 1-30 count the SetEvents
 * that signalled it, so that a wait on a manual-reset event can tell it was
 * set since the wait began even if it was reset again (on Windows such a
 * SetEvent releases every waiter of the moment); bit 31 SHARED_WAITERS.
 */
#define NAMED_EVENT_SIGNALED 0x1u
#define NAMED_EVENT_SETS 0x7ffffffeu

struct named_event_state {
    _Atomic uint32_t word;
    uint32_t manual_reset;
};

static struct named_event_state *named_event_state(struct pal_object *obj)
{
    return named_state((struct named_object *)obj);
}

static _Atomic uint32_t *named_event_word(struct pal_object *obj)
{
    return &named_event_state(obj)->word;
}

static bool named_event_try_acquire(struct pal_object *obj, struct pal_thread *self, uint32_t seen,
                                    DWORD *result)
{
    (void)self;
    struct named_event_state *st = named_event_state(obj);
    *result = WAIT_OBJECT_0;
    uint32_t w = atomic_load_explicit(&st->word, memory_order_acquire);
    if (st->manual_reset)
        return (w & NAMED_EVENT_SIGNALED) || ((w ^ seen) & NAMED_EVENT_SETS);
    while (w & NAMED_EVENT_SIGNALED) {
        if (atomic_compare_exchange_weak_explicit(&st->word, &w, w & ~NAMED_EVENT_SIGNALED,
                                                  memory_order_acquire, memory_order_relaxed))
            return true;
    }
    return false;
}

static bool named_event_try_acquire_fast(struct pal_object *obj, struct pal_thread *self)
{
    DWORD result;
    return named_event_try_acquire(
        obj, self, atomic_load_explicit(named_event_word(obj), memory_order_relaxed), &result);
}

static void named_event_set(struct named_event_state *st)
{
    uint32_t w = atomic_load_explicit(&st->word, memory_order_relaxed), set;
    do {
        if (w & NAMED_EVENT_SIGNALED)
            return; /* nothing changes, nobody to wake */
        set = ((w + 2) & NAMED_EVENT_SETS) | NAMED_EVENT_SIGNALED;
    } while (!atomic_compare_exchange_weak_explicit(&st->word, &w, set, memory_order_release,
                                                    memory_order_relaxed));
    sync_shared_wake(&st->word, w);
}

static void named_event_reset(struct named_event_state *st)
{
    uint32_t w = atomic_load_explicit(&st->word, memory_order_relaxed);
    while ((w & NAMED_EVENT_SIGNALED) &&
           !atomic_compare_exchange_weak_explicit(&st->word, &w, w & ~NAMED_EVENT_SIGNALED,
                                                  memory_order_relaxed, memory_order_relaxed))
        ;
}

static uint32_t named_event_arm(struct pal_object *obj)
{
    return sync_shared_arm(named_event_word(obj));
}

static void named_event_undo_acquire(struct pal_object *obj, struct pal_thread *self)
{
    (void)self;
    struct named_event_state *st = named_event_state(obj);
    if (!st->manual_reset)
        named_event_set(st);
}

static const struct shared_wait_ops named_event_shared_ops = {
    .word = named_event_word,
    .try_acquire = named_event_try_acquire,
    .arm = named_event_arm,
    .undo_acquire = named_event_undo_acquire,
};

static const struct wait_ops named_event_wait_ops = {
    .waitable_offset = offsetof(struct named_object, waitable),
    .try_acquire_fast = named_event_try_acquire_fast,
    .fast_failure_exact = true,
    .shared = &named_event_shared_ops,
};

const struct handle_ops named_event_ops = {
    .type_name = "event",
    .destroy = named_destroy,
    .wait = &named_event_wait_ops,
};

struct named_event_init {
    bool manual_reset, initial_state;
};

static void named_event_init(void *state, const void *arg)
{
    const struct named_event_init *init = arg;
    struct named_event_state *st = state;
    st->manual_reset = init->manual_reset;
    atomic_init(&st->word, init->initial_state ? NAMED_EVENT_SIGNALED : 0);
}

static HANDLE event_create(LPSECURITY_ATTRIBUTES attributes, BOOL manual_reset, BOOL initial_state,
                           const WCHAR *name)
{
    (void)attributes; /* the spec: always NULL */
    if (name && *name) {
        struct named_event_init init = {manual_reset != FALSE, initial_state != FALSE};
        bool existed;
        return named_create_handle(name, NAMED_EVENT, &named_event_ops, named_event_init, &init,
                                   &existed);
    }
    struct event *ev = malloc(sizeof(*ev));
    if (!ev) {
        error_set(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    object_init(&ev->obj, &event_ops);
    waitable_init(&ev->waitable);
    ev->manual_reset = manual_reset != FALSE;
    atomic_init(&ev->signaled, initial_state != FALSE);
    ev->twin = NULL;
    return handle_alloc_created(&ev->obj);
}

HANDLE PALAPI CreateEventW(LPSECURITY_ATTRIBUTES lpEventAttributes, BOOL bManualReset,
                           BOOL bInitialState, LPCWSTR lpName)
{
    PAL_TRACE_ENTER(CreateEventW,
                    "lpEventAttributes=%p, bManualReset=%d, bInitialState=%d, lpName=%p L\"%ws\"",
                    lpEventAttributes, bManualReset, bInitialState, PAL_TRACE_WSTR(lpName));
    HANDLE h = event_create(lpEventAttributes, bManualReset, bInitialState, lpName);
    return PAL_TRACE_RETURN(CreateEventW, HANDLE, "%p", h);
}

HANDLE PALAPI CreateEventA(LPSECURITY_ATTRIBUTES lpEventAttributes, BOOL bManualReset,
                           BOOL bInitialState, LPCSTR lpName)
{
    PAL_TRACE_ENTER(CreateEventA,
                    "lpEventAttributes=%p, bManualReset=%d, bInitialState=%d, lpName=%p \"%s\"",
                    lpEventAttributes, bManualReset, bInitialState, PAL_TRACE_STR(lpName));
    WCHAR name[MAX_PATH + 2];
    HANDLE h = NULL;
    if (named_name_from_ansi(lpName, name))
        h = event_create(lpEventAttributes, bManualReset, bInitialState, lpName ? name : NULL);
    return PAL_TRACE_RETURN(CreateEventA, HANDLE, "%p", h);
}

static void event_set(struct event *ev)
{
    uint32_t s = atomic_load_explicit(&ev->signaled, memory_order_acquire);
    if (s == 1)
        return;
    if (s == 0) {
        struct sync_wakes wakes = {0};
        futex_lock_acquire(&ev->waitable.lock);
        /* Under the lock the mark cannot appear: publication takes it. */
        s = atomic_load_explicit(&ev->signaled, memory_order_acquire);
        if (s != EVENT_PUBLISHED) {
            atomic_store_explicit(&ev->signaled, 1, memory_order_release);
            if (waitable_has_waiters(&ev->waitable))
                sync_wake_waiters_later(&ev->obj, &wakes);
        }
        futex_lock_release(&ev->waitable.lock);
        sync_wakes_flush(&wakes);
    }
    if (s == EVENT_PUBLISHED)
        named_event_set(named_event_state(ev->twin));
}

static void event_reset(struct event *ev)
{
    uint32_t s = atomic_load_explicit(&ev->signaled, memory_order_acquire);
    while (s != EVENT_PUBLISHED) {
        if (atomic_compare_exchange_weak_explicit(&ev->signaled, &s, 0, memory_order_acquire,
                                                  memory_order_acquire))
            return;
    }
    named_event_reset(named_event_state(ev->twin));
}

/* Moves the event's state to a named twin (see the top of the file). */
static struct pal_object *event_publish(struct pal_object *obj)
{
    struct event *ev = (struct event *)obj;
    struct pal_object *twin = event_forward(obj);
    if (twin)
        return twin; /* published before */
    struct named_event_init init = {ev->manual_reset, false};
    twin = named_create_unique(NAMED_EVENT, named_event_init, &init);
    if (!twin)
        return NULL;
    struct sync_wakes wakes = {0};
    futex_lock_acquire(&ev->waitable.lock);
    uint32_t s = atomic_load_explicit(&ev->signaled, memory_order_acquire);
    if (s == EVENT_PUBLISHED) {
        /* Another thread was quicker: use its twin, drop ours. */
        futex_lock_release(&ev->waitable.lock);
        object_release(twin);
        return event_forward(obj);
    }
    /* Nobody else sees the twin yet: its state can be written plainly. The
     * CAS fails only if a lock-free wait or ResetEvent changed the state:
     * copy again. */
    object_addref(twin);
    ev->twin = twin;
    do
        atomic_store_explicit(named_event_word(twin), s ? NAMED_EVENT_SIGNALED : 0,
                              memory_order_relaxed);
    while (!atomic_compare_exchange_weak_explicit(&ev->signaled, &s, EVENT_PUBLISHED,
                                                  memory_order_release, memory_order_acquire));
    sync_kick_waiters(&ev->obj, &wakes);
    futex_lock_release(&ev->waitable.lock);
    sync_wakes_flush(&wakes);
    return twin;
}

/* SetEvent and ResetEvent find the event in a read section rather than
 * pinning its slot (see WaitForSingleObject): a section may wait on the
 * event's lock, held only for a few stores by whoever has it. */
BOOL PALAPI SetEvent(HANDLE hEvent)
{
    PAL_TRACE_ENTER(SetEvent, "hEvent=%p", hEvent);
    BOOL ret = FALSE;
    struct pal_object *obj = NULL;
    handle_read_section section = handle_read_begin();
    if (handle_peek_waitables(&hEvent, 1, &obj) && obj->ops == &event_ops) {
        event_set((struct event *)obj);
        ret = TRUE;
    } else if (obj && obj->ops == &named_event_ops) {
        named_event_set(named_event_state(obj));
        ret = TRUE;
    }
    handle_read_end(section);
    if (!ret)
        error_set(ERROR_INVALID_HANDLE);
    return PAL_TRACE_RETURN(SetEvent, BOOL, "%d", ret);
}

BOOL PALAPI ResetEvent(HANDLE hEvent)
{
    PAL_TRACE_ENTER(ResetEvent, "hEvent=%p", hEvent);
    BOOL ret = FALSE;
    struct pal_object *obj = NULL;
    handle_read_section section = handle_read_begin();
    if (handle_peek_waitables(&hEvent, 1, &obj) && obj->ops == &event_ops) {
        event_reset((struct event *)obj);
        ret = TRUE;
    } else if (obj && obj->ops == &named_event_ops) {
        named_event_reset(named_event_state(obj));
        ret = TRUE;
    }
    handle_read_end(section);
    if (!ret)
        error_set(ERROR_INVALID_HANDLE);
    return PAL_TRACE_RETURN(ResetEvent, BOOL, "%d", ret);
}

HANDLE PALAPI OpenEventW(DWORD dwDesiredAccess, BOOL bInheritHandle, LPCWSTR lpName)
{
    PAL_TRACE_ENTER(OpenEventW, "dwDesiredAccess=%#x, bInheritHandle=%d, lpName=%p L\"%ws\"",
                    dwDesiredAccess, bInheritHandle, PAL_TRACE_WSTR(lpName));
    /* Access rights are not enforced between processes of one user (the spec:
     * always EVENT_ALL_ACCESS); handles are not inherited by children yet. */
    HANDLE h = named_open_handle(lpName, NAMED_EVENT, &named_event_ops);
    return PAL_TRACE_RETURN(OpenEventW, HANDLE, "%p", h);
}
