/*
 * check_thread.c - threads the PAL creates: many threads come and go without
 * leaking handles or thread objects; the new thread's state is the object
 * behind its handle; the trampoline sets the Win32 floating-point
 * environment whatever the creator's; threads the PAL did not create report
 * STILL_ACTIVE, then 0 (or their ExitThread code); a NULL start address
 * faults in the new thread, as on Windows; a failed creation leaks nothing;
 * a thread created suspended is parked in the suspend handler when
 * CreateThread returns. TLS: a slot freed and allocated again reads NULL in
 * every thread that had set it; threads the PAL has not seen read NULL
 * without being adopted. Priorities reach the kernel (nice value, SCHED_IDLE).
 */
#include "internal.h"
#include "handle.h"
#include "thread.h"

#include "unit.h"
#include <fenv.h>
#include <pthread.h>
#include <errno.h>
#include <sched.h>
#include <sys/resource.h>
#include <signal.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

/* A thread's object is freed by whoever drops the last reference, which
 * may be the ending thread itself just after it signalled: wait for that. */
static void wait_for_thread_objects(size_t expected)
{
    for (int i = 0; i < 10000 && thread_object_count() != expected; i++) {
        struct timespec ms = {0, 1000000};
        nanosleep(&ms, NULL);
    }
    ck_assert_uint_eq(thread_object_count(), expected);
}

enum { MANY = 1000 };
static HANDLE many_events[MANY];

static DWORD PALAPI signal_and_return(LPVOID parameter)
{
    DWORD i = (DWORD)(uintptr_t)parameter;
    ck_assert(SetEvent(many_events[i]));
    return i * 3;
}

START_TEST(test_thousand_threads)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    size_t handles_before = handle_count();
    size_t objects_before = thread_object_count();
    static HANDLE threads[MANY];
    static DWORD ids[MANY];
    for (int i = 0; i < MANY; i++) {
        many_events[i] = CreateEventW(NULL, FALSE, FALSE, NULL);
        ck_assert_ptr_nonnull(many_events[i]);
    }
    for (int i = 0; i < MANY; i++) {
        threads[i] = CreateThread(NULL, 0, signal_and_return, (LPVOID)(uintptr_t)i, 0, &ids[i]);
        ck_assert_msg(threads[i] != NULL, "CreateThread #%d failed with %u", i, GetLastError());
        ck_assert_uint_ne(ids[i], 0);
    }
    ck_assert_uint_eq(handle_count(), handles_before + 2 * MANY);
    for (int i = 0; i < MANY; i++) {
        ck_assert_uint_eq(WaitForSingleObject(many_events[i], INFINITE), WAIT_OBJECT_0);
        ck_assert_uint_eq(WaitForSingleObject(threads[i], INFINITE), WAIT_OBJECT_0);
        /* The exit code is in place by the time the handle is signalled. */
        DWORD code = 0;
        ck_assert(GetExitCodeThread(threads[i], &code));
        ck_assert_uint_eq(code, (DWORD)i * 3);
        ck_assert(CloseHandle(threads[i]));
        ck_assert(CloseHandle(many_events[i]));
    }
    ck_assert_uint_eq(handle_count(), handles_before);
    wait_for_thread_objects(objects_before);
    PAL_Terminate();
}
END_TEST

static struct pal_thread *_Atomic seen_self;
static _Atomic DWORD seen_tid;

static DWORD PALAPI record_self(LPVOID parameter)
{
    atomic_store(&seen_self, thread_self());
    atomic_store(&seen_tid, GetCurrentThreadId());
    return 0;
}

START_TEST(test_self_is_the_handles_object)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    DWORD tid = 0;
    HANDLE h = CreateThread(NULL, 0, record_self, NULL, 0, &tid);
    ck_assert_ptr_nonnull(h);
    handle_pin pin;
    struct pal_thread *thread = (struct pal_thread *)handle_lookup(h, &thread_ops, &pin);
    ck_assert_ptr_nonnull(thread);
    /* Published before CreateThread returned. */
    ck_assert_uint_eq(thread->tid, tid);
    handle_unpin(pin);
    ck_assert_uint_eq(WaitForSingleObject(h, INFINITE), WAIT_OBJECT_0);
    ck_assert_ptr_eq(atomic_load(&seen_self), thread);
    ck_assert_uint_eq(atomic_load(&seen_tid), tid);
    ck_assert(CloseHandle(h));
    PAL_Terminate();
}
END_TEST

