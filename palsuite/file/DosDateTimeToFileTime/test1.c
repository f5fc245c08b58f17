/*
 * DosDateTimeToFileTime: builds the FILETIME of MS-DOS date and time words,
 * no time zone involved; every date from 1980 to 2107 (2037 and beyond
 * included); the inverse of FileTimeToDosDateTime. Fields out of range (month
 * 0 or 13, day 0 or past the month's end, hour 24, minute 60, seconds field
 * 30) fail.
 */
#include <palsuite.h>

static ULONGLONG ticks(const FILETIME *f)
{
    return ((ULONGLONG)f->dwHighDateTime << 32) | f->dwLowDateTime;
}

static void check_ft(WORD date, WORD time, ULONGLONG expected)
{
    FILETIME f;
    SetLastError(PALSUITE_SENTINEL_ERROR);
    if (!DosDateTimeToFileTime(date, time, &f))
        Fail("DosDateTimeToFileTime(%04x, %04x) failed with %u", date, time, GetLastError());
    CHECK_ERROR(PALSUITE_SENTINEL_ERROR);
    CHECK(ticks(&f) == expected, "DosDateTimeToFileTime(%04x, %04x) = %08x%08x", date, time,
          f.dwHighDateTime, f.dwLowDateTime);
}

static void check_bad(WORD date, WORD time)
{
    FILETIME f;
    f.dwLowDateTime = 0x11;
    f.dwHighDateTime = 0x22;
    CHECK(!DosDateTimeToFileTime(date, time, &f), "DosDateTimeToFileTime(%04x, %04x) succeeded",
          date, time);
    CHECK(f.dwLowDateTime == 0x11 && f.dwHighDateTime == 0x22, "output changed on failure");
#ifndef _WIN32
    /* Windows sets ERROR_INVALID_PARAMETER here; Wine leaves the LastError. */
    CHECK_FAILS(DosDateTimeToFileTime(date, time, &f), FALSE, ERROR_INVALID_PARAMETER);
#endif
}

static WORD dos_date(int year, int month, int day)
{
    return (WORD)(((year - 1980) << 9) | (month << 5) | day);
}

int main(int argc, char *argv[])
{
    static const int mdays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    int year, month;

    PALSUITE_INIT(argc, argv);

    check_ft(0x0021, 0x0000, 119600064000000000ULL); /* 1980-01-01 00:00:00 */
    check_ft(0x0021, 0x001D, 119600064580000000ULL); /* 00:00:58 */
    check_ft(0x585D, 0x6DAF, 133536879300000000ULL); /* 2024-02-29 13:45:30 */
    check_ft(0x739F, 0xBF7D, 137903903980000000ULL); /* 2037-12-31 23:59:58 */
    check_ft(0x78CF, 0x43C0, 138678354000000000ULL); /* 2040-06-15 08:30:00 */
    check_ft(0x2861, 0x0000, 125963424000000000ULL); /* 2000-03-01 */
    check_ft(0xFF9F, 0xBF7D, 159992927980000000ULL); /* 2107-12-31 23:59:58 */

    /* The first and last day of every month round-trip. */
    for (year = 1980; year <= 2107; year += 9) {
        for (month = 1; month <= 12; month++) {
            int last = mdays[month - 1] +
                       (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0));
            int day;
            for (day = 1; day <= last; day += last - 1) {
                FILETIME f;
                WORD d, t;
                CHECK(DosDateTimeToFileTime(dos_date(year, month, day), 0xA5F3, &f),
                      "%d-%d-%d refused", year, month, day);
                CHECK(FileTimeToDosDateTime(&f, &d, &t), "%d-%d-%d back", year, month, day);
                CHECK(d == dos_date(year, month, day) && t == 0xA5F3,
                      "%d-%d-%d came back as %04x %04x", year, month, day, d, t);
            }
        }
    }

    check_bad(0x0000, 0);                        /* month 0, day 0 */
    check_bad(0x0020, 0);                        /* day 0 */
    check_bad((WORD)(dos_date(2000, 1, 1) & ~0x1E0), 0); /* month 0 */
    check_bad((WORD)(dos_date(2000, 13, 1)), 0);   /* month 13 */
    check_bad((WORD)(dos_date(2000, 15, 1)), 0);   /* month 15 */
    check_bad(dos_date(2001, 4, 31), 0);          /* April 31st */
    check_bad(dos_date(2000, 2, 30), 0);          /* February 30th */
    check_bad(0x0021, 24 << 11);                  /* hour 24 */
    check_bad(0x0021, 60 << 5);                   /* minute 60 */
    check_bad(0x0021, 30);                        /* 60 seconds */
    check_bad(0x0021, 0xFFFF);
    check_bad(0xFFFF, 0);                         /* 2107-15-31 */

#ifndef _WIN32
    /* Windows faults on NULL; the PAL refuses it. */
    CHECK_FAILS(DosDateTimeToFileTime(0x0021, 0, NULL), FALSE, ERROR_INVALID_PARAMETER);
#endif

    PAL_Terminate();
    return 0;
}
