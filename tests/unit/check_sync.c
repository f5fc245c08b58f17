/*
 * check_sync.c - mutexes and semaphores under concurrency: a million
 * WaitForSingleObject/ReleaseMutex cycles from four threads keep a plain
 * counter exact (no lost wake-up, no deadlock, no leaked handle or
 * ownership), also with waits that time out and waits for all racing them;
 * a bounded producer/consumer queue on two semaphores; a pthread the PAL
 * adopted abandons the mutexes it owns when it ends, even ones whose handles
 * are all closed; the recursion limit.
 */
#include "internal.h"
#include "handle.h"
#include "thread.h"

#include "unit.h"
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>

enum { THREADS = 4, CYCLES = 250000 };

static HANDLE mutex;
static long counter; /* plain: only ever touched while owning `mutex` */

static DWORD PALAPI mutex_cycles(LPVOID parameter)
{
    (void)parameter;
    for (int i = 0; i < CYCLES; i++) {
        ck_assert_uint_eq(WaitForSingleObject(mutex, INFINITE), WAIT_OBJECT_0);
        counter++;
        ck_assert(ReleaseMutex(mutex));
    }
    return 0;
}

static void run_threads(LPTHREAD_START_ROUTINE routine, int n)
{
    HANDLE threads[THREADS];
    ck_assert_int_le(n, THREADS);
    for (int i = 0; i < n; i++) {
        threads[i] = CreateThread(NULL, 0, routine, (LPVOID)(intptr_t)i, 0, NULL);
        ck_assert_ptr_nonnull(threads[i]);
    }
    ck_assert_uint_eq(WaitForMultipleObjects(n, threads, TRUE, INFINITE), WAIT_OBJECT_0);
    for (int i = 0; i < n; i++)
        ck_assert(CloseHandle(threads[i]));
}

START_TEST(test_mutex_million_cycles)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    size_t handles_before = handle_count();
    mutex = CreateMutexW(NULL, FALSE, NULL);
    ck_assert_ptr_nonnull(mutex);
    counter = 0;
    run_threads(mutex_cycles, THREADS);
    ck_assert_int_eq(counter, (long)THREADS * CYCLES);
    /* Free again: nobody owns it, we take it at once. */
    ck_assert_uint_eq(WaitForSingleObject(mutex, 0), WAIT_OBJECT_0);
    ck_assert(ReleaseMutex(mutex));
    ck_assert_ptr_null(thread_self()->owned_mutexes);
    ck_assert(CloseHandle(mutex));
    ck_assert_uint_eq(handle_count(), handles_before);
    PAL_Terminate();
}
END_TEST

/* Timeouts racing the hand-over: a waiter that times out must never be left
 * owning the mutex (the next cycle would deadlock), and one that is handed
 * the mutex must report it. Odd threads also take it through a wait for all
 * (with a manual-reset event that stays set), recursively now and then. */
enum { RACE_CYCLES = 50000 };
static HANDLE always_set;
static _Atomic long successes;

static DWORD PALAPI mutex_race(LPVOID parameter)
{
    int id = (int)(intptr_t)parameter;
    HANDLE both[2] = {always_set, mutex};
    for (int i = 0; i < RACE_CYCLES; i++) {
        DWORD timeout = (DWORD)(i % 3); /* 0, 1 and 2 ms */
        DWORD r = id & 1 ? WaitForMultipleObjects(2, both, TRUE, timeout)
                         : WaitForSingleObject(mutex, timeout);
        if (r == WAIT_TIMEOUT) {
            ck_assert_ptr_null(thread_self()->owned_mutexes);
            continue;
        }
        ck_assert_uint_eq(r, WAIT_OBJECT_0);
        counter++;
        atomic_fetch_add_explicit(&successes, 1, memory_order_relaxed);
        if (i % 7 == 0) {
            ck_assert_uint_eq(id & 1 ? WaitForMultipleObjects(2, both, TRUE, 0)
                                     : WaitForSingleObject(mutex, 0),
                              WAIT_OBJECT_0);
            ck_assert(ReleaseMutex(mutex));
        }
        ck_assert(ReleaseMutex(mutex));
        ck_assert_ptr_null(thread_self()->owned_mutexes);
    }
    return 0;
}