struct fp_state {
    int round;
    int enabled_traps;
    unsigned short x87_cw;
};

static void fp_read(struct fp_state *s)
{
    s->round = fegetround();
    s->enabled_traps = fegetexcept();
    __asm__ volatile("fnstcw %0" : "=m"(s->x87_cw));
}

static struct fp_state child_fp;

static DWORD PALAPI read_fp(LPVOID parameter)
{
    fp_read(&child_fp);
    return 0;
}

START_TEST(test_new_thread_fp_environment)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    fenv_t saved;
    fegetenv(&saved);
    /* The creator's environment is not the Win32 one... */
    fesetround(FE_UPWARD);
    unsigned short cw;
    __asm__ volatile("fnstcw %0" : "=m"(cw));
    cw = (unsigned short)(cw | 0x0300u); /* 64-bit precision */
    __asm__ volatile("fldcw %0" : : "m"(cw));
    HANDLE h = CreateThread(NULL, 0, read_fp, NULL, 0, NULL);
    ck_assert_ptr_nonnull(h);
    ck_assert_uint_eq(WaitForSingleObject(h, INFINITE), WAIT_OBJECT_0);
    ck_assert(CloseHandle(h));
    fesetenv(&saved);
    /* ...the new thread's is. */
    ck_assert_int_eq(child_fp.round, FE_TONEAREST);
    ck_assert_int_eq(child_fp.enabled_traps, 0);
    ck_assert_uint_eq(child_fp.x87_cw & 0x0300u, 0x0200u); /* 53-bit precision */
    ck_assert_uint_eq(child_fp.x87_cw & 0x003fu, 0x003fu); /* all exceptions masked */
    ck_assert_uint_eq(child_fp.x87_cw & 0x0c00u, 0x0000u); /* round to nearest */
    PAL_Terminate();
}
END_TEST

/* An adopted thread: a plain pthread that makes itself known to the PAL. */
static HANDLE adopted_handle;
static HANDLE adopted_go;

static void *adopted_main(void *arg)
{
    HANDLE self = NULL;
    ck_assert(DuplicateHandle(GetCurrentProcess(), GetCurrentThread(), GetCurrentProcess(), &self,
                              0, FALSE, DUPLICATE_SAME_ACCESS));
    /* Published atomically: the main thread polls for it. */
    __atomic_store_n(&adopted_handle, self, __ATOMIC_RELEASE);
    ck_assert_uint_eq(WaitForSingleObject(adopted_go, INFINITE), WAIT_OBJECT_0);
    if (arg)
        ExitThread((DWORD)(uintptr_t)arg);
    return NULL;
}

static void check_adopted(DWORD exit_code)
{
    adopted_go = CreateEventW(NULL, TRUE, FALSE, NULL);
    pthread_t t;
    ck_assert_int_eq(pthread_create(&t, NULL, adopted_main, (void *)(uintptr_t)exit_code), 0);
    while (!__atomic_load_n(&adopted_handle, __ATOMIC_ACQUIRE))
        sched_yield();
    DWORD code = 0;
    ck_assert(GetExitCodeThread(adopted_handle, &code));
    ck_assert_uint_eq(code, STILL_ACTIVE);
    ck_assert_uint_eq(WaitForSingleObject(adopted_handle, 0), WAIT_TIMEOUT);
    ck_assert(SetEvent(adopted_go));
    pthread_join(t, NULL);
    ck_assert_uint_eq(WaitForSingleObject(adopted_handle, INFINITE), WAIT_OBJECT_0);
    ck_assert(GetExitCodeThread(adopted_handle, &code));
    ck_assert_uint_eq(code, exit_code);
    ck_assert(CloseHandle(adopted_handle));
    ck_assert(CloseHandle(adopted_go));
    __atomic_store_n(&adopted_handle, NULL, __ATOMIC_RELEASE);
}

START_TEST(test_adopted_thread_exit_code)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    size_t objects_before = thread_object_count();
    check_adopted(0);  /* returned from its pthread routine: 0 */
    check_adopted(77); /* ExitThread(77) */
    wait_for_thread_objects(objects_before);
    PAL_Terminate();
}
END_TEST

enum { FAULT_EXIT = 3 };

static void on_fault(int sig) { _exit(FAULT_EXIT); }

