/*
 * thread_suspend.c - suspending threads and their register context:
 * SuspendThread, ResumeThread, GetThreadContext, SetThreadContext.
 *
 * Linux cannot stop one thread of a process from another without ptrace, so
 * a thread suspends itself: SuspendThread raises the suspend count from 0 to
 * 1 and sends the thread THREAD_SUSPEND_SIGNAL; the handler records the
 * interrupted ucontext, acknowledges, and sleeps on a futex until the count
 * is 0 again. SuspendThread returns only once the thread has stopped, so
 * GetThreadContext/SetThreadContext can read and write that ucontext, which
 * the kernel restores when the handler returns: a changed context takes
 * effect on resume. A thread suspending itself, or created with
 * CREATE_SUSPENDED, sends the signal to itself and parks the same way.
 *
 * The signal is SIGRTMIN + 2: a real-time signal (queued, never merged with
 * one an application sends), above the lowest ones, which runtimes and
 * applications tend to assume are theirs. glibc's own (32, 33) lie below
 * SIGRTMIN.
 *
 * Count, generation and handshake: suspend_word holds the count and a
 * generation bumped by every change, under control_lock; a parked handler
 * waits on the word and stores each value it sees into suspend_ack, so a
 * thread holding control_lock knows the target is parked when the two are
 * equal with a count above 0.
 */
#include "internal.h"
#include "thread.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#define THREAD_SUSPEND_SIGNAL (SIGRTMIN + 2)

#ifndef UC_SIGCONTEXT_SS
#define UC_SIGCONTEXT_SS 0x2 /* the kernel saved ss in REG_CSGSFS's last 16 bits */
#endif
/* The selectors of 64-bit user code and data on Linux (and on Windows). */
#define THREAD_USER_CS 0x33
#define THREAD_USER_SS 0x2b

/* ------------------------------------------------------------ contexts */

static void context_from_ucontext(CONTEXT *ctx, const ucontext_t *uc)
{
    const greg_t *g = uc->uc_mcontext.gregs;
    DWORD flags = ctx->ContextFlags;
    uint64_t csgsfs = (uint64_t)g[REG_CSGSFS];
    if ((flags & CONTEXT_CONTROL) == CONTEXT_CONTROL) {
        ctx->Rip = (DWORD64)g[REG_RIP];
        ctx->Rsp = (DWORD64)g[REG_RSP];
        ctx->EFlags = (DWORD)g[REG_EFL];
        ctx->SegCs = (WORD)csgsfs ? (WORD)csgsfs : THREAD_USER_CS;
        ctx->SegSs = (uc->uc_flags & UC_SIGCONTEXT_SS) && (WORD)(csgsfs >> 48)
                         ? (WORD)(csgsfs >> 48)
                         : THREAD_USER_SS;
    }
    if ((flags & CONTEXT_INTEGER) == CONTEXT_INTEGER) {
        ctx->Rax = (DWORD64)g[REG_RAX];
        ctx->Rcx = (DWORD64)g[REG_RCX];
        ctx->Rdx = (DWORD64)g[REG_RDX];
        ctx->Rbx = (DWORD64)g[REG_RBX];
        ctx->Rbp = (DWORD64)g[REG_RBP];
        ctx->Rsi = (DWORD64)g[REG_RSI];
        ctx->Rdi = (DWORD64)g[REG_RDI];
        ctx->R8 = (DWORD64)g[REG_R8];
        ctx->R9 = (DWORD64)g[REG_R9];
        ctx->R10 = (DWORD64)g[REG_R10];
        ctx->R11 = (DWORD64)g[REG_R11];
        ctx->R12 = (DWORD64)g[REG_R12];
        ctx->R13 = (DWORD64)g[REG_R13];
        ctx->R14 = (DWORD64)g[REG_R14];
        ctx->R15 = (DWORD64)g[REG_R15];
    }
    if ((flags & CONTEXT_SEGMENTS) == CONTEXT_SEGMENTS) {
        /* 64-bit code has a flat data segment: ds and es hold what ss does. */
        ctx->SegDs = ctx->SegEs = THREAD_USER_SS;
        ctx->SegGs = (WORD)(csgsfs >> 16);
        ctx->SegFs = (WORD)(csgsfs >> 32);
    }
    if ((flags & CONTEXT_FLOATING_POINT) == CONTEXT_FLOATING_POINT && uc->uc_mcontext.fpregs) {
        /* The kernel's FXSAVE image is the layout of XMM_SAVE_AREA32. */
        memcpy(&ctx->FltSave, uc->uc_mcontext.fpregs, sizeof(ctx->FltSave));
        ctx->MxCsr = uc->uc_mcontext.fpregs->mxcsr;
    }
    if ((flags & CONTEXT_DEBUG_REGISTERS) == CONTEXT_DEBUG_REGISTERS) {
        /* Only ptrace reaches the debug registers: report none set. */
        ctx->Dr0 = ctx->Dr1 = ctx->Dr2 = ctx->Dr3 = ctx->Dr6 = ctx->Dr7 = 0;
    }
}

