/*
 * time.c - the monotonic clocks: GetTickCount, QueryPerformanceCounter,
 * QueryPerformanceFrequency (the calendar clock is in file/filetime.c).
 *
 * Both read CLOCK_MONOTONIC, which never jumps when the wall clock is set:
 * GetTickCount in milliseconds, wrapping as a DWORD like Windows's after 49.7
 * days; the performance counter in nanoseconds, so its frequency is 10^9.
 */
#include "internal.h"

#include <time.h>

#define TIME_PERFORMANCE_FREQUENCY 1000000000LL

static inline int64_t time_monotonic_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

DWORD PALAPI GetTickCount(void)
{
    PAL_TRACE_ENTER(GetTickCount, "");
    DWORD ret = (DWORD)(uint64_t)(time_monotonic_ns() / 1000000);
    return PAL_TRACE_RETURN(GetTickCount, DWORD, "%u", ret);
}

BOOL PALAPI QueryPerformanceCounter(LARGE_INTEGER *lpPerformanceCount)
{
    PAL_TRACE_ENTER(QueryPerformanceCounter, "lpPerformanceCount=%p", lpPerformanceCount);
    BOOL ret = FALSE;
    if (!lpPerformanceCount) {
        /* Windows probes the pointer in the kernel: an access violation. */
        error_set(ERROR_NOACCESS);
    } else {
        lpPerformanceCount->QuadPart = time_monotonic_ns();
        ret = TRUE;
    }
    return PAL_TRACE_RETURN(QueryPerformanceCounter, BOOL, "%d", ret);
}

BOOL PALAPI QueryPerformanceFrequency(LARGE_INTEGER *lpFrequency)
{
    PAL_TRACE_ENTER(QueryPerformanceFrequency, "lpFrequency=%p", lpFrequency);
    BOOL ret = FALSE;
    if (!lpFrequency) {
        error_set(ERROR_NOACCESS);
    } else {
        lpFrequency->QuadPart = TIME_PERFORMANCE_FREQUENCY;
        ret = TRUE;
    }
    return PAL_TRACE_RETURN(QueryPerformanceFrequency, BOOL, "%d", ret);
}