/* Runs in check's child process: the fault ends it with FAULT_EXIT. */
START_TEST(test_null_start_address_faults_in_thread)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    struct sigaction sa = {.sa_handler = on_fault};
    sigaction(SIGSEGV, &sa, NULL);
    SetLastError(0x5a5a);
    DWORD tid = 0;
    HANDLE h = CreateThread(NULL, 0, NULL, NULL, 0, &tid);
    /* As on Windows: the creation succeeds... */
    ck_assert_ptr_nonnull(h);
    ck_assert_uint_eq(GetLastError(), 0x5a5a);
    ck_assert_uint_ne(tid, 0);
    /* ...and the thread faults when it starts. */
    WaitForSingleObject(h, INFINITE);
    ck_abort_msg("the thread with a NULL start address ended without a fault");
}
END_TEST

static DWORD PALAPI never_runs(LPVOID parameter)
{
    ck_abort_msg("a thread ran that should not have");
    return 0;
}

/* A failing creation leaves nothing behind, suspended or not. */
START_TEST(test_failed_create_leaves_nothing)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    size_t handles_before = handle_count();
    size_t objects_before = thread_object_count();
    DWORD tid = 12345;
    SetLastError(0);
    ck_assert_ptr_null(CreateThread(NULL, (SIZE_T)1 << 47, never_runs, NULL, CREATE_SUSPENDED, &tid));
    ck_assert_uint_eq(GetLastError(), ERROR_NOT_ENOUGH_MEMORY);
    ck_assert_ptr_null(CreateThread(NULL, (SIZE_T)1 << 47, never_runs, NULL, 0, &tid));
    ck_assert_uint_eq(GetLastError(), ERROR_NOT_ENOUGH_MEMORY);
    ck_assert_ptr_null(CreateThread(NULL, (SIZE_T)-1, never_runs, NULL, 0, &tid));
    ck_assert_uint_eq(GetLastError(), ERROR_NOT_ENOUGH_MEMORY);
    ck_assert_uint_eq(tid, 12345);
    ck_assert_uint_eq(handle_count(), handles_before);
    ck_assert_uint_eq(thread_object_count(), objects_before);
    PAL_Terminate();
}
END_TEST

/* A thread created suspended and never resumed stays parked; closing its
 * handle does not free its object (the thread still holds it). */
START_TEST(test_create_suspended_parks_in_handler)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    HANDLE h = CreateThread(NULL, 0, never_runs, NULL, CREATE_SUSPENDED, NULL);
    ck_assert_ptr_nonnull(h);
    handle_pin pin;
    struct pal_thread *thread = (struct pal_thread *)handle_lookup(h, &thread_ops, &pin);
    ck_assert_ptr_nonnull(thread);
    /* Parked before CreateThread returned: the handler acknowledged the count. */
    uint32_t word = atomic_load(&thread->suspend_word);
    ck_assert_uint_eq(word & THREAD_SUSPEND_COUNT_MASK, 1);
    ck_assert_uint_eq(atomic_load(&thread->suspend_ack), word);
    ck_assert_ptr_nonnull(thread->suspend_uc);
    handle_unpin(pin);
    ck_assert(CloseHandle(h));
    PAL_Terminate();
}
END_TEST

/* ---- TLS ---- */

enum { TLS_READERS = 4 };
static DWORD tls_index;
static HANDLE tls_stored[TLS_READERS], tls_reused;
static void *_Atomic tls_seen[TLS_READERS];

static DWORD PALAPI tls_reader(LPVOID parameter)
{
    int i = (int)(uintptr_t)parameter;
    ck_assert(TlsSetValue(tls_index, &tls_seen[i]));
    ck_assert(SetEvent(tls_stored[i]));
    ck_assert_uint_eq(WaitForSingleObject(tls_reused, INFINITE), WAIT_OBJECT_0);
    atomic_store(&tls_seen[i], TlsGetValue(tls_index));
    return 0;
}

/* A slot freed and handed out again reads NULL in threads that stored a
 * value in it before, in the inline slots and the expansion slots alike. */