/* Segment selectors and debug registers are not written: Linux has one
 * valid selector of each kind and keeps the debug registers to ptrace. */
static void context_to_ucontext(const CONTEXT *ctx, ucontext_t *uc)
{
    greg_t *g = uc->uc_mcontext.gregs;
    DWORD flags = ctx->ContextFlags;
    if ((flags & CONTEXT_CONTROL) == CONTEXT_CONTROL) {
        g[REG_RIP] = (greg_t)ctx->Rip;
        g[REG_RSP] = (greg_t)ctx->Rsp;
        g[REG_EFL] = (greg_t)ctx->EFlags; /* sigreturn keeps only the flags user code may set */
    }
    if ((flags & CONTEXT_INTEGER) == CONTEXT_INTEGER) {
        g[REG_RAX] = (greg_t)ctx->Rax;
        g[REG_RCX] = (greg_t)ctx->Rcx;
        g[REG_RDX] = (greg_t)ctx->Rdx;
        g[REG_RBX] = (greg_t)ctx->Rbx;
        g[REG_RBP] = (greg_t)ctx->Rbp;
        g[REG_RSI] = (greg_t)ctx->Rsi;
        g[REG_RDI] = (greg_t)ctx->Rdi;
        g[REG_R8] = (greg_t)ctx->R8;
        g[REG_R9] = (greg_t)ctx->R9;
        g[REG_R10] = (greg_t)ctx->R10;
        g[REG_R11] = (greg_t)ctx->R11;
        g[REG_R12] = (greg_t)ctx->R12;
        g[REG_R13] = (greg_t)ctx->R13;
        g[REG_R14] = (greg_t)ctx->R14;
        g[REG_R15] = (greg_t)ctx->R15;
    }
    if ((flags & CONTEXT_FLOATING_POINT) == CONTEXT_FLOATING_POINT && uc->uc_mcontext.fpregs) {
        struct _libc_fpstate *fp = uc->uc_mcontext.fpregs;
        /* Up to the end of the XMM registers only: the rest of the image
         * holds the kernel's marker of the extended state that follows. */
        memcpy(fp, &ctx->FltSave, offsetof(XMM_SAVE_AREA32, Reserved4));
        /* A reserved MXCSR bit would make sigreturn fail: keep to the mask. */
        uint32_t mask = fp->mxcr_mask ? fp->mxcr_mask : 0xffbf;
        fp->mxcsr = ctx->MxCsr & mask;
    }
}

/* ------------------------------------------------------------ the handler */

static pid_t suspend_pid;

static int suspend_signal_thread(pid_t tid)
{
    return (int)syscall(SYS_tgkill, suspend_pid, tid, THREAD_SUSPEND_SIGNAL);
}

/* Runs in the target thread. Only async-signal-safe work: atomics and
 * futex system calls. */
static void suspend_handler(int sig, siginfo_t *info, void *ucv)
{
    (void)sig;
    (void)info;
    int saved_errno = errno;
    struct pal_thread *self = thread_self_ptr;
    ucontext_t *uc = ucv;
    if (self) {
        /* SetThreadContext on this very thread (the only writer of it). */
        const CONTEXT *pending = self->pending_context;
        if (pending) {
            context_to_ucontext(pending, uc);
            self->pending_context = NULL;
        }
        self->suspend_uc = uc;
        uint32_t w = atomic_load_explicit(&self->suspend_word, memory_order_acquire);
        while (w & THREAD_SUSPEND_COUNT_MASK) {
            atomic_store_explicit(&self->suspend_ack, w, memory_order_release);
            futex_wake(&self->suspend_ack, INT_MAX);
            futex_wait_until(&self->suspend_word, w, NULL);
            w = atomic_load_explicit(&self->suspend_word, memory_order_acquire);
        }
        self->suspend_uc = NULL;
    }
    errno = saved_errno;
}

