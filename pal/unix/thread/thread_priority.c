/*
 * thread_priority.c - GetThreadPriority, SetThreadPriority.
 *
 * Linux schedules each thread (SCHED_OTHER) by its own nice value, so a
 * Windows thread priority becomes a nice value relative to the process's
 * (the nice value the library found when it was loaded):
 *
 *   THREAD_PRIORITY_IDLE           SCHED_IDLE: the least the kernel offers,
 *                                  as the spec asks (the CLR spins a thread at
 *                                  IDLE until its GC thread, above it, runs)
 *   THREAD_PRIORITY_LOWEST         base + 10
 *   THREAD_PRIORITY_BELOW_NORMAL   base + 5
 *   THREAD_PRIORITY_NORMAL         base
 *   THREAD_PRIORITY_ABOVE_NORMAL   base - 5
 *   THREAD_PRIORITY_HIGHEST        base - 10
 *   THREAD_PRIORITY_TIME_CRITICAL  base - 20 (clamped at -20); not a real-time
 *                                  policy, which could starve the machine
 *
 * Windows lets any process set any of these (only the REALTIME class needs a
 * privilege), and GetThreadPriority returns the value last set. Linux lets an
 * unprivileged thread (no CAP_SYS_NICE, RLIMIT_NICE 0) lower its priority but
 * not raise it again, nor leave SCHED_IDLE. A program written for Windows
 * expects the call to succeed, so SetThreadPriority applies what the kernel
 * permits, ignores the kernel's refusal, and GetThreadPriority reports the
 * value set (docs/api-partial.tsv). A new thread runs at NORMAL, as on
 * Windows; Linux starts it with its creator's nice value and policy, so the
 * trampoline puts it back to NORMAL when its creator was not there (which,
 * unprivileged, works only where the creator's priority was raised).
 */
#include "internal.h"
#include "thread.h"

#include <errno.h>
#include <limits.h>
#include <sched.h>
#include <sys/resource.h>

static int priority_base_nice;

/* The nice value of the thread that loads the library: the process's. */
__attribute__((constructor)) static void priority_read_base(void)
{
    errno = 0;
    int nice = getpriority(PRIO_PROCESS, 0);
    priority_base_nice = errno ? 0 : nice;
}

static const struct {
    int priority;
    int nice_delta;
} priority_map[] = {
    {THREAD_PRIORITY_IDLE, 19},         {THREAD_PRIORITY_LOWEST, 10},
    {THREAD_PRIORITY_BELOW_NORMAL, 5},  {THREAD_PRIORITY_NORMAL, 0},
    {THREAD_PRIORITY_ABOVE_NORMAL, -5}, {THREAD_PRIORITY_HIGHEST, -10},
    {THREAD_PRIORITY_TIME_CRITICAL, -20},
};

/* The nice value for a priority, or INT_MIN if it is not one Windows
 * accepts in a normal priority class. */
static int priority_nice(int priority)
{
    for (size_t i = 0; i < PAL_ARRAY_SIZE(priority_map); i++) {
        if (priority_map[i].priority == priority) {
            int nice = priority_base_nice + priority_map[i].nice_delta;
            return nice < -20 ? -20 : nice > 19 ? 19 : nice;
        }
    }
    return INT_MIN;
}

/* With control_lock held and the thread alive: best effort (see above). */
static void priority_apply(struct pal_thread *thread, int priority, int nice)
{
    pid_t tid = (pid_t)thread->tid;
    struct sched_param param = {0};
    if (priority == THREAD_PRIORITY_IDLE) {
        if (sched_setscheduler(tid, SCHED_IDLE, &param) == 0)
            thread->os_idle = true;
        return;
    }
    if (thread->os_idle && sched_setscheduler(tid, SCHED_OTHER, &param) == 0)
        thread->os_idle = false;
    setpriority(PRIO_PROCESS, (id_t)tid, nice);
}

void thread_priority_start(struct pal_thread *self)
{
    pthread_mutex_lock(&self->control_lock);
    self->os_idle = sched_getscheduler(0) == SCHED_IDLE;
    priority_apply(self, self->priority, priority_nice(self->priority));
    pthread_mutex_unlock(&self->control_lock);
}

static struct pal_thread *priority_lookup(HANDLE h, handle_pin *pin)
{
    return (struct pal_thread *)handle_lookup(h, &thread_ops, pin);
}

static BOOL priority_set(HANDLE h, int priority)
{
    handle_pin pin;
    struct pal_thread *thread = priority_lookup(h, &pin);
    if (!thread)
        return FALSE;
    int nice = priority_nice(priority);
    if (nice == INT_MIN) {
        handle_unpin(pin);
        error_set(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    pthread_mutex_lock(&thread->control_lock);
    thread->priority = priority;
    /* A thread that has ended keeps the value (Windows reports it too). */
    if (!thread->exiting)
        priority_apply(thread, priority, nice);
    pthread_mutex_unlock(&thread->control_lock);
    handle_unpin(pin);
    return TRUE;
}

BOOL PALAPI SetThreadPriority(HANDLE hThread, int nPriority)
{
    PAL_TRACE_ENTER(SetThreadPriority, "hThread=%p, nPriority=%d", hThread, nPriority);
    BOOL ret = priority_set(hThread, nPriority);
    return PAL_TRACE_RETURN(SetThreadPriority, BOOL, "%d", ret);
}

int PALAPI GetThreadPriority(HANDLE hThread)
{
    PAL_TRACE_ENTER(GetThreadPriority, "hThread=%p", hThread);
    int ret = THREAD_PRIORITY_ERROR_RETURN;
    handle_pin pin;
    struct pal_thread *thread = priority_lookup(hThread, &pin);
    if (thread) {
        pthread_mutex_lock(&thread->control_lock);
        ret = thread->priority;
        pthread_mutex_unlock(&thread->control_lock);
        handle_unpin(pin);
    }
    return PAL_TRACE_RETURN(GetThreadPriority, int, "%d", ret);
}
