/*
 * critsec.c - critical sections: InitializeCriticalSection,
 * EnterCriticalSection, TryEnterCriticalSection, LeaveCriticalSection,
 * DeleteCriticalSection.
 *
 * A critical section is a futex lock kept in the client's CRITICAL_SECTION
 * (the Windows x64 layout, 40 bytes); nothing is allocated, so no call can
 * fail and a zero-filled section is a valid free one (it just never spins):
 *   LockCount       the futex word: 0 free, 1 held
 *   RecursionCount  Enter calls of the owner not yet left (touched by the owner only)
 *   OwningThread    the owner's thread id as a HANDLE-sized value, 0 when free
 *                   (what Windows stores there too)
 *   LockSemaphore   CRITSEC_SLEEPER times the threads asleep (or about to be)
 *                   on LockCount, plus CRITSEC_WAKING while one of them has
 *                   been woken and is on its way back to the lock
 *   SpinCount       how many times a contended Enter polls before it sleeps
 *   DebugInfo       unused, NULL
 *
 * Uncontended, Enter is one atomic exchange and Leave one plain store: no
 * fence, no system call. A plain store cannot tell the releaser whether a
 * thread went to sleep at that very moment (that takes a store-load fence,
 * as costly as the exchange itself), so the fence is moved to the rare side:
 * a thread about to sleep counts itself in LockSemaphore, then calls
 * membarrier(PRIVATE_EXPEDITED), which runs a full barrier on every thread of
 * the process. After it, any Leave either has its store visible to the
 * sleeper (which then takes the lock instead of sleeping) or reads the
 * sleeper's count and wakes it. Where membarrier is unavailable, Leave
 * releases with an exchange instead (sequentially consistent), and the count
 * works the usual way. A sleeper stays counted until it owns the lock, so a
 * Leave that sees the count goes to a slow path, fenced: it wakes one
 * sleeper unless one woken earlier has not yet come back to look at the lock
 * (CRITSEC_WAKING), so a woken thread in transit costs the owner no system
 * call per Leave.
 *
 * Leave by a thread that does not own the section is undefined on Windows;
 * here it changes nothing at all (the owner keeps it, nothing is corrupted).
 * Enter and Leave are traced like any API: when tracing is off that is one
 * predictable branch each (bench/bench_sync measures it).
 */
#include "internal.h"
#include "thread.h"

#include <linux/membarrier.h>
#include <pthread.h>
#include <time.h>
#include <unistd.h>

/* How long a contended Enter polls before it sleeps: about the cost of going
 * to sleep and being woken. Converted to polls once (pause takes 1 to 150
 * cycles depending on the CPU), capped by MAX_SPIN. */
#define CRITSEC_SPIN_NS 4000
#define CRITSEC_MAX_SPIN 4000
/* Degraded mode only (see critsec_prepare_sleep): the longest a new sleeper
 * may miss a wake-up. */
#define CRITSEC_DEGRADED_WAIT_NS 1000000

static _Atomic int critsec_mode = CRITSEC_RELEASE_UNDECIDED;
static pthread_once_t critsec_mode_once = PTHREAD_ONCE_INIT;
static pthread_once_t critsec_spin_once = PTHREAD_ONCE_INIT;
static ULONG_PTR critsec_default_spin;

static inline HANDLE critsec_self(void) { return (HANDLE)(ULONG_PTR)thread_current_id(); }

static inline void critsec_futex_wait(LPCRITICAL_SECTION cs, const struct timespec *rel_timeout)
{
    syscall(SYS_futex, &cs->LockCount, FUTEX_WAIT_PRIVATE, 1, rel_timeout, NULL, 0);
}

