/*
 * check_event.c - the wait engine under concurrency: an auto-reset event
 * releases exactly one wait per SetEvent, even with waits timing out at the
 * same moment; a manual-reset event releases every waiter; closing a handle
 * while another thread waits on its object is safe.
 */
#include "internal.h"

#include "unit.h"
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>

enum { SETS = 20000, WAITERS = 4 };
static HANDLE auto_event;
static _Atomic int sets_done, consumed;
static _Atomic bool stop;

static void *timed_waiter(void *arg)
{
    DWORD timeout = (DWORD)(intptr_t)arg;
    while (!atomic_load(&stop)) {
        DWORD r = WaitForSingleObject(auto_event, timeout);
        if (r == WAIT_OBJECT_0) {
            int c = atomic_fetch_add(&consumed, 1) + 1;
            ck_assert_int_le(c, atomic_load(&sets_done)); /* never more waits than signals */
        } else {
            ck_assert_uint_eq(r, WAIT_TIMEOUT);
        }
    }
    return NULL;
}

START_TEST(test_auto_reset_one_wait_per_set)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    auto_event = CreateEventW(NULL, FALSE, FALSE, NULL);
    ck_assert_ptr_nonnull(auto_event);
    pthread_t threads[WAITERS];
    /* Mixed timeouts: 0 (polling), 1 ms (racing the signal), INFINITE-ish. */
    static const DWORD timeouts[WAITERS] = {0, 1, 1, 50};
    for (int i = 0; i < WAITERS; i++)
        pthread_create(&threads[i], NULL, timed_waiter, (void *)(intptr_t)timeouts[i]);
    for (int i = 0; i < SETS; i++) {
        while (atomic_load(&consumed) < i)
            sched_yield();
        atomic_fetch_add(&sets_done, 1);
        ck_assert(SetEvent(auto_event));
    }
    while (atomic_load(&consumed) < SETS)
        sched_yield();
    atomic_store(&stop, true);
    for (int i = 0; i < WAITERS; i++)
        pthread_join(threads[i], NULL);
    ck_assert_int_eq(consumed, SETS);
    ck_assert_uint_eq(WaitForSingleObject(auto_event, 0), WAIT_TIMEOUT);
    ck_assert(CloseHandle(auto_event));
    PAL_Terminate();
}
END_TEST

enum { BROADCAST_WAITERS = 64 };
static HANDLE manual_event;
static _Atomic int released;

static void *infinite_waiter(void *arg)
{
    ck_assert_uint_eq(WaitForSingleObject(manual_event, INFINITE), WAIT_OBJECT_0);
    atomic_fetch_add(&released, 1);
    return NULL;
}

START_TEST(test_manual_reset_releases_all)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    manual_event = CreateEventW(NULL, TRUE, FALSE, NULL);
    pthread_t threads[BROADCAST_WAITERS];
    for (int i = 0; i < BROADCAST_WAITERS; i++)
        pthread_create(&threads[i], NULL, infinite_waiter, NULL);
    ck_assert_uint_eq(WaitForSingleObject(manual_event, 20), WAIT_TIMEOUT);
    ck_assert_int_eq(released, 0);
    ck_assert(SetEvent(manual_event));
    for (int i = 0; i < BROADCAST_WAITERS; i++)
        pthread_join(threads[i], NULL);
    ck_assert_int_eq(released, BROADCAST_WAITERS);
    ck_assert_uint_eq(WaitForSingleObject(manual_event, 0), WAIT_OBJECT_0);
    ck_assert(ResetEvent(manual_event));
    ck_assert_uint_eq(WaitForSingleObject(manual_event, 0), WAIT_TIMEOUT);
    ck_assert(CloseHandle(manual_event));
    PAL_Terminate();
}
END_TEST

static HANDLE waited_handle;

static void *close_then_set(void *arg)
{
    HANDLE dup = arg;
    HANDLE pause = CreateEventW(NULL, FALSE, FALSE, NULL);
    /* Let the main thread get into its wait first. */
    ck_assert_uint_eq(WaitForSingleObject(pause, 200), WAIT_TIMEOUT);
    ck_assert(CloseHandle(pause));
    ck_assert(CloseHandle(waited_handle));
    ck_assert(SetEvent(dup));
    return NULL;
}

