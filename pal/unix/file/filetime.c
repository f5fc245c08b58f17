/*
 * filetime.c - FILETIME and SYSTEMTIME: GetSystemTimeAsFileTime,
 * GetSystemTime, CompareFileTime, FileTimeToLocalFileTime,
 * LocalFileTimeToFileTime, FileTimeToDosDateTime, DosDateTimeToFileTime, and
 * the conversions of filetime.h.
 *
 * Dates are proleptic Gregorian computed here (not by gmtime), so every
 * FILETIME converts, whatever the width of time_t: years to 30828.
 * Local file times use the current offset of the local zone, as Windows
 * documents ("if it is daylight saving time, this function will take daylight
 * saving time into account, even if the time you are converting is in
 * standard time").
 *
 * Pointers Windows would fault on (NULL) fail with ERROR_INVALID_PARAMETER.
 */
#include "internal.h"
#include "filetime.h"

#include <time.h>

#define TIME_DOS_FIRST_YEAR 1980
#define TIME_DOS_LAST_YEAR (1980 + 127)

FILETIME time_filetime_from_timespec(const struct timespec *ts)
{
    int64_t min_sec = -TIME_UNIX_EPOCH_TICKS / TIME_TICKS_PER_SECOND;
    if (ts->tv_sec < min_sec)
        return time_filetime_from_u64(0);
    uint64_t ticks = (uint64_t)((int64_t)ts->tv_sec - min_sec) * TIME_TICKS_PER_SECOND +
                     (uint64_t)ts->tv_nsec / 100;
    return time_filetime_from_u64(ticks);
}

bool time_timespec_from_filetime(const FILETIME *ft, struct timespec *ts)
{
    uint64_t ticks = time_filetime_to_u64(ft);
    if (ticks > INT64_MAX)
        return false;
    int64_t rel = (int64_t)ticks - TIME_UNIX_EPOCH_TICKS;
    int64_t sec = rel / TIME_TICKS_PER_SECOND, rem = rel % TIME_TICKS_PER_SECOND;
    if (rem < 0) {
        sec--;
        rem += TIME_TICKS_PER_SECOND;
    }
    ts->tv_sec = (time_t)sec;
    ts->tv_nsec = (long)(rem * 100);
    return true;
}

/* Counts in 400-year eras of 146097 days, with years starting on March 1st
 * so the leap day is the last day of a year. */
int64_t time_days_from_civil(int64_t year, unsigned month, unsigned day)
{
    year -= month <= 2;
    int64_t era = (year >= 0 ? year : year - 399) / 400;
    int64_t year_of_era = year - era * 400;
    int64_t day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468; /* 719468: 0000-03-01 to 1970-01-01 */
}

void time_civil_from_days(int64_t days, int64_t *year, unsigned *month, unsigned *day)
{
    days += 719468;
    int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    int64_t day_of_era = days - era * 146097;
    int64_t year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    int64_t mp = (5 * day_of_year + 2) / 153;
    *day = (unsigned)(day_of_year - (153 * mp + 2) / 5 + 1);
    *month = (unsigned)(mp < 10 ? mp + 3 : mp - 9);
    *year = year_of_era + era * 400 + (*month <= 2);
}

long time_local_offset(void)
{
    /* tzset re-reads TZ: localtime_r alone keeps the first zone it saw. */
    tzset();
    time_t now = time(NULL);
    struct tm tm;
    if (!localtime_r(&now, &tm))
        return 0;
    return tm.tm_gmtoff;
}

static uint64_t time_now_ticks(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    FILETIME ft = time_filetime_from_timespec(&ts);
    return time_filetime_to_u64(&ft);
}

VOID PALAPI GetSystemTimeAsFileTime(LPFILETIME lpSystemTimeAsFileTime)
{
    PAL_TRACE_ENTER(GetSystemTimeAsFileTime, "lpSystemTimeAsFileTime=%p", lpSystemTimeAsFileTime);
    if (lpSystemTimeAsFileTime)
        *lpSystemTimeAsFileTime = time_filetime_from_u64(time_now_ticks());
    PAL_TRACE_RETURN_VOID(GetSystemTimeAsFileTime);
}

VOID PALAPI GetSystemTime(LPSYSTEMTIME lpSystemTime)
{
    PAL_TRACE_ENTER(GetSystemTime, "lpSystemTime=%p", lpSystemTime);
    if (lpSystemTime) {
        uint64_t ticks = time_now_ticks();
        int64_t days = (int64_t)(ticks / TIME_TICKS_PER_DAY) - TIME_UNIX_EPOCH_DAYS;
        uint64_t in_day = ticks % TIME_TICKS_PER_DAY;
        int64_t year;
        unsigned month, day;
        time_civil_from_days(days, &year, &month, &day);
        lpSystemTime->wYear = (WORD)year;
        lpSystemTime->wMonth = (WORD)month;
        lpSystemTime->wDay = (WORD)day;
        /* 1970-01-01 was a Thursday (4); Sunday is 0. */
        lpSystemTime->wDayOfWeek = (WORD)(((days % 7) + 7 + 4) % 7);
        lpSystemTime->wHour = (WORD)(in_day / (3600 * TIME_TICKS_PER_SECOND));
        lpSystemTime->wMinute = (WORD)(in_day / (60 * TIME_TICKS_PER_SECOND) % 60);
        lpSystemTime->wSecond = (WORD)(in_day / TIME_TICKS_PER_SECOND % 60);
        lpSystemTime->wMilliseconds = (WORD)(in_day / 10000 % 1000);
    }
    PAL_TRACE_RETURN_VOID(GetSystemTime);
}

