/*
 * WaitForSingleObject on events: a zero or finite timeout on an unsignalled
 * event returns WAIT_TIMEOUT (the finite one after the time has passed); a
 * signalled event returns WAIT_OBJECT_0 at once, also with INFINITE; a wait
 * consumes an auto-reset event's signal but not a manual-reset one's. Success
 * and timeouts leave the LastError alone. NULL, made-up and closed handles
 * return WAIT_FAILED with ERROR_INVALID_HANDLE.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    HANDLE manual, automatic;

    PALSUITE_INIT(argc, argv);

    manual = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(manual != NULL, "CreateEventW failed");
    automatic = CreateEventW(NULL, FALSE, FALSE, NULL);
    CHECK(automatic != NULL, "CreateEventW failed");

    /* Unsignalled. */
    CHECK_SUCCEEDS(WaitForSingleObject(manual, 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(WaitForSingleObject(automatic, 0), WAIT_TIMEOUT);
    {
        DWORD start = GetTickCount(), elapsed;
        CHECK_SUCCEEDS(WaitForSingleObject(manual, 50), WAIT_TIMEOUT);
        /* A lower bound only: tests never assert speed. */
        elapsed = GetTickCount() - start;
        CHECK(elapsed >= 30, "a 50 ms wait timed out after %u ms", elapsed); /* GetTickCount steps: up to 16 ms */
    }
    CHECK_SUCCEEDS(WaitForSingleObject(automatic, 1), WAIT_TIMEOUT);

    /* Manual reset: the signal stays, whatever the timeout. */
    CHECK_SUCCEEDS(SetEvent(manual), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(manual, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(manual, 50), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(manual, INFINITE), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(manual, 0), WAIT_OBJECT_0);

    /* Auto reset: each wait consumes one signal. */
    CHECK_SUCCEEDS(SetEvent(automatic), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(automatic, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(automatic, 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(SetEvent(automatic), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(automatic, INFINITE), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(automatic, 10), WAIT_TIMEOUT);

    CHECK_SUCCEEDS(CloseHandle(manual), TRUE);
    /* Windows reuses handle values at once: check before creating anything. */
    CHECK_FAILS(WaitForSingleObject(manual, 0), WAIT_FAILED, ERROR_INVALID_HANDLE);
    CHECK_FAILS(WaitForSingleObject(manual, INFINITE), WAIT_FAILED, ERROR_INVALID_HANDLE);
    CHECK_SUCCEEDS(CloseHandle(automatic), TRUE);

    CHECK_FAILS(WaitForSingleObject(NULL, 0), WAIT_FAILED, ERROR_INVALID_HANDLE);
    CHECK_FAILS(WaitForSingleObject(NULL, INFINITE), WAIT_FAILED, ERROR_INVALID_HANDLE);
    CHECK_FAILS(WaitForSingleObject((HANDLE)0x12344, 0), WAIT_FAILED, ERROR_INVALID_HANDLE);
    CHECK_FAILS(WaitForSingleObject((HANDLE)0x12344, INFINITE), WAIT_FAILED, ERROR_INVALID_HANDLE);

    PAL_Terminate();
    return 0;
}
