/*
 * QueryPerformanceFrequency: a positive frequency, fixed while the system
 * runs (the same on every call), at least 1 MHz as on every Windows since
 * Vista. Success leaves the LastError alone.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    LARGE_INTEGER f1, f2;

    PALSUITE_INIT(argc, argv);

    f1.QuadPart = 0;
    CHECK_SUCCEEDS(QueryPerformanceFrequency(&f1), TRUE);
    CHECK(f1.QuadPart >= 1000000, "frequency %d", (int)f1.QuadPart);
    CHECK_SUCCEEDS(QueryPerformanceFrequency(&f2), TRUE);
    CHECK(f1.QuadPart == f2.QuadPart, "the frequency changed");

#ifndef _WIN32
    /* Windows faults on NULL (an access violation in the kernel). */
    CHECK_FAILS(QueryPerformanceFrequency(NULL), FALSE, ERROR_NOACCESS);
#endif

    PAL_Terminate();
    return 0;
}
