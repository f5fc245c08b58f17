/*
 * GetSystemTime: the current UTC time as SYSTEMTIME fields, consistent with
 * GetSystemTimeAsFileTime read just before and after (the date is converted
 * here by the Gregorian rules), every field in range, the day of the week
 * right (0 = Sunday).
 */
#include <palsuite.h>

static ULONGLONG ticks(const FILETIME *f)
{
    return ((ULONGLONG)f->dwHighDateTime << 32) | f->dwLowDateTime;
}

static int leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* Days from 1601-01-01 to the date. */
static LONGLONG days_since_1601(int year, int month, int day)
{
    static const int before[12] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };
    LONGLONG days = 0;
    int y;
    for (y = 1601; y < year; y++)
        days += leap(y) ? 366 : 365;
    days += before[month - 1] + (month > 2 && leap(year)) + day - 1;
    return days;
}

int main(int argc, char *argv[])
{
    FILETIME before, after;
    SYSTEMTIME st;
    ULONGLONG t, days;
    static const int mdays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

    PALSUITE_INIT(argc, argv);

    GetSystemTimeAsFileTime(&before);
    memset(&st, 0xFF, sizeof(st));
    SetLastError(PALSUITE_SENTINEL_ERROR);
    GetSystemTime(&st);
    CHECK_ERROR(PALSUITE_SENTINEL_ERROR);
    GetSystemTimeAsFileTime(&after);

    CHECK(st.wYear >= 2020 && st.wYear < 2100, "wYear %u", st.wYear);
    CHECK(st.wMonth >= 1 && st.wMonth <= 12, "wMonth %u", st.wMonth);
    CHECK(st.wDay >= 1 && st.wDay <= mdays[st.wMonth - 1] + (st.wMonth == 2 && leap(st.wYear)),
          "wDay %u", st.wDay);
    CHECK(st.wHour < 24 && st.wMinute < 60 && st.wSecond < 60 && st.wMilliseconds < 1000,
          "time %u:%u:%u.%u", st.wHour, st.wMinute, st.wSecond, st.wMilliseconds);

    days = (ULONGLONG)days_since_1601(st.wYear, st.wMonth, st.wDay);
    /* 1601-01-01 was a Monday. */
    CHECK(st.wDayOfWeek == (days + 1) % 7, "wDayOfWeek %u for %u-%u-%u", st.wDayOfWeek, st.wYear,
          st.wMonth, st.wDay);
    t = ((days * 24 + st.wHour) * 60 + st.wMinute) * 60 + st.wSecond;
    t = t * 10000000 + st.wMilliseconds * 10000ULL;
    /* Within the two readings, to the millisecond the fields keep. */
    CHECK(t + 10000 > ticks(&before) && t <= ticks(&after),
          "GetSystemTime %u-%02u-%02u %02u:%02u:%02u.%03u is not between the FILETIMEs read around it",
          st.wYear, st.wMonth, st.wDay, st.wHour, st.wMinute, st.wSecond, st.wMilliseconds);

    PAL_Terminate();
    return 0;
}
