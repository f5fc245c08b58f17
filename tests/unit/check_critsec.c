/*
 * check_critsec.c - critical sections (sync/critsec.c) under contention, in
 * every release mode: sleeping threads are always woken (a lost wake-up
 * hangs the test), no update is lost, and the section's fields end clean. A
 * Leave by a thread that does not own the section changes nothing. A
 * zero-filled section works without InitializeCriticalSection.
 */
#include "internal.h"
#include "thread.h"

#include <check.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>

enum { THREADS = 4, ROUNDS = 100000 };

static CRITICAL_SECTION cs;
static long counter;
static _Atomic int inside, overlaps, started;

static void *hammer(void *arg)
{
    (void)arg;
    atomic_fetch_add(&started, 1);
    while (atomic_load(&started) < THREADS)
        sched_yield();
    for (int i = 0; i < ROUNDS; i++) {
        EnterCriticalSection(&cs);
        if (atomic_fetch_add(&inside, 1) != 0)
            atomic_fetch_add(&overlaps, 1);
        /* Hold it long enough for the others to pile up; now and then
         * give the processor away while holding it, so that waiters go to
         * sleep and woken ones find it taken again. */
        for (int j = 0; j < 20; j++)
            __builtin_ia32_pause();
        if (i % 256 == 0)
            sched_yield();
        if (i % 1000 == 0) {
            /* Re-entry while others wait. */
            EnterCriticalSection(&cs);
            LeaveCriticalSection(&cs);
        }
        counter++;
        atomic_fetch_sub(&inside, 1);
        LeaveCriticalSection(&cs);
    }
    return NULL;
}

/* THREADS threads, each ROUNDS times through the section; spin 0 makes
 * every contended Enter sleep. mode < 0: as the library decides. */
static void run_contended(int mode, ULONG_PTR spin, bool initialize)
{
    if (initialize)
        InitializeCriticalSection(&cs);
    else
        memset(&cs, 0, sizeof(cs));
    if (mode >= 0)
        critsec_set_release_mode(mode);
    cs.SpinCount = spin;
    counter = 0;
    atomic_store(&started, 0);
    pthread_t threads[THREADS];
    for (int i = 0; i < THREADS; i++)
        pthread_create(&threads[i], NULL, hammer, NULL);
    for (int i = 0; i < THREADS; i++)
        pthread_join(threads[i], NULL);
    ck_assert_int_eq(overlaps, 0);
    ck_assert_int_eq(counter, (long)THREADS * ROUNDS);
    ck_assert_int_eq(cs.LockCount, 0);
    ck_assert_int_eq(cs.RecursionCount, 0);
    ck_assert_ptr_null(cs.OwningThread);
    ck_assert_ptr_null(cs.LockSemaphore); /* no sleeper left counted */
    DeleteCriticalSection(&cs);
}

START_TEST(test_contended_every_mode)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    CRITICAL_SECTION first;
    InitializeCriticalSection(&first);
    int natural = critsec_release_mode();
    ck_assert_int_ne(natural, CRITSEC_RELEASE_UNDECIDED);
    static const int modes[] = {CRITSEC_RELEASE_ASYMMETRIC, CRITSEC_RELEASE_FENCED,
                                CRITSEC_RELEASE_DEGRADED};
    for (size_t m = 0; m < PAL_ARRAY_SIZE(modes); m++) {
        if (modes[m] == CRITSEC_RELEASE_ASYMMETRIC && natural != CRITSEC_RELEASE_ASYMMETRIC)
            continue; /* no membarrier here (valgrind, old kernel) */
        run_contended(modes[m], 0, true);
        run_contended(modes[m], first.SpinCount, true);
    }
    critsec_set_release_mode(natural);
    DeleteCriticalSection(&first);
    PAL_Terminate();
}
END_TEST

START_TEST(test_zero_filled_section)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    /* Nothing initialized yet in this process: the first sleeper decides. */
    ck_assert_int_eq(critsec_release_mode(), CRITSEC_RELEASE_UNDECIDED);
    run_contended(-1, 0, false);
    ck_assert_int_ne(critsec_release_mode(), CRITSEC_RELEASE_UNDECIDED);
    PAL_Terminate();
}
END_TEST

static void *leave_other(void *arg)
{
    LeaveCriticalSection(&cs);
    LeaveCriticalSection(&cs);
    *(BOOL *)arg = TryEnterCriticalSection(&cs);
    return NULL;
}

START_TEST(test_leave_by_non_owner_changes_nothing)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    InitializeCriticalSection(&cs);

    /* Unowned: nothing to undo. */
    LeaveCriticalSection(&cs);
    ck_assert_int_eq(cs.LockCount, 0);
    ck_assert_int_eq(cs.RecursionCount, 0);
    ck_assert_ptr_null(cs.OwningThread);

    /* Owned by this thread: another thread's Leave neither frees it nor
     * lowers its count. */
    EnterCriticalSection(&cs);
    EnterCriticalSection(&cs);
    BOOL entered = TRUE;
    pthread_t other;
    pthread_create(&other, NULL, leave_other, &entered);
    pthread_join(other, NULL);
    ck_assert_int_eq(entered, FALSE);
    ck_assert_int_eq(cs.LockCount, 1);
    ck_assert_int_eq(cs.RecursionCount, 2);
    ck_assert_ptr_eq(cs.OwningThread, (HANDLE)(ULONG_PTR)GetCurrentThreadId());
    LeaveCriticalSection(&cs);
    LeaveCriticalSection(&cs);
    ck_assert_int_eq(cs.LockCount, 0);
    ck_assert_ptr_null(cs.OwningThread);
    DeleteCriticalSection(&cs);
    PAL_Terminate();
}
END_TEST

int main(void)
{
    Suite *s = suite_create("critsec");
    TCase *tc = tcase_create("critsec");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_contended_every_mode);
    tcase_add_test(tc, test_zero_filled_section);
    tcase_add_test(tc, test_leave_by_non_owner_changes_nothing);
    suite_add_tcase(s, tc);
    SRunner *runner = srunner_create(s);
    srunner_run_all(runner, CK_NORMAL);
    int failed = srunner_ntests_failed(runner);
    srunner_free(runner);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