static void check_slot_reuse(DWORD index)
{
    tls_index = index;
    tls_reused = CreateEventW(NULL, TRUE, FALSE, NULL);
    HANDLE threads[TLS_READERS];
    for (int i = 0; i < TLS_READERS; i++) {
        tls_stored[i] = CreateEventW(NULL, TRUE, FALSE, NULL);
        threads[i] = CreateThread(NULL, 0, tls_reader, (LPVOID)(uintptr_t)i, 0, NULL);
        ck_assert_ptr_nonnull(threads[i]);
        ck_assert_uint_eq(WaitForSingleObject(tls_stored[i], INFINITE), WAIT_OBJECT_0);
    }
    ck_assert(TlsFree(index));
    ck_assert_uint_eq(TlsAlloc(), index); /* the lowest free index */
    ck_assert(SetEvent(tls_reused));
    for (int i = 0; i < TLS_READERS; i++) {
        ck_assert_uint_eq(WaitForSingleObject(threads[i], INFINITE), WAIT_OBJECT_0);
        ck_assert_ptr_null(atomic_load(&tls_seen[i]));
        ck_assert(CloseHandle(threads[i]));
        ck_assert(CloseHandle(tls_stored[i]));
    }
    ck_assert(CloseHandle(tls_reused));
}

START_TEST(test_tls_slot_reuse_across_threads)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    static DWORD all[THREAD_TLS_SLOTS];
    DWORD n = 0, index;
    while ((index = TlsAlloc()) != TLS_OUT_OF_INDEXES)
        all[n++] = index;
    ck_assert_uint_eq(GetLastError(), ERROR_NO_MORE_ITEMS);
    ck_assert_uint_eq(n, THREAD_TLS_SLOTS); /* the PAL itself takes none */
    check_slot_reuse(5);                      /* an inline slot */
    check_slot_reuse(THREAD_TLS_SLOTS - 1);   /* an expansion slot */
    for (DWORD i = 0; i < n; i++)
        ck_assert(TlsFree(all[i]));
    PAL_Terminate();
}
END_TEST

/* A thread the PAL has never seen reads NULL everywhere without being
 * adopted; its first TlsSetValue adopts it. */
static void *tls_foreign(void *arg)
{
    DWORD index = (DWORD)(uintptr_t)arg;
    size_t objects = thread_object_count();
    SetLastError(77);
    ck_assert_ptr_null(TlsGetValue(index));
    ck_assert_uint_eq(GetLastError(), ERROR_SUCCESS);
    ck_assert_ptr_null(TlsGetValue(THREAD_TLS_SLOTS - 1));
    ck_assert_uint_eq(thread_object_count(), objects);
    ck_assert(TlsSetValue(index, arg));
    ck_assert_ptr_eq(TlsGetValue(index), arg);
    ck_assert_ptr_nonnull(thread_self_ptr);
    return NULL;
}

START_TEST(test_tls_foreign_thread)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    DWORD index = TlsAlloc();
    pthread_t t;
    ck_assert_int_eq(pthread_create(&t, NULL, tls_foreign, (void *)(uintptr_t)index), 0);
    pthread_join(t, NULL);
    ck_assert(TlsFree(index));
    PAL_Terminate();
}
END_TEST

/* ---- Priorities: what the kernel sees ---- */

static _Atomic pid_t prio_tid;
static HANDLE prio_go;

static DWORD PALAPI prio_waiter(LPVOID parameter)
{
    atomic_store(&prio_tid, (pid_t)GetCurrentThreadId());
    WaitForSingleObject(prio_go, INFINITE);
    return 0;
}

/* Lowering a priority is always allowed: LOWEST raises the nice value by 10,
 * IDLE moves the thread to SCHED_IDLE. */
START_TEST(test_priority_reaches_kernel)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    prio_go = CreateEventW(NULL, TRUE, FALSE, NULL);
    HANDLE h = CreateThread(NULL, 0, prio_waiter, NULL, 0, NULL);
    ck_assert_ptr_nonnull(h);
    while (atomic_load(&prio_tid) == 0)
        sched_yield();
    pid_t tid = atomic_load(&prio_tid);
    errno = 0;
    int base = getpriority(PRIO_PROCESS, (id_t)tid);
    ck_assert_int_eq(errno, 0);
    ck_assert(SetThreadPriority(h, THREAD_PRIORITY_LOWEST));
    int expected = base + 10 > 19 ? 19 : base + 10;
    ck_assert_int_eq(getpriority(PRIO_PROCESS, (id_t)tid), expected);
    ck_assert_int_eq(sched_getscheduler(tid), SCHED_OTHER);
    ck_assert(SetThreadPriority(h, THREAD_PRIORITY_IDLE));
    ck_assert_int_eq(sched_getscheduler(tid), SCHED_IDLE);
    ck_assert_int_eq(GetThreadPriority(h), THREAD_PRIORITY_IDLE);
    ck_assert(SetEvent(prio_go));
    ck_assert_uint_eq(WaitForSingleObject(h, INFINITE), WAIT_OBJECT_0);
    ck_assert(CloseHandle(h));
    ck_assert(CloseHandle(prio_go));
    PAL_Terminate();
}
END_TEST