START_TEST(test_mutex_timeouts_and_wait_all)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    size_t handles_before = handle_count();
    mutex = CreateMutexW(NULL, FALSE, NULL);
    always_set = CreateEventW(NULL, TRUE, TRUE, NULL);
    ck_assert_ptr_nonnull(mutex);
    ck_assert_ptr_nonnull(always_set);
    counter = 0;
    atomic_store(&successes, 0);
    run_threads(mutex_race, THREADS);
    ck_assert_int_eq(counter, atomic_load(&successes));
    ck_assert_int_gt(counter, 0);
    ck_assert_uint_eq(WaitForSingleObject(mutex, 0), WAIT_OBJECT_0);
    ck_assert(ReleaseMutex(mutex));
    ck_assert(CloseHandle(mutex));
    ck_assert(CloseHandle(always_set));
    ck_assert_uint_eq(handle_count(), handles_before);
    PAL_Terminate();
}
END_TEST

/* A bounded queue: `slots` counts free cells, `items` full ones; a mutex
 * guards the ring. Two producers, two consumers; every item arrives once. */
enum { RING = 8, ITEMS_PER_PRODUCER = 50000 };
static HANDLE slots, items, ring_lock;
static long ring[RING];
static int ring_head, ring_tail;
static _Atomic long consumed_sum, consumed_count;

static DWORD PALAPI producer(LPVOID parameter)
{
    (void)parameter;
    for (long v = 1; v <= ITEMS_PER_PRODUCER; v++) {
        ck_assert_uint_eq(WaitForSingleObject(slots, INFINITE), WAIT_OBJECT_0);
        ck_assert_uint_eq(WaitForSingleObject(ring_lock, INFINITE), WAIT_OBJECT_0);
        ring[ring_tail] = v;
        ring_tail = (ring_tail + 1) % RING;
        ck_assert(ReleaseMutex(ring_lock));
        LONG previous = -1;
        ck_assert(ReleaseSemaphore(items, 1, &previous));
        ck_assert_int_lt(previous, RING);
    }
    return 0;
}

static DWORD PALAPI consumer(LPVOID parameter)
{
    (void)parameter;
    for (long n = 0; n < ITEMS_PER_PRODUCER; n++) {
        ck_assert_uint_eq(WaitForSingleObject(items, INFINITE), WAIT_OBJECT_0);
        ck_assert_uint_eq(WaitForSingleObject(ring_lock, INFINITE), WAIT_OBJECT_0);
        long v = ring[ring_head];
        ring_head = (ring_head + 1) % RING;
        ck_assert(ReleaseMutex(ring_lock));
        ck_assert(ReleaseSemaphore(slots, 1, NULL));
        atomic_fetch_add_explicit(&consumed_sum, v, memory_order_relaxed);
        atomic_fetch_add_explicit(&consumed_count, 1, memory_order_relaxed);
    }
    return 0;
}

static DWORD PALAPI producer_or_consumer(LPVOID parameter)
{
    return (intptr_t)parameter & 1 ? consumer(parameter) : producer(parameter);
}

START_TEST(test_semaphore_bounded_queue)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    slots = CreateSemaphoreW(NULL, RING, RING, NULL);
    items = CreateSemaphoreA(NULL, 0, RING, NULL);
    ring_lock = CreateMutexW(NULL, FALSE, NULL);
    ck_assert(slots && items && ring_lock);
    run_threads(producer_or_consumer, 4);
    const long per_producer = (long)ITEMS_PER_PRODUCER * (ITEMS_PER_PRODUCER + 1) / 2;
    ck_assert_int_eq(atomic_load(&consumed_count), 2L * ITEMS_PER_PRODUCER);
    ck_assert_int_eq(atomic_load(&consumed_sum), 2 * per_producer);
    /* Both counts are back where they started. */
    LONG previous = -1;
    ck_assert(!ReleaseSemaphore(slots, 1, &previous));
    ck_assert_uint_eq(GetLastError(), ERROR_TOO_MANY_POSTS);
    ck_assert_int_eq(previous, -1);
    ck_assert_uint_eq(WaitForSingleObject(items, 0), WAIT_TIMEOUT);
    ck_assert(CloseHandle(slots) && CloseHandle(items) && CloseHandle(ring_lock));
    PAL_Terminate();
}
END_TEST

/* Semaphore units released in bulk reach blocked waiters one each, with
 * timed waits racing the release. */