LONG PALAPI CompareFileTime(const FILETIME *lpFileTime1, const FILETIME *lpFileTime2)
{
    PAL_TRACE_ENTER(CompareFileTime, "lpFileTime1=%p, lpFileTime2=%p", lpFileTime1, lpFileTime2);
    LONG ret = 0;
    if (!lpFileTime1 || !lpFileTime2) {
        /* No failure value exists: report the bad pointer, call them equal. */
        error_set(ERROR_INVALID_PARAMETER);
    } else {
        /* Unsigned, as FILETIME fields are DWORDs. */
        uint64_t a = time_filetime_to_u64(lpFileTime1), b = time_filetime_to_u64(lpFileTime2);
        ret = a < b ? -1 : a > b ? 1 : 0;
    }
    return PAL_TRACE_RETURN(CompareFileTime, LONG, "%d", ret);
}

/* local = UTC + offset, both ways with the FILETIME's wrap-around, as Windows
 * does no range check here. */
static BOOL time_shift(const FILETIME *in, LPFILETIME out, long sign)
{
    if (!in || !out) {
        error_set(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    int64_t shift = (int64_t)time_local_offset() * TIME_TICKS_PER_SECOND * sign;
    *out = time_filetime_from_u64(time_filetime_to_u64(in) + (uint64_t)shift);
    return TRUE;
}

BOOL PALAPI FileTimeToLocalFileTime(const FILETIME *lpFileTime, LPFILETIME lpLocalFileTime)
{
    PAL_TRACE_ENTER(FileTimeToLocalFileTime, "lpFileTime=%p, lpLocalFileTime=%p", lpFileTime,
                    lpLocalFileTime);
    BOOL ret = time_shift(lpFileTime, lpLocalFileTime, 1);
    return PAL_TRACE_RETURN(FileTimeToLocalFileTime, BOOL, "%d", ret);
}

BOOL PALAPI LocalFileTimeToFileTime(const FILETIME *lpLocalFileTime, LPFILETIME lpFileTime)
{
    PAL_TRACE_ENTER(LocalFileTimeToFileTime, "lpLocalFileTime=%p, lpFileTime=%p", lpLocalFileTime,
                    lpFileTime);
    BOOL ret = time_shift(lpLocalFileTime, lpFileTime, -1);
    return PAL_TRACE_RETURN(LocalFileTimeToFileTime, BOOL, "%d", ret);
}

/* MS-DOS date: bits 0-4 day, 5-8 month, 9-15 years since 1980; time: bits 0-4
 * seconds / 2, 5-10 minutes, 11-15 hours. */
BOOL PALAPI FileTimeToDosDateTime(const FILETIME *lpFileTime, LPWORD lpFatDate, LPWORD lpFatTime)
{
    PAL_TRACE_ENTER(FileTimeToDosDateTime, "lpFileTime=%p, lpFatDate=%p, lpFatTime=%p", lpFileTime,
                    lpFatDate, lpFatTime);
    BOOL ret = FALSE;
    if (!lpFileTime || !lpFatDate || !lpFatTime) {
        error_set(ERROR_INVALID_PARAMETER);
        goto out;
    }
    uint64_t ticks = time_filetime_to_u64(lpFileTime);
    if (ticks > INT64_MAX) {
        error_set(ERROR_INVALID_PARAMETER);
        goto out;
    }
    int64_t days = (int64_t)(ticks / TIME_TICKS_PER_DAY) - TIME_UNIX_EPOCH_DAYS;
    uint64_t sec = ticks % TIME_TICKS_PER_DAY / TIME_TICKS_PER_SECOND;
    int64_t year;
    unsigned month, day;
    time_civil_from_days(days, &year, &month, &day);
    if (year < TIME_DOS_FIRST_YEAR || year > TIME_DOS_LAST_YEAR) {
        error_set(ERROR_INVALID_PARAMETER);
        goto out;
    }
    *lpFatDate = (WORD)(((year - TIME_DOS_FIRST_YEAR) << 9) | (month << 5) | day);
    *lpFatTime = (WORD)(((sec / 3600) << 11) | ((sec / 60 % 60) << 5) | (sec % 60 / 2));
    ret = TRUE;
out:
    return PAL_TRACE_RETURN(FileTimeToDosDateTime, BOOL, "%d", ret);
}

static unsigned time_days_in_month(int64_t year, unsigned month)
{
    static const unsigned char length[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return length[month - 1] + (month == 2 && leap);
}

BOOL PALAPI DosDateTimeToFileTime(WORD wFatDate, WORD wFatTime, LPFILETIME lpFileTime)
{
    PAL_TRACE_ENTER(DosDateTimeToFileTime, "wFatDate=0x%x, wFatTime=0x%x, lpFileTime=%p", wFatDate,
                    wFatTime, lpFileTime);
    BOOL ret = FALSE;
    int64_t year = TIME_DOS_FIRST_YEAR + (wFatDate >> 9);
    unsigned month = (wFatDate >> 5) & 0xF, day = wFatDate & 0x1F;
    unsigned hour = wFatTime >> 11, minute = (wFatTime >> 5) & 0x3F, sec = (wFatTime & 0x1F) * 2;
    if (!lpFileTime || month < 1 || month > 12 || day < 1 || day > time_days_in_month(year, month) ||
        hour > 23 || minute > 59 || sec > 59) {
        error_set(ERROR_INVALID_PARAMETER);
        goto out;
    }
    int64_t days = time_days_from_civil(year, month, day) + TIME_UNIX_EPOCH_DAYS;
    uint64_t secs = (uint64_t)days * 86400 + hour * 3600u + minute * 60u + sec;
    *lpFileTime = time_filetime_from_u64(secs * TIME_TICKS_PER_SECOND);
    ret = TRUE;
out:
    return PAL_TRACE_RETURN(DosDateTimeToFileTime, BOOL, "%d", ret);
}
