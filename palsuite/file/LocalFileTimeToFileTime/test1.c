/*
 * LocalFileTimeToFileTime: subtracts the local zone's current offset, the
 * one FileTimeToLocalFileTime adds, whatever the zone the test runs in; the
 * FILETIME wraps around rather than fail at its ends. Success leaves the
 * LastError alone.
 */
#include <palsuite.h>

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
    FILETIME utc, local, out;
    ULONGLONG offset; /* local - UTC, modulo 2^64 */

    PALSUITE_INIT(argc, argv);

    utc = ft(133536879300000000ULL); /* 2024-02-29 13:45:30 */
    CHECK_SUCCEEDS(FileTimeToLocalFileTime(&utc, &local), TRUE);
    offset = ticks(&local) - ticks(&utc);

    local = ft(125963424000000000ULL); /* 2000-03-01 */
    CHECK_SUCCEEDS(LocalFileTimeToFileTime(&local, &out), TRUE);
    CHECK(ticks(&out) == ticks(&local) - offset, "LocalFileTimeToFileTime(2000-03-01)");

    /* The ends of the range wrap around, as on Windows. */
    local = ft(0);
    CHECK_SUCCEEDS(LocalFileTimeToFileTime(&local, &out), TRUE);
    CHECK(ticks(&out) == 0 - offset, "LocalFileTimeToFileTime(0)");
    local = ft(0xFFFFFFFFFFFFFFFFULL);
    CHECK_SUCCEEDS(LocalFileTimeToFileTime(&local, &out), TRUE);
    CHECK(ticks(&out) == 0xFFFFFFFFFFFFFFFFULL - offset, "LocalFileTimeToFileTime(max)");
    CHECK_SUCCEEDS(FileTimeToLocalFileTime(&out, &utc), TRUE);
    CHECK(ticks(&utc) == 0xFFFFFFFFFFFFFFFFULL, "round trip of the maximum");

#ifndef _WIN32
    /* Windows faults on NULL; the PAL refuses it. */
    CHECK_FAILS(LocalFileTimeToFileTime(NULL, &out), FALSE, ERROR_INVALID_PARAMETER);
    CHECK_FAILS(LocalFileTimeToFileTime(&local, NULL), FALSE, ERROR_INVALID_PARAMETER);
#endif

    PAL_Terminate();
    return 0;
}
