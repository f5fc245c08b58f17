/*
 * bench_sync.c - synchronization figures, each beside its raw POSIX
 * equivalent measured in the same run (bench/run-bench.sh sets the ratios):
 *   - an auto-reset event ping-pong between two threads vs the same on two
 *     futex words;
 *   - uncontended EnterCriticalSection + LeaveCriticalSection vs
 *     pthread_mutex_lock + pthread_mutex_unlock;
 *   - two threads contending on one critical section vs on one pthread mutex;
 *   - WaitForMultipleObjects(64, any, timeout 0) with only the last of 64
 *     manual-reset events signalled vs poll() on 64 eventfds, the last readable;
 *   - InterlockedIncrement (inlined by the header) vs a C11 atomic increment;
 *   - the auto-reset event ping-pong with named events between two processes
 *     (this program re-executed as the partner) vs unnamed ones in one.
 * Built twice, like bench_api: bench_sync_notrace links the library with
 * tracing compiled out. `bench_sync quick` runs only the one-thread figures,
 * `bench_sync pingpong` and `bench_sync contended` only that pair.
 *
 * Threads exist before anything is timed: glibc takes a shortcut (no atomic
 * instructions) in pthread_mutex while a process has only ever had one
 * thread, which no PAL process is.
 */
#include "internal.h"
#include "futex.h"
#include "bench.h"

#include <poll.h>
#include <pthread.h>
#include <spawn.h>
#include <sys/wait.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

/* ---- Ping-pong: auto-reset events vs futex words ---- */

static HANDLE ping_event, pong_event;

static DWORD PALAPI event_partner(LPVOID arg)
{
    long n = (long)(intptr_t)arg;
    for (long i = 0; i < n; i++) {
        WaitForSingleObject(ping_event, INFINITE);
        SetEvent(pong_event);
    }
    return 0;
}

static double event_pingpong(long n)
{
    ping_event = CreateEventW(NULL, FALSE, FALSE, NULL);
    pong_event = CreateEventW(NULL, FALSE, FALSE, NULL);
    HANDLE partner = CreateThread(NULL, 0, event_partner, (LPVOID)(intptr_t)n, 0, NULL);
    double start = bench_now_ns();
    for (long i = 0; i < n; i++) {
        SetEvent(ping_event);
        WaitForSingleObject(pong_event, INFINITE);
    }
    double t = (bench_now_ns() - start) / (double)n;
    WaitForSingleObject(partner, INFINITE);
    CloseHandle(partner);
    CloseHandle(ping_event);
    CloseHandle(pong_event);
    return t;
}

/* A one-waiter binary semaphore on one futex word: 0 unset, 1 set, 2 unset
 * with the waiter asleep; signalling wakes only a sleeping waiter. The two
 * words are on cache lines of their own, as two events are: on one line,
 * a thread's signal would fetch the line of its next wait as well, a
 * transfer that two objects never save (with the words on one line, the
 * median of 12 interleaved runs was 10% lower). */
static _Atomic uint32_t ping_word __attribute__((aligned(64)));
static _Atomic uint32_t pong_word __attribute__((aligned(64)));

static void word_signal(_Atomic uint32_t *w)
{
    if (atomic_exchange(w, 1) == 2)
        futex_wake(w, 1);
}

static void word_wait(_Atomic uint32_t *w)
{
    for (;;) {
        uint32_t v = 1;
        if (atomic_compare_exchange_strong(w, &v, 0))
            return;
        if (v == 0 && !atomic_compare_exchange_strong(w, &v, 2))
            continue;
        futex_wait_until(w, 2, NULL);
    }
}

static void *futex_partner(void *arg)
{
    long n = (long)(intptr_t)arg;
    for (long i = 0; i < n; i++) {
        word_wait(&ping_word);
        word_signal(&pong_word);
    }
    return NULL;
}

static double futex_pingpong(long n)
{
    pthread_t partner;
    pthread_create(&partner, NULL, futex_partner, (void *)(intptr_t)n);
    double start = bench_now_ns();
    for (long i = 0; i < n; i++) {
        word_signal(&ping_word);
        word_wait(&pong_word);
    }
    double t = (bench_now_ns() - start) / (double)n;
    pthread_join(partner, NULL);
    return t;
}

/* ---- Two threads contending on one lock ---- */

/* Each lock shares its cache line with the counter it guards, and with
 * nothing else, so neither figure pays for the other's data. */
static struct {
    CRITICAL_SECTION cs;
    long counter;
} __attribute__((aligned(64))) pal_lock;
static struct {
    pthread_mutex_t mutex;
    long counter;
} __attribute__((aligned(64))) posix_lock = {PTHREAD_MUTEX_INITIALIZER, 0};
static _Atomic int contended_ready __attribute__((aligned(64)));

