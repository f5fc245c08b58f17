/*
 * SleepEx: with no I/O completion or APC queued (none is, here), returns 0
 * after the whole time, alertable or not; SleepEx(0, ...) returns at once.
 * The time is checked with GetTickCount where it exists (a lower bound
 * only). The LastError is left alone.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    BOOL alertable;

    PALSUITE_INIT(argc, argv);

    CHECK_SUCCEEDS(SleepEx(0, FALSE), 0);
    CHECK_SUCCEEDS(SleepEx(0, TRUE), 0);
    CHECK_SUCCEEDS(SleepEx(1, TRUE), 0);

    for (alertable = FALSE; alertable <= TRUE; alertable++) {
        DWORD start = GetTickCount(), elapsed;
        CHECK_SUCCEEDS(SleepEx(50, alertable), 0);
        elapsed = GetTickCount() - start;
        CHECK(elapsed >= 30, "SleepEx(50, %d) returned after %u ms", alertable, elapsed); /* GetTickCount steps: up to 16 ms */
    }

    PAL_Terminate();
    return 0;
}
