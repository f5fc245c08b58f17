/*
 * SwitchToThread: returns TRUE or FALSE (whether another thread ran cannot
 * be forced from here: on Windows it depends on the ready queue), never
 * fails, and lets a thread that waits for this one make progress. The
 * LastError is left alone.
 */
#include <palsuite.h>

static volatile LONG go, answered;

/* Spins, yielding, until main says go; then answers. */
static DWORD PALAPI spinner(LPVOID param)
{
    (void)param;
    while (!InterlockedCompareExchange(&go, 0, 0))
        SwitchToThread();
    InterlockedExchange(&answered, 1);
    return 0;
}

int main(int argc, char *argv[])
{
    HANDLE thread;
    DWORD ret;
    int i;

    PALSUITE_INIT(argc, argv);

    SetLastError(PALSUITE_SENTINEL_ERROR);
    ret = SwitchToThread();
    CHECK_ERROR(PALSUITE_SENTINEL_ERROR);
    CHECK(ret == TRUE || ret == FALSE, "SwitchToThread returned %u", ret);

    thread = CreateThread(NULL, 0, spinner, NULL, 0, NULL);
    CHECK(thread != NULL, "CreateThread failed");
    for (i = 0; i < 1000; i++) {
        ret = SwitchToThread();
        CHECK(ret == TRUE || ret == FALSE, "SwitchToThread returned %u", ret);
    }
    InterlockedExchange(&go, 1);
    while (!InterlockedCompareExchange(&answered, 0, 0))
        SwitchToThread();
    CHECK(WaitForSingleObject(thread, 10000) == WAIT_OBJECT_0, "the spinner did not end");
    CHECK(CloseHandle(thread), "CloseHandle failed");
    CHECK_ERROR(PALSUITE_SENTINEL_ERROR);

    PAL_Terminate();
    return 0;
}