enum { BULK_ROUNDS = 2000 };
static HANDLE bulk;
static _Atomic long bulk_taken;
static _Atomic bool bulk_stop;

static void *bulk_waiter(void *arg)
{
    DWORD timeout = (DWORD)(intptr_t)arg;
    while (!atomic_load(&bulk_stop)) {
        DWORD r = WaitForSingleObject(bulk, timeout);
        if (r == WAIT_OBJECT_0)
            atomic_fetch_add(&bulk_taken, 1);
        else
            ck_assert_uint_eq(r, WAIT_TIMEOUT);
    }
    return NULL;
}

START_TEST(test_semaphore_bulk_release)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    bulk = CreateSemaphoreW(NULL, 0, 3, NULL);
    ck_assert_ptr_nonnull(bulk);
    pthread_t threads[THREADS];
    static const DWORD timeouts[THREADS] = {0, 1, 5, 50};
    for (int i = 0; i < THREADS; i++)
        pthread_create(&threads[i], NULL, bulk_waiter, (void *)(intptr_t)timeouts[i]);
    long released = 0;
    for (int i = 0; i < BULK_ROUNDS; i++) {
        LONG n = 1 + i % 3;
        while (atomic_load(&bulk_taken) < released)
            sched_yield();
        LONG previous = -1;
        ck_assert(ReleaseSemaphore(bulk, n, &previous));
        ck_assert_int_eq(previous, 0); /* everything released before is taken */
        released += n;
    }
    while (atomic_load(&bulk_taken) < released)
        sched_yield();
    atomic_store(&bulk_stop, true);
    for (int i = 0; i < THREADS; i++)
        pthread_join(threads[i], NULL);
    ck_assert_int_eq(atomic_load(&bulk_taken), released); /* never more than released */
    ck_assert_uint_eq(WaitForSingleObject(bulk, 0), WAIT_TIMEOUT);
    ck_assert(CloseHandle(bulk));
    PAL_Terminate();
}
END_TEST

/* A pthread the PAL did not create: adopted by its first wait, it ends
 * owning mutexes (one twice). */
static HANDLE abandon_a, abandon_b, abandon_ready, abandon_go;

static void *own_and_end(void *arg)
{
    (void)arg;
    ck_assert_uint_eq(WaitForSingleObject(abandon_a, INFINITE), WAIT_OBJECT_0);
    ck_assert_uint_eq(WaitForSingleObject(abandon_b, INFINITE), WAIT_OBJECT_0);
    ck_assert_uint_eq(WaitForSingleObject(abandon_b, INFINITE), WAIT_OBJECT_0);
    ck_assert(SetEvent(abandon_ready));
    ck_assert_uint_eq(WaitForSingleObject(abandon_go, INFINITE), WAIT_OBJECT_0);
    return NULL; /* a plain pthread return: the key destructor abandons them */
}