/* A thread created by a thread at LOWEST runs at NORMAL, as on Windows: in
 * the kernel too where the process may raise priorities (else it keeps its
 * creator's nice value: docs/api-partial.tsv). */
static _Atomic int child_nice = 1000;

static DWORD PALAPI read_own_nice(LPVOID parameter)
{
    errno = 0;
    int nice = getpriority(PRIO_PROCESS, 0);
    atomic_store(&child_nice, errno ? 2000 : nice);
    return (DWORD)GetThreadPriority(GetCurrentThread());
}

static DWORD PALAPI lowered_creator(LPVOID parameter)
{
    int base = getpriority(PRIO_PROCESS, 0);
    ck_assert(SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_LOWEST));
    HANDLE h = CreateThread(NULL, 0, read_own_nice, NULL, 0, NULL);
    ck_assert_ptr_nonnull(h);
    ck_assert_uint_eq(WaitForSingleObject(h, INFINITE), WAIT_OBJECT_0);
    DWORD reported = 1;
    ck_assert(GetExitCodeThread(h, &reported));
    ck_assert_int_eq((int)reported, THREAD_PRIORITY_NORMAL);
    ck_assert(CloseHandle(h));
    /* Can this process raise a priority again? */
    ck_assert(SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_NORMAL));
    bool privileged = getpriority(PRIO_PROCESS, 0) == base;
    int lowered = base + 10 > 19 ? 19 : base + 10;
    ck_assert_int_eq(atomic_load(&child_nice), privileged ? base : lowered);
    return 0;
}

START_TEST(test_new_thread_priority_normal)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    HANDLE h = CreateThread(NULL, 0, lowered_creator, NULL, 0, NULL);
    ck_assert_ptr_nonnull(h);
    ck_assert_uint_eq(WaitForSingleObject(h, INFINITE), WAIT_OBJECT_0);
    ck_assert(CloseHandle(h));
    PAL_Terminate();
}
END_TEST

/* ---- Suspension and contexts ---- */

static _Atomic int spin_stop;
static _Atomic long spin_count;

static DWORD PALAPI spinner(LPVOID parameter)
{
    while (!atomic_load_explicit(&spin_stop, memory_order_relaxed))
        atomic_fetch_add_explicit(&spin_count, 1, memory_order_relaxed);
    return 0;
}

static HANDLE race_target;
static _Atomic int race_errors;

static DWORD PALAPI suspend_resume_loop(LPVOID parameter)
{
    CONTEXT ctx;
    for (int i = 0; i < 2000; i++) {
        if (SuspendThread(race_target) == (DWORD)-1)
            atomic_fetch_add(&race_errors, 1);
        ctx.ContextFlags = CONTEXT_CONTROL;
        if (!GetThreadContext(race_target, &ctx) || ctx.Rip == 0)
            atomic_fetch_add(&race_errors, 1);
        if (ResumeThread(race_target) == (DWORD)-1)
            atomic_fetch_add(&race_errors, 1);
    }
    return 0;
}

/* Three threads suspend, read and resume one target at once: every call
 * succeeds, nothing deadlocks, and the target runs on at the end. */
START_TEST(test_suspend_concurrent)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    atomic_store(&spin_stop, 0);
    race_target = CreateThread(NULL, 0, spinner, NULL, 0, NULL);
    ck_assert_ptr_nonnull(race_target);
    HANDLE racers[3];
    for (int i = 0; i < 3; i++)
        racers[i] = CreateThread(NULL, 0, suspend_resume_loop, NULL, 0, NULL);
    ck_assert_uint_eq(WaitForMultipleObjects(3, racers, TRUE, INFINITE), WAIT_OBJECT_0);
    ck_assert_int_eq(atomic_load(&race_errors), 0);
    ck_assert_uint_eq(ResumeThread(race_target), 0);
    long before = atomic_load(&spin_count);
    while (atomic_load(&spin_count) == before)
        sched_yield();
    atomic_store(&spin_stop, 1);
    ck_assert_uint_eq(WaitForSingleObject(race_target, INFINITE), WAIT_OBJECT_0);
    for (int i = 0; i < 3; i++)
        ck_assert(CloseHandle(racers[i]));
    ck_assert(CloseHandle(race_target));
    PAL_Terminate();
}
END_TEST