static void contended_start(void)
{
    atomic_fetch_add(&contended_ready, 1);
    while (atomic_load(&contended_ready) < 2)
        __builtin_ia32_pause();
}

static DWORD PALAPI critsec_worker(LPVOID arg)
{
    long n = (long)(intptr_t)arg;
    contended_start();
    for (long i = 0; i < n; i++) {
        EnterCriticalSection(&pal_lock.cs);
        pal_lock.counter++;
        LeaveCriticalSection(&pal_lock.cs);
    }
    return 0;
}

static double critsec_contended(long ops)
{
    long n = ops / 2;
    InitializeCriticalSection(&pal_lock.cs);
    pal_lock.counter = 0;
    atomic_store(&contended_ready, 0);
    HANDLE other = CreateThread(NULL, 0, critsec_worker, (LPVOID)(intptr_t)n, 0, NULL);
    double start = bench_now_ns();
    critsec_worker((LPVOID)(intptr_t)n);
    WaitForSingleObject(other, INFINITE);
    double t = (bench_now_ns() - start) / (double)(2 * n);
    CloseHandle(other);
    DeleteCriticalSection(&pal_lock.cs);
    if (pal_lock.counter != 2 * n) {
        fprintf(stderr, "bench_sync: critical section lost updates (%ld of %ld)\n",
                pal_lock.counter, 2 * n);
        exit(1);
    }
    return t;
}

static void *mutex_worker(void *arg)
{
    long n = (long)(intptr_t)arg;
    contended_start();
    for (long i = 0; i < n; i++) {
        pthread_mutex_lock(&posix_lock.mutex);
        posix_lock.counter++;
        pthread_mutex_unlock(&posix_lock.mutex);
    }
    return NULL;
}

static double mutex_contended(long ops)
{
    long n = ops / 2;
    posix_lock.counter = 0;
    atomic_store(&contended_ready, 0);
    pthread_t other;
    pthread_create(&other, NULL, mutex_worker, (void *)(intptr_t)n);
    double start = bench_now_ns();
    mutex_worker((void *)(intptr_t)n);
    pthread_join(other, NULL);
    return (bench_now_ns() - start) / (double)(2 * n);
}

/* ---- Waits that are already satisfied ---- */

static void bench_wait_64(long n)
{
    HANDLE events[MAXIMUM_WAIT_OBJECTS];
    struct pollfd fds[MAXIMUM_WAIT_OBJECTS];
    for (int i = 0; i < MAXIMUM_WAIT_OBJECTS; i++) {
        events[i] = CreateEventW(NULL, TRUE, i == MAXIMUM_WAIT_OBJECTS - 1, NULL);
        fds[i].fd = eventfd(i == MAXIMUM_WAIT_OBJECTS - 1, EFD_CLOEXEC);
        fds[i].events = POLLIN;
    }
    if (WaitForMultipleObjects(MAXIMUM_WAIT_OBJECTS, events, FALSE, 0) !=
            WAIT_OBJECT_0 + MAXIMUM_WAIT_OBJECTS - 1 ||
        poll(fds, MAXIMUM_WAIT_OBJECTS, 0) != 1) {
        fprintf(stderr, "bench_sync: 64-object wait set up wrong\n");
        exit(1);
    }
    BENCH("posix.poll_64_eventfds_last_ready", n, poll(fds, MAXIMUM_WAIT_OBJECTS, 0));
    BENCH("pal.WaitForMultipleObjects_64_last", n,
          WaitForMultipleObjects(MAXIMUM_WAIT_OBJECTS, events, FALSE, 0));
    for (int i = 0; i < MAXIMUM_WAIT_OBJECTS; i++) {
        CloseHandle(events[i]);
        close(fds[i].fd);
    }
}

/* ---- Named events between two processes ---- */

static void named_names(WCHAR *ping, WCHAR *pong, long id)
{
    char buf[64];
    snprintf(buf, sizeof(buf), "bench_sync.ping.%ld", id);
    for (int i = 0; (ping[i] = (WCHAR)buf[i]) != 0; i++)
        ;
    snprintf(buf, sizeof(buf), "bench_sync.pong.%ld", id);
    for (int i = 0; (pong[i] = (WCHAR)buf[i]) != 0; i++)
        ;
}

/* The partner process: `bench_sync named-partner <id> <rounds>`. */
static int named_partner(long id, long n)
{
    WCHAR ping_name[64], pong_name[64];
    named_names(ping_name, pong_name, id);
    HANDLE ping = OpenEventW(EVENT_ALL_ACCESS, FALSE, ping_name);
    HANDLE pong = OpenEventW(EVENT_ALL_ACCESS, FALSE, pong_name);
    if (!ping || !pong)
        return 1;
    for (long i = 0; i < n + 1; i++) {
        WaitForSingleObject(ping, INFINITE);
        SetEvent(pong);
    }
    return 0;
}

static const char *self_path;

