/*
 * check_event.c - the wait engine under concurrency: an auto-reset event
 * releases exactly one wait per SetEvent, even with waits timing out at the
 * same moment; a manual-reset event releases every waiter; closing a handle
 * while another thread waits on its object is safe.
 */
#include "internal.h"

#include <check.h>
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

int main(void)
{
    Suite *s = suite_create("event");
    TCase *tc = tcase_create("wait");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_auto_reset_one_wait_per_set);
    tcase_add_test(tc, test_manual_reset_releases_all);
    tcase_add_test(tc, test_close_while_waiting);
    suite_add_tcase(s, tc);
    SRunner *runner = srunner_create(s);
    srunner_run_all(runner, CK_NORMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
