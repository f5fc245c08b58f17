/*
 * GetSystemTimeAsFileTime: the current UTC time in 100 ns ticks since 1601:
 * after 2020-01-01 and before 2100-01-01, never going back between two calls,
 * moving on across a Sleep. Success leaves the LastError alone.
 */
#include <palsuite.h>

#define FT_2020 132223104000000000ULL /* 2020-01-01 00:00 UTC */
#define FT_2100 157469184000000000ULL

static ULONGLONG ticks(const FILETIME *f)
{
    return ((ULONGLONG)f->dwHighDateTime << 32) | f->dwLowDateTime;
}

int main(int argc, char *argv[])
{
    FILETIME a, b;
    int i;

    PALSUITE_INIT(argc, argv);

    a.dwLowDateTime = a.dwHighDateTime = 0;
    SetLastError(PALSUITE_SENTINEL_ERROR);
    GetSystemTimeAsFileTime(&a);
    CHECK_ERROR(PALSUITE_SENTINEL_ERROR);
    CHECK(ticks(&a) > FT_2020 && ticks(&a) < FT_2100, "time %08x%08x out of 2020..2100",
          a.dwHighDateTime, a.dwLowDateTime);

    for (i = 0; i < 1000; i++) {
        GetSystemTimeAsFileTime(&b);
        CHECK(ticks(&b) >= ticks(&a), "time went back on call %d", i);
        a = b;
    }
    Sleep(100);
    GetSystemTimeAsFileTime(&b);
    /* At least 50 ms later (the clock may tick coarsely). */
    CHECK(ticks(&b) - ticks(&a) >= 500000, "only %u ticks in Sleep(100)", (DWORD)(ticks(&b) - ticks(&a)));

    PAL_Terminate();
    return 0;
}
