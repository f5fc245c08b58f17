/*
 * bench_thread.c - thread figures, each beside its raw POSIX equivalent
 * measured in the same run (bench/run-bench.sh sets the ratios):
 *   - TlsGetValue vs pthread_getspecific, as a client calls them: what
 *     rotor_pal.h makes of TlsGetValue(i) (this file, library code, sees no
 *     macros), and a call through the PLT to libc; also the call to the
 *     exported TlsGetValue (a client taking its address);
 *   - SuspendThread + GetThreadContext + ResumeThread of a spinning thread
 *     vs the same handshake written directly: tgkill, the handler
 *     acknowledges on a futex and sleeps on another until released;
 *   - CreateThread + WaitForSingleObject + CloseHandle of a thread that
 *     returns at once vs pthread_create + pthread_join.
 */
#include "internal.h"
#include "futex.h"
#include "bench.h"

#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static void *nothing(void *arg) { return arg; }

/* ---- TLS ---- */

/* The results are summed in a register and stored once, so the loop does
 * not add a store-to-load round trip through memory to both figures. */
volatile uintptr_t bench_tls_sink;

static void bench_tls(long n)
{
    uintptr_t sum = 0;
    pthread_key_t key;
    pthread_key_create(&key, NULL);
    pthread_setspecific(key, &key);
    BENCH("posix.pthread_getspecific", n, sum += (uintptr_t)pthread_getspecific(key));
    DWORD index = TlsAlloc();
    TlsSetValue(index, &index);
    BENCH("pal.TlsGetValue", n, sum += (uintptr_t)PAL_InlineTlsGetValue(index));
    LPVOID(PALAPI *volatile exported)(DWORD) = TlsGetValue;
    BENCH("pal.TlsGetValue_exported", n, sum += (uintptr_t)exported(index));
    bench_tls_sink = sum;
    TlsFree(index);
    pthread_key_delete(key);
}

/* ---- Suspend round trip ---- */

static _Atomic int spin_stop;

static DWORD PALAPI pal_spinner(LPVOID arg)
{
    (void)arg;
    while (!atomic_load_explicit(&spin_stop, memory_order_relaxed))
        ;
    return 0;
}

static double pal_suspend_roundtrip(long n)
{
    atomic_store(&spin_stop, 0);
    HANDLE t = CreateThread(NULL, 0, pal_spinner, NULL, 0, NULL);
    CONTEXT ctx;
    double start = bench_now_ns();
    for (long i = 0; i < n; i++) {
        SuspendThread(t);
        ctx.ContextFlags = CONTEXT_CONTROL | CONTEXT_INTEGER;
        GetThreadContext(t, &ctx);
        ResumeThread(t);
    }
    double ns = (bench_now_ns() - start) / (double)n;
    atomic_store(&spin_stop, 1);
    WaitForSingleObject(t, INFINITE);
    CloseHandle(t);
    return ns;
}

static _Atomic uint32_t raw_ack, raw_go;
static _Atomic pid_t raw_tid;

static void raw_handler(int sig)
{
    (void)sig;
    atomic_store(&raw_ack, 1);
    futex_wake(&raw_ack, 1);
    while (atomic_load(&raw_go) == 0)
        futex_wait_until(&raw_go, 0, NULL);
    atomic_store(&raw_go, 0);
}

static void *raw_spinner(void *arg)
{
    (void)arg;
    atomic_store(&raw_tid, (pid_t)syscall(SYS_gettid));
    while (!atomic_load_explicit(&spin_stop, memory_order_relaxed))
        ;
    return NULL;
}

static double posix_signal_roundtrip(long n)
{
    atomic_store(&spin_stop, 0);
    atomic_store(&raw_tid, 0);
    pthread_t t;
    pthread_create(&t, NULL, raw_spinner, NULL);
    while (atomic_load(&raw_tid) == 0)
        ;
    pid_t pid = getpid(), tid = atomic_load(&raw_tid);
    double start = bench_now_ns();
    for (long i = 0; i < n; i++) {
        atomic_store(&raw_ack, 0);
        syscall(SYS_tgkill, pid, tid, SIGUSR2);
        while (atomic_load(&raw_ack) == 0)
            futex_wait_until(&raw_ack, 0, NULL);
        atomic_store(&raw_go, 1);
        futex_wake(&raw_go, 1);
    }
    double ns = (bench_now_ns() - start) / (double)n;
    atomic_store(&spin_stop, 1);
    pthread_join(t, NULL);
    return ns;
}

static void bench_suspend(long n)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = raw_handler;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGUSR2, &sa, NULL);
    bench_pair("posix.signal_handshake_roundtrip", posix_signal_roundtrip,
                        "pal.Suspend_GetContext_Resume", pal_suspend_roundtrip, n, BENCH_RUNS);
}

/* ---- Thread creation ---- */

static DWORD PALAPI returns_at_once(LPVOID arg) { return (DWORD)(uintptr_t)arg; }

static double pal_create_wait_close(long n)
{
    double start = bench_now_ns();
    for (long i = 0; i < n; i++) {
        HANDLE h = CreateThread(NULL, 0, returns_at_once, NULL, 0, NULL);
        WaitForSingleObject(h, INFINITE);
        CloseHandle(h);
    }
    return (bench_now_ns() - start) / (double)n;
}

static double posix_create_join(long n)
{
    double start = bench_now_ns();
    for (long i = 0; i < n; i++) {
        pthread_t t;
        pthread_create(&t, NULL, nothing, NULL);
        pthread_join(t, NULL);
    }
    return (bench_now_ns() - start) / (double)n;
}

int main(int argc, char **argv)
{
    if (PAL_Initialize(argc, argv) != 0)
        return 1;
    bool quick = argc > 1 && strcmp(argv[1], "quick") == 0;
    /* glibc takes single-thread shortcuts until a process has had a second
     * thread, which no PAL process lacks. */
    pthread_t t;
    pthread_create(&t, NULL, nothing, NULL);
    pthread_join(t, NULL);

    bench_tls(20000000);
    if (!quick) {
        bench_suspend(20000);
        bench_pair("posix.pthread_create_join", posix_create_join,
                            "pal.CreateThread_Wait_CloseHandle", pal_create_wait_close, 2000, BENCH_RUNS);
    }
    PAL_Terminate();
    return 0;
}
