/*
 * SuspendThread, limits and bad input: the suspend count stops at
 * MAXIMUM_SUSPEND_COUNT (127): one more call fails with ERROR_SIGNAL_REFUSED
 * and returns (DWORD)-1; the count is still 127 for ResumeThread. NULL, an
 * event and a closed handle fail with ERROR_INVALID_HANDLE; a thread that
 * has ended, with ERROR_ACCESS_DENIED.
 */
#include <palsuite.h>

static HANDLE go;

static DWORD PALAPI waiter(LPVOID parameter)
{
    (void)parameter;
    return WaitForSingleObject(go, INFINITE);
}

int main(int argc, char *argv[])
{
    HANDLE thread;
    DWORD i;

    PALSUITE_INIT(argc, argv);
    go = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(go != NULL, "CreateEventW failed");
    thread = CreateThread(NULL, 0, waiter, NULL, 0, NULL);
    CHECK(thread != NULL, "CreateThread failed");

    CHECK(MAXIMUM_SUSPEND_COUNT == 127, "MAXIMUM_SUSPEND_COUNT is %d", (int)MAXIMUM_SUSPEND_COUNT);
    for (i = 0; i < MAXIMUM_SUSPEND_COUNT; i++)
        CHECK(SuspendThread(thread) == i, "SuspendThread #%u failed", i);
    CHECK_FAILS(SuspendThread(thread), (DWORD)-1, ERROR_SIGNAL_REFUSED);
    CHECK_FAILS(SuspendThread(thread), (DWORD)-1, ERROR_SIGNAL_REFUSED);
    CHECK_SUCCEEDS(ResumeThread(thread), MAXIMUM_SUSPEND_COUNT);
    CHECK_SUCCEEDS(SuspendThread(thread), MAXIMUM_SUSPEND_COUNT - 1);
    for (i = MAXIMUM_SUSPEND_COUNT; i > 0; i--)
        CHECK(ResumeThread(thread) == i, "ResumeThread #%u failed", i);
    SetEvent(go);
    CHECK(WaitForSingleObject(thread, INFINITE) == WAIT_OBJECT_0, "wait failed");

    /* Ended. */
    CHECK_FAILS(SuspendThread(thread), (DWORD)-1, ERROR_ACCESS_DENIED);
    CHECK(CloseHandle(thread), "CloseHandle failed");

    CHECK_FAILS(SuspendThread(NULL), (DWORD)-1, ERROR_INVALID_HANDLE);
    CHECK_FAILS(SuspendThread(go), (DWORD)-1, ERROR_INVALID_HANDLE);
    CHECK_FAILS(SuspendThread(thread), (DWORD)-1, ERROR_INVALID_HANDLE);
    CloseHandle(go);
    PAL_Terminate();
    return 0;
}