static pthread_once_t suspend_once = PTHREAD_ONCE_INIT;
static int suspend_init_errno;

static void suspend_install(void)
{
    suspend_pid = getpid();
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = suspend_handler;
    /* SA_RESTART: a suspension does not make read() and the like fail. */
    sa.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&sa.sa_mask);
    if (sigaction(THREAD_SUSPEND_SIGNAL, &sa, NULL) != 0)
        suspend_init_errno = errno;
}

bool thread_suspend_init(void)
{
    pthread_once(&suspend_once, suspend_install);
    if (suspend_init_errno) {
        error_set(error_from_errno(suspend_init_errno));
        return false;
    }
    return true;
}

/* ------------------------------------------------------------ counts */

static inline uint32_t suspend_count(uint32_t word) { return word & THREAD_SUSPEND_COUNT_MASK; }

/* With control_lock held: a new count, and a new generation. */
static void suspend_store(struct pal_thread *thread, uint32_t count)
{
    uint32_t w = atomic_load_explicit(&thread->suspend_word, memory_order_relaxed);
    w = ((w & ~THREAD_SUSPEND_COUNT_MASK) + THREAD_SUSPEND_GEN_ONE) | count;
    atomic_store_explicit(&thread->suspend_word, w, memory_order_release);
}

void thread_wait_parked(struct pal_thread *thread)
{
    for (;;) {
        uint32_t ack = atomic_load_explicit(&thread->suspend_ack, memory_order_acquire);
        uint32_t w = atomic_load_explicit(&thread->suspend_word, memory_order_relaxed);
        if (suspend_count(w) == 0 || ack == w)
            return;
        futex_wait_until(&thread->suspend_ack, ack, NULL);
    }
}

void thread_control_exit(struct pal_thread *self)
{
    pthread_mutex_lock(&self->control_lock);
    self->exiting = true;
    pthread_mutex_unlock(&self->control_lock);
}

void thread_park_if_suspended(struct pal_thread *self)
{
    if (suspend_count(atomic_load_explicit(&self->suspend_word, memory_order_acquire)) != 0)
        suspend_signal_thread((pid_t)self->tid);
}

/* With control_lock held: one more suspension of a live thread; 0 on
 * success (a thread other than the caller has stopped when it returns), or
 * a Win32 error. *previous gets the count before. */
static DWORD suspend_add(struct pal_thread *thread, bool is_self, DWORD *previous)
{
    if (thread->exiting)
        return ERROR_ACCESS_DENIED; /* what Windows reports for a thread that has ended */
    uint32_t count = suspend_count(atomic_load_explicit(&thread->suspend_word, memory_order_relaxed));
    if (count >= MAXIMUM_SUSPEND_COUNT)
        return ERROR_SIGNAL_REFUSED;
    if (!thread_suspend_init())
        return error_last_error;
    suspend_store(thread, count + 1);
    *previous = count;
    if (count > 0) {
        /* A parked handler acknowledges every change of the word. */
        futex_wake(&thread->suspend_word, INT_MAX);
        return ERROR_SUCCESS;
    }
    if (is_self)
        return ERROR_SUCCESS; /* the caller signals itself once unlocked */
    if (suspend_signal_thread((pid_t)thread->tid) != 0) {
        DWORD err = error_from_errno(errno);
        suspend_store(thread, 0);
        return err;
    }
    thread_wait_parked(thread);
    return ERROR_SUCCESS;
}

/* With control_lock held: one suspension less; the previous count. */
static DWORD suspend_remove(struct pal_thread *thread)
{
    uint32_t count = suspend_count(atomic_load_explicit(&thread->suspend_word, memory_order_relaxed));
    if (count > 0) {
        suspend_store(thread, count - 1);
        futex_wake(&thread->suspend_word, INT_MAX);
    }
    return count;
}