static double named_pingpong(long n)
{
    static long runs;
    long id = (long)getpid() * 100 + runs++;
    WCHAR ping_name[64], pong_name[64];
    named_names(ping_name, pong_name, id);
    HANDLE ping = CreateEventW(NULL, FALSE, FALSE, ping_name);
    HANDLE pong = CreateEventW(NULL, FALSE, FALSE, pong_name);
    char id_arg[32], n_arg[32];
    snprintf(id_arg, sizeof(id_arg), "%ld", id);
    snprintf(n_arg, sizeof(n_arg), "%ld", n);
    char *args[] = {(char *)self_path, "named-partner", id_arg, n_arg, NULL};
    pid_t pid;
    extern char **environ;
    if (!ping || !pong || posix_spawn(&pid, self_path, NULL, NULL, args, environ) != 0) {
        fprintf(stderr, "bench_sync: cannot start the named-event partner\n");
        exit(1);
    }
    /* One round untimed: the partner has started and opened the events. */
    SetEvent(ping);
    WaitForSingleObject(pong, INFINITE);
    double start = bench_now_ns();
    for (long i = 0; i < n; i++) {
        SetEvent(ping);
        WaitForSingleObject(pong, INFINITE);
    }
    double t = (bench_now_ns() - start) / (double)n;
    int status;
    waitpid(pid, &status, 0);
    CloseHandle(ping);
    CloseHandle(pong);
    return t;
}

static void *nothing(void *arg) { return arg; }

int main(int argc, char **argv)
{
    if (PAL_Initialize(argc, argv) != 0)
        return 1;
    if (argc == 4 && strcmp(argv[1], "named-partner") == 0)
        return named_partner(atol(argv[2]), atol(argv[3]));
    self_path = argv[0];
    bool quick = argc > 1 && strcmp(argv[1], "quick") == 0;
    const long n = 2000000;
    /* `bench_sync pingpong` or `bench_sync contended`: only that pair, for
     * repeated runs when comparing changes (the two-thread figures vary
     * most from run to run). */
    if (argc > 1 && (strcmp(argv[1], "pingpong") == 0 || strcmp(argv[1], "contended") == 0)) {
        pthread_t t0;
        pthread_create(&t0, NULL, nothing, NULL);
        pthread_join(t0, NULL);
        if (argv[1][0] == 'p')
            bench_pair("posix.futex_pingpong", futex_pingpong, "pal.event_pingpong",
                       event_pingpong, n / 40, BENCH_RUNS);
        else
            bench_pair("posix.pthread_mutex_contended_2threads", mutex_contended,
                       "pal.critsec_contended_2threads", critsec_contended, n, BENCH_RUNS);
        PAL_Terminate();
        return 0;
    }

    /* A process that has had a second thread: see the top of the file. */
    pthread_t t;
    pthread_create(&t, NULL, nothing, NULL);
    pthread_join(t, NULL);

    pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
    BENCH("posix.pthread_mutex_lock_unlock", n * 5, {
        pthread_mutex_lock(&mutex);
        pthread_mutex_unlock(&mutex);
    });
    CRITICAL_SECTION cs;
    InitializeCriticalSection(&cs);
    BENCH("pal.EnterLeaveCriticalSection", n * 5, {
        EnterCriticalSection(&cs);
        LeaveCriticalSection(&cs);
    });
    EnterCriticalSection(&cs);
    BENCH("pal.EnterLeaveCS_recursive", n * 5, {
        EnterCriticalSection(&cs);
        LeaveCriticalSection(&cs);
    });
    LeaveCriticalSection(&cs);
    DeleteCriticalSection(&cs);

    static _Atomic LONG plain_counter;
    static LONG volatile pal_counter;
    BENCH("posix.atomic_fetch_add", n * 5, atomic_fetch_add(&plain_counter, 1));
    /* What a client's InterlockedIncrement(&x) compiles to (library code,
     * like this file, sees no macros), then a call to the exported function. */
    BENCH("pal.InterlockedIncrement", n * 5, PAL_InlineInterlockedIncrement(&pal_counter));
    LONG(PALAPI *volatile exported)(LONG volatile *) = InterlockedIncrement;
    BENCH("pal.InterlockedIncrement_exported", n * 5, exported(&pal_counter));

    if (!quick) {
        bench_wait_64(n / 20);
        bench_pair("posix.futex_pingpong", futex_pingpong, "pal.event_pingpong",
                            event_pingpong, n / 40, BENCH_RUNS);
        bench_pair("posix.pthread_mutex_contended_2threads", mutex_contended,
                            "pal.critsec_contended_2threads", critsec_contended, n, BENCH_RUNS);
        bench_pair("pal.event_pingpong_1process", event_pingpong,
                            "pal.named_event_pingpong_2processes", named_pingpong, n / 40, BENCH_RUNS);
    }

    PAL_Terminate();
    return 0;
}