START_TEST(test_close_while_waiting)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    waited_handle = CreateEventW(NULL, FALSE, FALSE, NULL);
    HANDLE dup = NULL;
    ck_assert(DuplicateHandle(GetCurrentProcess(), waited_handle, GetCurrentProcess(), &dup, 0,
                              FALSE, DUPLICATE_SAME_ACCESS));
    pthread_t t;
    pthread_create(&t, NULL, close_then_set, dup);
    /* The wait holds the object, so closing the handle does not end it; the
     * signal through the duplicate does. */
    ck_assert_uint_eq(WaitForSingleObject(waited_handle, INFINITE), WAIT_OBJECT_0);
    pthread_join(t, NULL);
    ck_assert_uint_eq(WaitForSingleObject(waited_handle, 0), WAIT_FAILED);
    ck_assert(CloseHandle(dup));
    PAL_Terminate();
}
END_TEST

/* 512 threads wait on one manual-reset event; one SetEvent releases them all. */
enum { CROWD = 512 };
static HANDLE crowd_event;
static _Atomic int crowd_released;

static DWORD PALAPI crowd_waiter(LPVOID arg)
{
    ck_assert_uint_eq(WaitForSingleObject(crowd_event, INFINITE), WAIT_OBJECT_0);
    atomic_fetch_add(&crowd_released, 1);
    return 0;
}

START_TEST(test_512_waiters_released_at_once)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    crowd_event = CreateEventW(NULL, TRUE, FALSE, NULL);
    static HANDLE threads[CROWD];
    for (int i = 0; i < CROWD; i++) {
        threads[i] = CreateThread(NULL, 64 * 1024, crowd_waiter, NULL,
                                  STACK_SIZE_PARAM_IS_A_RESERVATION, NULL);
        ck_assert_ptr_nonnull(threads[i]);
    }
    ck_assert_int_eq(crowd_released, 0);
    ck_assert(SetEvent(crowd_event));
    for (int i = 0; i < CROWD; i += MAXIMUM_WAIT_OBJECTS)
        ck_assert_uint_eq(WaitForMultipleObjects(MAXIMUM_WAIT_OBJECTS, &threads[i], TRUE, INFINITE),
                          WAIT_OBJECT_0);
    ck_assert_int_eq(crowd_released, CROWD);
    for (int i = 0; i < CROWD; i++)
        ck_assert(CloseHandle(threads[i]));
    ck_assert(CloseHandle(crowd_event));
    PAL_Terminate();
}
END_TEST

/* A wait for all 64 auto-reset events while 4 threads keep setting them in
 * random order: every round takes all 64 together, nothing deadlocks. */
enum { ALL_EVENTS = MAXIMUM_WAIT_OBJECTS, SIGNALLERS = 4, ROUNDS = 300 };
static HANDLE all_events[ALL_EVENTS];
static _Atomic bool signallers_stop;

static DWORD PALAPI random_signaller(LPVOID arg)
{
    unsigned seed = (unsigned)(uintptr_t)arg;
    while (!atomic_load(&signallers_stop))
        ck_assert(SetEvent(all_events[rand_r(&seed) % ALL_EVENTS]));
    return 0;
}

START_TEST(test_wait_all_64_with_concurrent_signallers)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    for (int i = 0; i < ALL_EVENTS; i++)
        all_events[i] = CreateEventW(NULL, FALSE, FALSE, NULL);
    HANDLE threads[SIGNALLERS];
    for (int i = 0; i < SIGNALLERS; i++)
        threads[i] = CreateThread(NULL, 0, random_signaller, (LPVOID)(uintptr_t)(i + 1), 0, NULL);
    for (int r = 0; r < ROUNDS; r++)
        ck_assert_uint_eq(WaitForMultipleObjects(ALL_EVENTS, all_events, TRUE, INFINITE),
                          WAIT_OBJECT_0);
    atomic_store(&signallers_stop, true);
    ck_assert_uint_eq(WaitForMultipleObjects(SIGNALLERS, threads, TRUE, INFINITE), WAIT_OBJECT_0);
    for (int i = 0; i < SIGNALLERS; i++)
        ck_assert(CloseHandle(threads[i]));
    for (int i = 0; i < ALL_EVENTS; i++)
        ck_assert(CloseHandle(all_events[i]));
    PAL_Terminate();
}
END_TEST

int main(void)
{
    Suite *s = suite_create("event");
    TCase *tc = tcase_create("wait");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_auto_reset_one_wait_per_set);
    tcase_add_test(tc, test_manual_reset_releases_all);
    tcase_add_test(tc, test_close_while_waiting);
    tcase_add_test(tc, test_512_waiters_released_at_once);
    tcase_add_test(tc, test_wait_all_64_with_concurrent_signallers);
    suite_add_tcase(s, tc);
    return unit_run(s);
}