/* ------------------------------------------- a child process's main thread */

/*
 * CreateProcess's hThread names a thread of another process, which we can
 * neither signal with tgkill nor park in our handler. A CREATE_SUSPENDED
 * child waits before it executes its program until we write to its gate
 * pipe (process_create.c): its count starts at 1, and the ResumeThread that
 * brings it to 0 opens the gate. Once it runs, SuspendThread stops it with
 * SIGSTOP and the last ResumeThread continues it with SIGCONT: the whole
 * process stops, not only its main thread (Linux has no other way to stop a
 * thread of another process short of ptrace).
 */
static int suspend_child_signal(struct pal_thread *thread, int sig)
{
    return (int)syscall(SYS_pidfd_send_signal, thread->child_pidfd, sig, NULL, 0);
}

static DWORD thread_child_suspend(struct pal_thread *thread, DWORD *previous)
{
    uint32_t count = suspend_count(atomic_load_explicit(&thread->suspend_word, memory_order_relaxed));
    if (atomic_load_explicit(&thread->ended, memory_order_acquire))
        return ERROR_ACCESS_DENIED; /* what Windows reports for a thread that has ended */
    if (count >= MAXIMUM_SUSPEND_COUNT)
        return ERROR_SIGNAL_REFUSED;
    if (count == 0 && thread->child_gate < 0 && suspend_child_signal(thread, SIGSTOP) != 0)
        return errno == ESRCH ? ERROR_ACCESS_DENIED : error_from_errno(errno);
    suspend_store(thread, count + 1);
    *previous = count;
    return ERROR_SUCCESS;
}

static DWORD thread_child_resume(struct pal_thread *thread)
{
    uint32_t count = suspend_count(atomic_load_explicit(&thread->suspend_word, memory_order_relaxed));
    if (count == 0)
        return 0;
    suspend_store(thread, count - 1);
    if (count == 1 && thread->child_gate >= 0) {
        /* One byte lets the child go on to exec; the child holds the only
         * other end, so the write cannot block. */
        ssize_t n;
        do
            n = write(thread->child_gate, "", 1);
        while (n < 0 && errno == EINTR);
        close(thread->child_gate);
        thread->child_gate = -1;
    } else if (count == 1) {
        suspend_child_signal(thread, SIGCONT); /* ESRCH: it has ended, nothing to resume */
    }
    return count;
}

static struct pal_thread *suspend_lookup(HANDLE h, handle_pin *pin)
{
    return (struct pal_thread *)handle_lookup(h, &thread_ops, pin);
}

static DWORD thread_suspend(HANDLE h)
{
    handle_pin pin;
    struct pal_thread *thread = suspend_lookup(h, &pin);
    if (!thread)
        return (DWORD)-1;
    bool is_self = thread == thread_self_ptr;
    DWORD previous = 0;
    pthread_mutex_lock(&thread->control_lock);
    DWORD err = thread->child_pidfd >= 0 ? thread_child_suspend(thread, &previous)
                                         : suspend_add(thread, is_self, &previous);
    pthread_mutex_unlock(&thread->control_lock);
    if (err == ERROR_SUCCESS && is_self && previous == 0)
        suspend_signal_thread((pid_t)thread->tid); /* parks here until resumed */
    handle_unpin(pin);
    if (err != ERROR_SUCCESS) {
        error_set(err);
        return (DWORD)-1;
    }
    return previous;
}

DWORD PALAPI SuspendThread(HANDLE hThread)
{
    PAL_TRACE_ENTER(SuspendThread, "hThread=%p", hThread);
    DWORD ret = thread_suspend(hThread);
    return PAL_TRACE_RETURN(SuspendThread, DWORD, "%d", ret);
}

/* Resuming a thread that is not suspended (or has ended) returns 0. */
DWORD PALAPI ResumeThread(HANDLE hThread)
{
    PAL_TRACE_ENTER(ResumeThread, "hThread=%p", hThread);
    DWORD ret = (DWORD)-1;
    handle_pin pin;
    struct pal_thread *thread = suspend_lookup(hThread, &pin);
    if (thread) {
        pthread_mutex_lock(&thread->control_lock);
        ret = thread->child_pidfd >= 0 ? thread_child_resume(thread) : suspend_remove(thread);
        pthread_mutex_unlock(&thread->control_lock);
        handle_unpin(pin);
    }
    return PAL_TRACE_RETURN(ResumeThread, DWORD, "%d", ret);
}

