/*
 * GetTickCount: milliseconds of a clock that never goes back (modulo 2^32:
 * differences are taken as DWORDs, as Windows programs must) and advances by
 * at least the time slept. Success leaves the LastError alone.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    DWORD start, prev, now;
    int i;

    PALSUITE_INIT(argc, argv);

    SetLastError(PALSUITE_SENTINEL_ERROR);
    start = GetTickCount();
    CHECK_ERROR(PALSUITE_SENTINEL_ERROR);

    prev = start;
    for (i = 0; i < 10000; i++) {
        now = GetTickCount();
        CHECK(now - prev < 0x80000000u, "went back from %u to %u", prev, now);
        prev = now;
    }
    start = GetTickCount();
    Sleep(200);
    now = GetTickCount();
    /* The tick may be coarse (16 ms on Windows): allow one tick of slack. */
    CHECK(now - start >= 180, "only %u ms elapsed in Sleep(200)", now - start);

    PAL_Terminate();
    return 0;
}