static _Atomic int landed;

static void land_here(void)
{
    atomic_store(&landed, 1);
    ExitThread(5);
}

/* SetThreadContext on the calling thread takes effect at once. */
static DWORD PALAPI redirect_self(LPVOID parameter)
{
    CONTEXT ctx;
    ctx.ContextFlags = CONTEXT_CONTROL;
    ck_assert(GetThreadContext(GetCurrentThread(), &ctx));
    uint64_t rsp = ((ctx.Rsp - 4096) & ~(uint64_t)15) - 8;
    *(uint64_t *)rsp = 0;
    ctx.Rsp = rsp;
    ctx.Rip = (DWORD64)(uintptr_t)land_here;
#if defined(__SANITIZE_THREAD__)
    /* ThreadSanitizer runs signal handlers itself, on a context of its own:
     * the handler's changes to the interrupted context are lost, so a context
     * set on the current thread cannot take effect under it. */
    (void)ctx;
    land_here();
#else
    SetThreadContext(GetCurrentThread(), &ctx);
    ck_abort_msg("SetThreadContext on the current thread returned");
#endif
    return 0;
}

/* A thread that has ended has no context to give. */
START_TEST(test_context_self_and_ended)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    HANDLE h = CreateThread(NULL, 0, redirect_self, NULL, 0, NULL);
    ck_assert_ptr_nonnull(h);
    ck_assert_uint_eq(WaitForSingleObject(h, INFINITE), WAIT_OBJECT_0);
    ck_assert_int_eq(atomic_load(&landed), 1);
    DWORD code = 0;
    ck_assert(GetExitCodeThread(h, &code));
    ck_assert_uint_eq(code, 5);
    CONTEXT ctx;
    ctx.ContextFlags = CONTEXT_CONTROL;
    SetLastError(0);
    ck_assert(!GetThreadContext(h, &ctx));
    ck_assert_uint_eq(GetLastError(), ERROR_GEN_FAILURE);
    ck_assert(!SetThreadContext(h, &ctx));
    ck_assert_uint_eq(GetLastError(), ERROR_GEN_FAILURE);
    ck_assert(!GetThreadContext(h, NULL));
    ck_assert_uint_eq(GetLastError(), ERROR_NOACCESS);
    ck_assert(CloseHandle(h));
    PAL_Terminate();
}
END_TEST

/* A NULL APC is refused (Windows queues it and the thread faults running it). */
START_TEST(test_null_apc_refused)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    SetLastError(0);
    ck_assert_uint_eq(QueueUserAPC(NULL, GetCurrentThread(), 1), 0);
    ck_assert_uint_eq(GetLastError(), ERROR_INVALID_PARAMETER);
    /* Nothing was queued: an alertable poll finds no APC. */
    ck_assert_uint_eq(SleepEx(0, TRUE), 0);
    PAL_Terminate();
}
END_TEST

int main(void)
{
    Suite *s = suite_create("thread");
    TCase *tc = tcase_create("create");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_thousand_threads);
    tcase_add_test(tc, test_self_is_the_handles_object);
    tcase_add_test(tc, test_new_thread_fp_environment);
    tcase_add_test(tc, test_adopted_thread_exit_code);
    tcase_add_exit_test(tc, test_null_start_address_faults_in_thread, FAULT_EXIT);
    tcase_add_test(tc, test_failed_create_leaves_nothing);
    tcase_add_test(tc, test_create_suspended_parks_in_handler);
    tcase_add_test(tc, test_null_apc_refused);
    suite_add_tcase(s, tc);
    TCase *tls = tcase_create("tls");
    tcase_set_timeout(tls, 60);
    tcase_add_test(tls, test_tls_slot_reuse_across_threads);
    tcase_add_test(tls, test_tls_foreign_thread);
    suite_add_tcase(s, tls);
    TCase *susp = tcase_create("suspend");
    tcase_set_timeout(susp, 120);
    tcase_add_test(susp, test_suspend_concurrent);
    tcase_add_test(susp, test_context_self_and_ended);
    suite_add_tcase(s, susp);
    TCase *prio = tcase_create("priority");
    tcase_add_test(prio, test_priority_reaches_kernel);
    tcase_add_test(prio, test_new_thread_priority_normal);
    suite_add_tcase(s, prio);
    return unit_run(s);
}
