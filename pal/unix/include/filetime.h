/*
 * filetime.h - FILETIME arithmetic shared by the areas that hand out times:
 * the time APIs (file/filetime.c, misc/time.c) and the file handles
 * (GetFileTime/SetFileTime on st_atim/st_mtim).
 *
 * A FILETIME counts 100-nanosecond ticks since 1601-01-01 00:00 UTC; Unix
 * time counts seconds since 1970-01-01 00:00 UTC. Neither has leap seconds.
 *
 * Include after internal.h.
 */
#ifndef PAL_UNIX_FILETIME_H
#define PAL_UNIX_FILETIME_H

#include <time.h>

#define TIME_TICKS_PER_SECOND 10000000LL
#define TIME_TICKS_PER_DAY (86400LL * TIME_TICKS_PER_SECOND)
/* The FILETIME of 1970-01-01 00:00 UTC. */
#define TIME_UNIX_EPOCH_TICKS 116444736000000000LL
/* Days from 1601-01-01 to 1970-01-01. */
#define TIME_UNIX_EPOCH_DAYS 134774LL

static inline uint64_t time_filetime_to_u64(const FILETIME *ft)
{
    return ((uint64_t)ft->dwHighDateTime << 32) | ft->dwLowDateTime;
}

static inline FILETIME time_filetime_from_u64(uint64_t ticks)
{
    FILETIME ft = { (DWORD)ticks, (DWORD)(ticks >> 32) };
    return ft;
}

/* Unix time -> FILETIME. Times before 1601 give 0 (the earliest FILETIME). */
FILETIME time_filetime_from_timespec(const struct timespec *ts);

/* FILETIME -> Unix time (tv_sec may be negative, before 1970). False for a
 * FILETIME with the high bit set, which Windows refuses as a time. */
bool time_timespec_from_filetime(const FILETIME *ft, struct timespec *ts);

/* Days since 1970-01-01 of a proleptic Gregorian date (month 1-12), and back. */
int64_t time_days_from_civil(int64_t year, unsigned month, unsigned day);
void time_civil_from_days(int64_t days, int64_t *year, unsigned *month, unsigned *day);

/* The local time zone's current offset from UTC in seconds (local - UTC,
 * daylight saving time included when it is in effect now), re-reading TZ. */
long time_local_offset(void);

#endif