/* ------------------------------------------------------------ contexts */

/* The calling thread's own registers, as GetThreadContext sees them: where
 * getcontext returned, inside this function. */
static __attribute__((noinline)) void context_of_self(CONTEXT *ctx)
{
    ucontext_t uc;
    memset(&uc, 0, sizeof(uc));
    getcontext(&uc);
    uint64_t flags;
    __asm__ volatile("pushfq; popq %0" : "=r"(flags));
    uint16_t cs, ss;
    __asm__ volatile("movw %%cs, %0; movw %%ss, %1" : "=r"(cs), "=r"(ss));
    uc.uc_mcontext.gregs[REG_EFL] = (greg_t)flags;
    uc.uc_mcontext.gregs[REG_CSGSFS] = (greg_t)cs;
    uc.uc_flags &= ~(unsigned long)UC_SIGCONTEXT_SS;
    context_from_ucontext(ctx, &uc);
    if ((ctx->ContextFlags & CONTEXT_CONTROL) == CONTEXT_CONTROL)
        ctx->SegSs = ss;
}

/* Reads or writes the context of another thread, stopping it for the time
 * of the call if it is not suspended already (Windows allows that too). */
static BOOL context_access(HANDLE h, CONTEXT *get, const CONTEXT *set)
{
    handle_pin pin;
    struct pal_thread *thread = suspend_lookup(h, &pin);
    if (!thread)
        return FALSE;
    DWORD err = ERROR_SUCCESS;
    if (thread == thread_self_ptr) {
        handle_unpin(pin);
        if (get) {
            context_of_self(get);
            return TRUE;
        }
        /* The handler applies it on the way back from the signal: this
         * thread continues wherever the context says. */
        if (!thread_suspend_init())
            return FALSE;
        thread->pending_context = set;
        suspend_signal_thread((pid_t)thread->tid);
        return TRUE;
    }
    pthread_mutex_lock(&thread->control_lock);
    bool transient = false;
    if (thread->child_pidfd >= 0) {
        /* Another process's registers are out of reach without ptrace. */
        err = ERROR_CALL_NOT_IMPLEMENTED;
    } else if (thread->exiting) {
        /* As Wine reports it for a thread that has ended. */
        err = ERROR_GEN_FAILURE;
    } else if (suspend_count(atomic_load_explicit(&thread->suspend_word, memory_order_relaxed)) == 0) {
        DWORD previous;
        err = suspend_add(thread, false, &previous);
        transient = err == ERROR_SUCCESS;
    } else {
        thread_wait_parked(thread);
    }
    if (err == ERROR_SUCCESS) {
        if (get)
            context_from_ucontext(get, thread->suspend_uc);
        else
            context_to_ucontext(set, thread->suspend_uc);
    }
    if (transient)
        suspend_remove(thread);
    pthread_mutex_unlock(&thread->control_lock);
    handle_unpin(pin);
    if (err != ERROR_SUCCESS) {
        error_set(err);
        return FALSE;
    }
    return TRUE;
}

BOOL PALAPI GetThreadContext(HANDLE hThread, LPCONTEXT lpContext)
{
    PAL_TRACE_ENTER(GetThreadContext, "hThread=%p, lpContext=%p", hThread, lpContext);
    BOOL ret = FALSE;
    if (!lpContext)
        error_set(ERROR_NOACCESS);
    else
        ret = context_access(hThread, lpContext, NULL);
    return PAL_TRACE_RETURN(GetThreadContext, BOOL, "%d", ret);
}

BOOL PALAPI SetThreadContext(HANDLE hThread, const CONTEXT *lpContext)
{
    PAL_TRACE_ENTER(SetThreadContext, "hThread=%p, lpContext=%p", hThread, lpContext);
    BOOL ret = FALSE;
    if (!lpContext)
        error_set(ERROR_NOACCESS);
    else
        ret = context_access(hThread, NULL, lpContext);
    return PAL_TRACE_RETURN(SetThreadContext, BOOL, "%d", ret);
}
