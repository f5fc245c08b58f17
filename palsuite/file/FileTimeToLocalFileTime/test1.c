/*
 * FileTimeToLocalFileTime: adds the local zone's current offset, whatever the
 * zone the test runs in: the offset is a whole number of quarter hours within
 * +-14 h, and the same for every time converted (Windows uses the offset in
 * effect now, daylight saving time included, even for a time in another
 * season); LocalFileTimeToFileTime gives the original back. Success leaves
 * the LastError alone.
 */
#include <palsuite.h>

#define TICKS_PER_MINUTE 600000000LL

static ULONGLONG ticks(const FILETIME *f)
{
    return ((ULONGLONG)f->dwHighDateTime << 32) | f->dwLowDateTime;
}

static FILETIME ft(ULONGLONG t)
{
    FILETIME f;
    f.dwLowDateTime = (DWORD)t;
    f.dwHighDateTime = (DWORD)(t >> 32);
    return f;
}

int main(int argc, char *argv[])
{
    static const ULONGLONG times[] = {
        116444736000000000ULL, /* 1970-01-01 */
        119600064000000000ULL, /* 1980-01-01 */
        133536879300000000ULL, /* 2024-02-29 13:45:30 */
        133650000000000000ULL, /* 2024-07 (northern summer) */
        137903903980000000ULL, /* 2037-12-31 23:59:58 */
        138678354000000000ULL, /* 2040-06-15 08:30 */
    };
    FILETIME utc, local, back;
    LONGLONG offset;
    unsigned i;

    PALSUITE_INIT(argc, argv);

    GetSystemTimeAsFileTime(&utc);
    CHECK_SUCCEEDS(FileTimeToLocalFileTime(&utc, &local), TRUE);
    offset = (LONGLONG)(ticks(&local) - ticks(&utc));
    CHECK(offset % (15 * TICKS_PER_MINUTE) == 0, "offset of %d minutes is not whole quarter hours",
          (int)(offset / TICKS_PER_MINUTE));
    CHECK(offset >= -14 * 60 * TICKS_PER_MINUTE && offset <= 14 * 60 * TICKS_PER_MINUTE,
          "offset of %d minutes", (int)(offset / TICKS_PER_MINUTE));
    Trace("local offset: %d minutes\n", (int)(offset / TICKS_PER_MINUTE));
    CHECK_SUCCEEDS(LocalFileTimeToFileTime(&local, &back), TRUE);
    CHECK(ticks(&back) == ticks(&utc), "round trip changed the time");

    for (i = 0; i < sizeof(times) / sizeof(times[0]); i++) {
        utc = ft(times[i]);
        CHECK_SUCCEEDS(FileTimeToLocalFileTime(&utc, &local), TRUE);
        CHECK((LONGLONG)(ticks(&local) - ticks(&utc)) == offset,
              "time %u: offset of %d minutes, %d now", i,
              (int)((LONGLONG)(ticks(&local) - ticks(&utc)) / TICKS_PER_MINUTE),
              (int)(offset / TICKS_PER_MINUTE));
        CHECK_SUCCEEDS(LocalFileTimeToFileTime(&local, &back), TRUE);
        CHECK(ticks(&back) == times[i], "time %u: round trip changed it", i);
    }

    /* In place. */
    utc = ft(times[2]);
    CHECK_SUCCEEDS(FileTimeToLocalFileTime(&utc, &utc), TRUE);
    CHECK(ticks(&utc) == times[2] + (ULONGLONG)offset, "in-place conversion");

#ifndef _WIN32
    /* Windows faults on NULL; the PAL refuses it. */
    CHECK_FAILS(FileTimeToLocalFileTime(NULL, &local), FALSE, ERROR_INVALID_PARAMETER);
    CHECK_FAILS(FileTimeToLocalFileTime(&utc, NULL), FALSE, ERROR_INVALID_PARAMETER);
#endif

    PAL_Terminate();
    return 0;
}
