/*
 * QueryPerformanceCounter: a counter that never goes back and advances, over
 * a Sleep, by at least the time slept in QueryPerformanceFrequency units.
 * Success leaves the LastError alone.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    LARGE_INTEGER freq, a, b;
    int i;

    PALSUITE_INIT(argc, argv);

    CHECK(QueryPerformanceFrequency(&freq), "QueryPerformanceFrequency");
    a.QuadPart = -1;
    CHECK_SUCCEEDS(QueryPerformanceCounter(&a), TRUE);
    CHECK(a.QuadPart >= 0, "negative counter");
    for (i = 0; i < 10000; i++) {
        CHECK(QueryPerformanceCounter(&b), "QueryPerformanceCounter");
        CHECK(b.QuadPart >= a.QuadPart, "went back on call %d", i);
        a = b;
    }
    Sleep(100);
    CHECK_SUCCEEDS(QueryPerformanceCounter(&b), TRUE);
    /* At least 90 ms: both clocks are precise, Sleep never returns early. */
    CHECK((b.QuadPart - a.QuadPart) * 1000 >= freq.QuadPart * 90, "%d ms elapsed in Sleep(100)",
          (int)((b.QuadPart - a.QuadPart) * 1000 / freq.QuadPart));

#ifndef _WIN32
    /* Windows faults on NULL (an access violation in the kernel). */
    CHECK_FAILS(QueryPerformanceCounter(NULL), FALSE, ERROR_NOACCESS);
#endif

    PAL_Terminate();
    return 0;
}
