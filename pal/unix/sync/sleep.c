/*
 * sleep.c - Sleep, SleepEx, SwitchToThread.
 *
 * Here rather than in thread/: a sleep is a wait on no object. An alertable
 * SleepEx is one, through the wait engine (wait.c), so that QueueUserAPC
 * ends it: the APCs run and it returns WAIT_IO_COMPLETION.
 *
 * Finite sleeps end at an absolute CLOCK_MONOTONIC deadline, so a signal
 * (EINTR) never makes one longer, and a change of the wall clock none shorter.
 */
#include "internal.h"
#include "thread.h"

#include <errno.h>
#include <sched.h>
#include <time.h>
#include <unistd.h>

static void sleep_for(DWORD ms)
{
    if (ms == 0) {
        /* Offers the rest of the time slice, as Windows does. */
        sched_yield();
        return;
    }
    if (ms == INFINITE) {
        for (;;)
            pause();
    }
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    deadline.tv_sec += ms / 1000;
    deadline.tv_nsec += (long)(ms % 1000) * 1000000L;
    if (deadline.tv_nsec >= 1000000000L) {
        deadline.tv_sec++;
        deadline.tv_nsec -= 1000000000L;
    }
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL) == EINTR)
        ;
}

VOID PALAPI Sleep(DWORD dwMilliseconds)
{
    PAL_TRACE_ENTER(Sleep, "dwMilliseconds=%u", dwMilliseconds);
    sleep_for(dwMilliseconds);
    PAL_TRACE_RETURN_VOID(Sleep);
}

DWORD PALAPI SleepEx(DWORD dwMilliseconds, BOOL bAlertable)
{
    PAL_TRACE_ENTER(SleepEx, "dwMilliseconds=%u, bAlertable=%d", dwMilliseconds, bAlertable);
    DWORD ret = 0;
    if (!bAlertable)
        sleep_for(dwMilliseconds);
    else if (sync_wait_ex(NULL, 0, false, dwMilliseconds, true) == WAIT_IO_COMPLETION)
        ret = WAIT_IO_COMPLETION;
    return PAL_TRACE_RETURN(SleepEx, DWORD, "%u", ret);
}

BOOL PALAPI SwitchToThread(void)
{
    PAL_TRACE_ENTER(SwitchToThread, "");
    /* sched_yield cannot tell whether another thread ran. TRUE, as Wine
     * answers: the processor was offered, so a caller's spin-wait keeps
     * yielding rather than escalating to a Sleep. */
    sched_yield();
    return PAL_TRACE_RETURN(SwitchToThread, BOOL, "%d", TRUE);
}
