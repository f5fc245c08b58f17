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
 */
#include "internal.h"
#include "thread.h"

#include <stdlib.h>

struct event {
    struct pal_object obj;
    struct waitable waitable;
    bool manual_reset;
    _Atomic uint32_t signaled;
};

static void event_destroy(struct pal_object *obj) { free(obj); }

static bool event_try_acquire_fast(struct pal_object *obj, struct pal_thread *self);

static bool event_try_acquire(struct pal_object *obj, struct pal_thread *self, DWORD *result)
{
    *result = WAIT_OBJECT_0;
    return event_try_acquire_fast(obj, self);
}

static void event_undo_acquire(struct pal_object *obj, struct pal_thread *self)
{
    struct event *ev = (struct event *)obj;
    if (!ev->manual_reset)
        atomic_store_explicit(&ev->signaled, 1, memory_order_relaxed);
}

static bool event_try_acquire_fast(struct pal_object *obj, struct pal_thread *self)
{
    struct event *ev = (struct event *)obj;
    if (ev->manual_reset)
        return atomic_load_explicit(&ev->signaled, memory_order_acquire) != 0;
    /* Look before the CAS: a failed CAS costs as much as a successful one. */
    if (!atomic_load_explicit(&ev->signaled, memory_order_relaxed))
        return false;
    uint32_t expected = 1;
    return atomic_compare_exchange_strong_explicit(&ev->signaled, &expected, 0,
                                                   memory_order_acquire, memory_order_relaxed);
}

static const struct wait_ops event_wait_ops = {
    .waitable_offset = offsetof(struct event, waitable),
    .try_acquire = event_try_acquire,
    .try_acquire_fast = event_try_acquire_fast,
    .fast_failure_exact = true,
    .undo_acquire = event_undo_acquire,
};

static const struct handle_ops event_ops = {
    .type_name = "event",
    .destroy = event_destroy,
    .wait = &event_wait_ops,
};

static HANDLE event_create(LPSECURITY_ATTRIBUTES attributes, BOOL manual_reset, BOOL initial_state,
                           bool named)
{
    if (named) {
        /* Named events live in the cross-process namespace, which does not exist yet. */
        error_set(ERROR_CALL_NOT_IMPLEMENTED);
        return NULL;
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
    return handle_alloc_created(&ev->obj);
}

HANDLE PALAPI CreateEventW(LPSECURITY_ATTRIBUTES lpEventAttributes, BOOL bManualReset,
                           BOOL bInitialState, LPCWSTR lpName)
{
    PAL_TRACE_ENTER(CreateEventW,
                    "lpEventAttributes=%p, bManualReset=%d, bInitialState=%d, lpName=%p L\"%ws\"",
                    lpEventAttributes, bManualReset, bInitialState, PAL_TRACE_WSTR(lpName));
    HANDLE h = event_create(lpEventAttributes, bManualReset, bInitialState, lpName != NULL);
    return PAL_TRACE_RETURN(CreateEventW, HANDLE, "%p", h);
}

HANDLE PALAPI CreateEventA(LPSECURITY_ATTRIBUTES lpEventAttributes, BOOL bManualReset,
                           BOOL bInitialState, LPCSTR lpName)
{
    PAL_TRACE_ENTER(CreateEventA,
                    "lpEventAttributes=%p, bManualReset=%d, bInitialState=%d, lpName=%p \"%s\"",
                    lpEventAttributes, bManualReset, bInitialState, PAL_TRACE_STR(lpName));
    HANDLE h = event_create(lpEventAttributes, bManualReset, bInitialState, lpName != NULL);
    return PAL_TRACE_RETURN(CreateEventA, HANDLE, "%p", h);
}

BOOL PALAPI SetEvent(HANDLE hEvent)
{
    PAL_TRACE_ENTER(SetEvent, "hEvent=%p", hEvent);
    handle_pin pin;
    struct event *ev = (struct event *)handle_lookup(hEvent, &event_ops, &pin);
    if (ev && !atomic_load_explicit(&ev->signaled, memory_order_relaxed)) {
        struct sync_wakes wakes = {0};
        futex_lock_acquire(&ev->waitable.lock);
        atomic_store_explicit(&ev->signaled, 1, memory_order_release);
        if (waitable_has_waiters(&ev->waitable))
            sync_wake_waiters_later(&ev->obj, &wakes);
        futex_lock_release(&ev->waitable.lock);
        sync_wakes_flush(&wakes);
    }
    handle_unpin(pin);
    return PAL_TRACE_RETURN(SetEvent, BOOL, "%d", ev != NULL);
}

BOOL PALAPI ResetEvent(HANDLE hEvent)
{
    PAL_TRACE_ENTER(ResetEvent, "hEvent=%p", hEvent);
    handle_pin pin;
    struct event *ev = (struct event *)handle_lookup(hEvent, &event_ops, &pin);
    if (ev)
        atomic_store_explicit(&ev->signaled, 0, memory_order_relaxed);
    handle_unpin(pin);
    return PAL_TRACE_RETURN(ResetEvent, BOOL, "%d", ev != NULL);
}