START_TEST(test_adopted_thread_abandons)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    size_t handles_before = handle_count();
    abandon_a = CreateMutexW(NULL, FALSE, NULL);
    abandon_b = CreateMutexW(NULL, FALSE, NULL);
    abandon_ready = CreateEventW(NULL, FALSE, FALSE, NULL);
    abandon_go = CreateEventW(NULL, FALSE, FALSE, NULL);
    pthread_t t;
    pthread_create(&t, NULL, own_and_end, NULL);
    ck_assert_uint_eq(WaitForSingleObject(abandon_ready, INFINITE), WAIT_OBJECT_0);
    ck_assert_uint_eq(WaitForSingleObject(abandon_a, 0), WAIT_TIMEOUT);
    ck_assert(SetEvent(abandon_go));
    /* Blocked when the owner ends (or not yet: both orders give the same). */
    ck_assert_uint_eq(WaitForSingleObject(abandon_a, INFINITE), WAIT_ABANDONED_0);
    pthread_join(t, NULL);
    HANDLE both[2] = {abandon_a, abandon_b};
    ck_assert_uint_eq(WaitForMultipleObjects(2, both, FALSE, 0), WAIT_OBJECT_0);
    ck_assert_uint_eq(WaitForMultipleObjects(2, both, TRUE, 0), WAIT_ABANDONED_0);
    ck_assert(ReleaseMutex(abandon_a) && ReleaseMutex(abandon_a) && ReleaseMutex(abandon_a));
    ck_assert(ReleaseMutex(abandon_b));
    ck_assert(!ReleaseMutex(abandon_b));
    ck_assert_uint_eq(GetLastError(), ERROR_NOT_OWNER);
    ck_assert_ptr_null(thread_self()->owned_mutexes);

    /* Every handle closed while the thread owns the mutex: the ownership
     * keeps the object alive until the thread abandons it. */
    HANDLE dup = NULL;
    ck_assert(DuplicateHandle(GetCurrentProcess(), abandon_a, GetCurrentProcess(), &dup, 0, FALSE,
                              DUPLICATE_SAME_ACCESS));
    HANDLE keep_a = abandon_a;
    abandon_a = dup;
    ck_assert(CloseHandle(keep_a));
    pthread_create(&t, NULL, own_and_end, NULL);
    ck_assert_uint_eq(WaitForSingleObject(abandon_ready, INFINITE), WAIT_OBJECT_0);
    ck_assert(CloseHandle(dup));
    ck_assert(SetEvent(abandon_go));
    pthread_join(t, NULL);
    ck_assert_uint_eq(WaitForSingleObject(abandon_b, 0), WAIT_ABANDONED_0);
    ck_assert(ReleaseMutex(abandon_b));

    ck_assert(CloseHandle(abandon_b) && CloseHandle(abandon_ready) && CloseHandle(abandon_go));
    ck_assert_uint_eq(handle_count(), handles_before);
    PAL_Terminate();
}
END_TEST

START_TEST(test_recursion_limit)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    ck_assert_uint_eq(sync_mutex_max_recursion, 0x7fffffffu);
    sync_mutex_max_recursion = 3;
    HANDLE m = CreateMutexW(NULL, TRUE, NULL);
    HANDLE ev = CreateEventW(NULL, FALSE, TRUE, NULL);
    ck_assert_uint_eq(WaitForSingleObject(m, 0), WAIT_OBJECT_0);
    ck_assert_uint_eq(WaitForSingleObject(m, INFINITE), WAIT_OBJECT_0);
    /* At the limit: every kind of wait fails at once, and takes nothing. */
    SetLastError(0);
    ck_assert_uint_eq(WaitForSingleObject(m, INFINITE), WAIT_FAILED);
    ck_assert_uint_eq(GetLastError(), ERROR_MUTANT_LIMIT_EXCEEDED);
    HANDLE pair[2] = {ev, m};
    SetLastError(0);
    ck_assert_uint_eq(WaitForMultipleObjects(2, pair, TRUE, INFINITE), WAIT_FAILED);
    ck_assert_uint_eq(GetLastError(), ERROR_MUTANT_LIMIT_EXCEEDED);
    ck_assert_uint_eq(WaitForSingleObject(ev, 0), WAIT_OBJECT_0); /* the event was not taken */
    pair[0] = CreateEventW(NULL, FALSE, FALSE, NULL);
    SetLastError(0);
    ck_assert_uint_eq(WaitForMultipleObjects(2, pair, FALSE, INFINITE), WAIT_FAILED);
    ck_assert_uint_eq(GetLastError(), ERROR_MUTANT_LIMIT_EXCEEDED);
    ck_assert(CloseHandle(pair[0]));
    ck_assert(ReleaseMutex(m) && ReleaseMutex(m) && ReleaseMutex(m));
    ck_assert(!ReleaseMutex(m));
    ck_assert_uint_eq(GetLastError(), ERROR_NOT_OWNER);
    sync_mutex_max_recursion = MUTEX_MAX_RECURSION;
    ck_assert(CloseHandle(m) && CloseHandle(ev));
    PAL_Terminate();
}
END_TEST

int main(void)
{
    Suite *s = suite_create("sync");
    TCase *tc = tcase_create("mutex_semaphore");
    tcase_set_timeout(tc, 600);
    tcase_add_test(tc, test_mutex_million_cycles);
    tcase_add_test(tc, test_mutex_timeouts_and_wait_all);
    tcase_add_test(tc, test_semaphore_bounded_queue);
    tcase_add_test(tc, test_semaphore_bulk_release);
    tcase_add_test(tc, test_adopted_thread_abandons);
    tcase_add_test(tc, test_recursion_limit);
    suite_add_tcase(s, tc);
    return unit_run(s);
}