/* Returns how many threads it woke (0 or 1). */
static inline long critsec_futex_wake(LPCRITICAL_SECTION cs)
{
    return syscall(SYS_futex, &cs->LockCount, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

static inline bool critsec_try_lock(LPCRITICAL_SECTION cs)
{
    return __atomic_exchange_n(&cs->LockCount, 1, __ATOMIC_SEQ_CST) == 0;
}

/* Polls the lock up to `polls` times; true if it took it. */
static bool critsec_spin(LPCRITICAL_SECTION cs, ULONG_PTR polls)
{
    for (; polls > 0; polls--) {
        __builtin_ia32_pause();
        if (__atomic_load_n(&cs->LockCount, __ATOMIC_RELAXED) == 0 && critsec_try_lock(cs))
            return true;
    }
    return false;
}

/* The sleep state in LockSemaphore (see the top of the file). */
#define CRITSEC_WAKING 1u
#define CRITSEC_SLEEPER 2u

enum critsec_sleep_op { SLEEPER_IN, SLEEPER_OUT, WAKING_SET, WAKING_CLEAR };

/* Applies op to the sleep state atomically (a sequentially consistent CAS,
 * or nothing when there is nothing to change); returns the state it found. */
static uintptr_t critsec_sleep_update(LPCRITICAL_SECTION cs, enum critsec_sleep_op op)
{
    HANDLE old = __atomic_load_n(&cs->LockSemaphore, __ATOMIC_RELAXED);
    for (;;) {
        uintptr_t state = (uintptr_t)old, next;
        switch (op) {
        case SLEEPER_IN:
            next = state + CRITSEC_SLEEPER;
            break;
        case SLEEPER_OUT:
            /* It owns the lock now: whether or not it was the one woken, no
             * woken sleeper is to be waited for any more. */
            next = (state - CRITSEC_SLEEPER) & ~(uintptr_t)CRITSEC_WAKING;
            break;
        case WAKING_SET:
            if (state < CRITSEC_SLEEPER || (state & CRITSEC_WAKING))
                return state;
            next = state | CRITSEC_WAKING;
            break;
        default: /* WAKING_CLEAR */
            if (!(state & CRITSEC_WAKING))
                return state;
            next = state & ~(uintptr_t)CRITSEC_WAKING;
            break;
        }
        if (__atomic_compare_exchange_n(&cs->LockSemaphore, &old, (HANDLE)next, true,
                                        __ATOMIC_SEQ_CST, __ATOMIC_RELAXED))
            return state;
    }
}

static long critsec_membarrier(int cmd) { return syscall(SYS_membarrier, cmd, 0, 0); }

/* Decided by the first InitializeCriticalSection (or the first sleep on a
 * zero-filled section), so a process without critical sections never
 * registers. Safe to switch while sections are in use: a sleeper counts
 * itself before it reads the mode, and a Leave reads the mode before the
 * count, so a Leave that already sees ASYMMETRIC also sees every sleeper that
 * read UNDECIDED (x86 keeps loads in order). */
static void critsec_decide_mode(void)
{
    int mode = critsec_membarrier(MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED) == 0
                   ? CRITSEC_RELEASE_ASYMMETRIC
                   : CRITSEC_RELEASE_FENCED;
    atomic_store(&critsec_mode, mode);
}

/* After counting itself as a sleeper: makes sure every later Leave sees the
 * count. Returns the bound for the first futex wait: NULL, except in the
 * degraded mode that follows a failed membarrier (out of memory, or a seccomp
 * filter installed after registration): Leaves fence from then on, but one
 * that read the old mode just before may still release without seeing this
 * sleeper, for as long as its store sits in a store buffer; the bounded first
 * wait covers that. Never expected, never polls in normal operation. */
static const struct timespec *critsec_prepare_sleep(void)
{
    static const struct timespec degraded = {0, CRITSEC_DEGRADED_WAIT_NS};
    int mode = atomic_load(&critsec_mode);
    if (mode == CRITSEC_RELEASE_UNDECIDED) {
        pthread_once(&critsec_mode_once, critsec_decide_mode);
        mode = atomic_load(&critsec_mode);
    }
    if (mode == CRITSEC_RELEASE_ASYMMETRIC) {
        if (PAL_LIKELY(critsec_membarrier(MEMBARRIER_CMD_PRIVATE_EXPEDITED) == 0))
            return NULL;
        atomic_store(&critsec_mode, CRITSEC_RELEASE_DEGRADED);
        return &degraded;
    }
    return mode == CRITSEC_RELEASE_DEGRADED ? &degraded : NULL;
}

/* The lock is held by another thread: poll it a while, then sleep on it.
 * Out of line, so the fast path of Enter stays small. */
static __attribute__((noinline, cold)) void critsec_lock_slow(LPCRITICAL_SECTION cs)
{
    ULONG_PTR spin = __atomic_load_n(&cs->SpinCount, __ATOMIC_RELAXED);
    if (critsec_spin(cs, spin))
        return;
    critsec_sleep_update(cs, SLEEPER_IN);
    const struct timespec *bound = critsec_prepare_sleep();
    for (;;) {
        /* Back at the lock: Leaves may wake someone again. Any Leave that
         * skipped its wake-up while WAKING was set had already released the
         * lock where the exchange below sees it. */
        critsec_sleep_update(cs, WAKING_CLEAR);
        if (critsec_try_lock(cs))
            break;
        critsec_futex_wait(cs, bound);
        bound = NULL;
        /* Woken (or not): the lock was free a moment ago; poll before
         * sleeping again, WAKING still sparing the owner its wake-ups. */
        if (critsec_spin(cs, spin))
            break;
    }
    critsec_sleep_update(cs, SLEEPER_OUT);
}

/* A full fence. ThreadSanitizer does not model fences (gcc refuses them
 * under -fsanitize=thread); there a sequentially consistent read-modify-write
 * of a dummy word stands in, which it does model. */
#if defined(__SANITIZE_THREAD__)
static _Atomic int critsec_tsan_fence_word;
#define CRITSEC_FULL_FENCE()                                                                       \
    atomic_fetch_add_explicit(&critsec_tsan_fence_word, 0, memory_order_seq_cst)
#else
#define CRITSEC_FULL_FENCE() atomic_thread_fence(memory_order_seq_cst)
#endif

/* Leave found sleepers: wake one, unless one is already on its way. */
static __attribute__((noinline, cold)) void critsec_wake_one(LPCRITICAL_SECTION cs)
{
    /* The release may still sit in this CPU's store buffer (asymmetric
     * mode): publish it before reading WAKING, so a woken sleeper that clears
     * WAKING after we read it set finds the lock free. */
    CRITSEC_FULL_FENCE();
    uintptr_t state = critsec_sleep_update(cs, WAKING_SET);
    if (state < CRITSEC_SLEEPER || (state & CRITSEC_WAKING))
        return;
    if (critsec_futex_wake(cs) > 0)
        return; /* that thread clears WAKING once it is back */
    /* Nobody was asleep yet (the sleepers are between counting themselves
     * and their futex wait, and will look at the lock). Leaves that skipped
     * their wake-up because of our WAKING may have let one fall asleep
     * since, the lock free: clear WAKING, and if the lock is free, wake once
     * more; a sleeper that falls asleep after that does so on a held lock,
     * whose Leave sees WAKING clear. */
    critsec_sleep_update(cs, WAKING_CLEAR);
    if (__atomic_load_n(&cs->LockCount, __ATOMIC_SEQ_CST) == 0 &&
        (uintptr_t)__atomic_load_n(&cs->LockSemaphore, __ATOMIC_SEQ_CST) >= CRITSEC_SLEEPER)
        critsec_futex_wake(cs);
}

static inline void critsec_unlock(LPCRITICAL_SECTION cs)
{
    if (PAL_LIKELY(atomic_load(&critsec_mode) == CRITSEC_RELEASE_ASYMMETRIC)) {
        __atomic_store_n(&cs->LockCount, 0, __ATOMIC_RELEASE);
        /* Keeps the compiler from reading the count first; the CPU may, and
         * a sleeper's membarrier accounts for that. */
        __atomic_signal_fence(__ATOMIC_SEQ_CST);
    } else {
        __atomic_store_n(&cs->LockCount, 0, __ATOMIC_SEQ_CST);
    }
    if (PAL_UNLIKELY(__atomic_load_n(&cs->LockSemaphore, __ATOMIC_SEQ_CST) != NULL))
        critsec_wake_one(cs);
}

int critsec_release_mode(void) { return atomic_load(&critsec_mode); }

void critsec_set_release_mode(int mode)
{
    pthread_once(&critsec_mode_once, critsec_decide_mode);
    if (mode != CRITSEC_RELEASE_ASYMMETRIC ||
        critsec_membarrier(MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED) == 0)
        atomic_store(&critsec_mode, mode);
}

/* Polls in CRITSEC_SPIN_NS, measured once on this CPU; none on one CPU,
 * where the owner cannot run while we poll. */
static void critsec_measure_spin(void)
{
    if (sysconf(_SC_NPROCESSORS_ONLN) <= 1)
        return;
    enum { POLLS = 1000 };
    static _Atomic LONG probe;
    double best = 1e9;
    for (int run = 0; run < 3; run++) {
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        for (int i = 0; i < POLLS; i++) {
            __builtin_ia32_pause();
            (void)atomic_load_explicit(&probe, memory_order_relaxed);
        }
        clock_gettime(CLOCK_MONOTONIC, &t1);
        double ns = (double)(t1.tv_sec - t0.tv_sec) * 1e9 + (double)(t1.tv_nsec - t0.tv_nsec);
        if (ns < best)
            best = ns;
    }
    double per_poll = best / POLLS;
    double polls = per_poll > 0 ? CRITSEC_SPIN_NS / per_poll : CRITSEC_MAX_SPIN;
    critsec_default_spin = polls >= CRITSEC_MAX_SPIN ? CRITSEC_MAX_SPIN
                           : polls < 1               ? 1
                                                     : (ULONG_PTR)polls;
}

/* The process-wide decisions, once; returns the default spin count. */
static ULONG_PTR critsec_setup(void)
{
    pthread_once(&critsec_mode_once, critsec_decide_mode);
    pthread_once(&critsec_spin_once, critsec_measure_spin);
    return critsec_default_spin;
}

VOID PALAPI InitializeCriticalSection(LPCRITICAL_SECTION lpCriticalSection)
{
    PAL_TRACE_ENTER(InitializeCriticalSection, "lpCriticalSection=%p", lpCriticalSection);
    lpCriticalSection->DebugInfo = NULL;
    lpCriticalSection->LockCount = 0;
    lpCriticalSection->RecursionCount = 0;
    lpCriticalSection->OwningThread = NULL;
    lpCriticalSection->LockSemaphore = NULL;
    lpCriticalSection->SpinCount = critsec_setup();
    PAL_TRACE_RETURN_VOID(InitializeCriticalSection);
}

VOID PALAPI DeleteCriticalSection(LPCRITICAL_SECTION lpCriticalSection)
{
    PAL_TRACE_ENTER(DeleteCriticalSection, "lpCriticalSection=%p", lpCriticalSection);
    /* Nothing was allocated: nothing to free. */
    PAL_TRACE_RETURN_VOID(DeleteCriticalSection);
}

/* Enter and Leave test trace_enabled once per call and branch to a traced
 * copy, rather than test it on entry and on return as the PAL_TRACE macros
 * do: one test fewer on the fastest path (about 10% of an uncontended
 * Enter + Leave, bench_sync), the same trace lines. */
#ifdef PAL_TRACE_COMPILED_OUT
#define CRITSEC_TRACING false
#else
#define CRITSEC_TRACING PAL_UNLIKELY(trace_enabled)
#endif

static inline void critsec_enter(LPCRITICAL_SECTION cs)
{
    HANDLE self = critsec_self();
    /* The exchange first, the owner check only if it fails: reading the
     * section before writing it would cost a contended Enter two transfers
     * of its cache line instead of one. */
    if (PAL_UNLIKELY(!critsec_try_lock(cs))) {
        /* Only this thread ever stores its own id there, so a racy read is exact. */
        if (__atomic_load_n(&cs->OwningThread, __ATOMIC_RELAXED) == self) {
            cs->RecursionCount++;
            return;
        }
        critsec_lock_slow(cs);
    }
    __atomic_store_n(&cs->OwningThread, self, __ATOMIC_RELAXED);
    cs->RecursionCount = 1;
}

static __attribute__((noinline)) void critsec_enter_traced(LPCRITICAL_SECTION cs)
{
    PAL_TRACE_ENTER(EnterCriticalSection, "lpCriticalSection=%p", cs);
    critsec_enter(cs);
    PAL_TRACE_RETURN_VOID(EnterCriticalSection);
}

VOID PALAPI EnterCriticalSection(LPCRITICAL_SECTION lpCriticalSection)
{
    if (CRITSEC_TRACING)
        critsec_enter_traced(lpCriticalSection);
    else
        critsec_enter(lpCriticalSection);
}

BOOL PALAPI TryEnterCriticalSection(LPCRITICAL_SECTION lpCriticalSection)
{
    PAL_TRACE_ENTER(TryEnterCriticalSection, "lpCriticalSection=%p", lpCriticalSection);
    HANDLE self = critsec_self();
    BOOL ret = TRUE;
    if (__atomic_load_n(&lpCriticalSection->OwningThread, __ATOMIC_RELAXED) == self) {
        lpCriticalSection->RecursionCount++;
    } else if (__atomic_load_n(&lpCriticalSection->LockCount, __ATOMIC_RELAXED) == 0 &&
               critsec_try_lock(lpCriticalSection)) {
        __atomic_store_n(&lpCriticalSection->OwningThread, self, __ATOMIC_RELAXED);
        lpCriticalSection->RecursionCount = 1;
    } else {
        ret = FALSE;
    }
    return PAL_TRACE_RETURN(TryEnterCriticalSection, BOOL, "%d", ret);
}

static inline void critsec_leave(LPCRITICAL_SECTION cs)
{
    if (PAL_LIKELY(__atomic_load_n(&cs->OwningThread, __ATOMIC_RELAXED) == critsec_self()) &&
        --cs->RecursionCount == 0) {
        __atomic_store_n(&cs->OwningThread, NULL, __ATOMIC_RELAXED);
        critsec_unlock(cs);
    }
}

static __attribute__((noinline)) void critsec_leave_traced(LPCRITICAL_SECTION cs)
{
    PAL_TRACE_ENTER(LeaveCriticalSection, "lpCriticalSection=%p", cs);
    critsec_leave(cs);
    PAL_TRACE_RETURN_VOID(LeaveCriticalSection);
}

VOID PALAPI LeaveCriticalSection(LPCRITICAL_SECTION lpCriticalSection)
{
    if (CRITSEC_TRACING)
        critsec_leave_traced(lpCriticalSection);
    else
        critsec_leave(lpCriticalSection);
}
