/*
 * CloseHandle: closing an event succeeds and leaves the LastError alone;
 * closing it again, NULL or a made-up value fails with ERROR_INVALID_HANDLE.
 * The pseudo-handles of GetCurrentProcess() and GetCurrentThread() "close"
 * successfully, any number of times, and keep working; INVALID_HANDLE_VALUE is
 * the same value as GetCurrentProcess(), so it too closes successfully.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    HANDLE h;

    PALSUITE_INIT(argc, argv);

    h = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(h != NULL, "CreateEventW failed");
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);
    /* Windows reuses handle values at once: check before creating anything. */
    CHECK_FAILS(CloseHandle(h), FALSE, ERROR_INVALID_HANDLE);

    CHECK_FAILS(CloseHandle(NULL), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(CloseHandle((HANDLE)0x12344), FALSE, ERROR_INVALID_HANDLE);

    CHECK_SUCCEEDS(CloseHandle(GetCurrentProcess()), TRUE);
    CHECK_SUCCEEDS(CloseHandle(GetCurrentProcess()), TRUE);
    CHECK_SUCCEEDS(CloseHandle(GetCurrentThread()), TRUE);
    CHECK_SUCCEEDS(CloseHandle(GetCurrentThread()), TRUE);
    CHECK_SUCCEEDS(CloseHandle(INVALID_HANDLE_VALUE), TRUE);

    /* The pseudo-handles still work: neither the process nor the thread has ended. */
    CHECK_SUCCEEDS(WaitForSingleObject(GetCurrentProcess(), 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(WaitForSingleObject(GetCurrentThread(), 0), WAIT_TIMEOUT);

    /* Handles are independent: closing one event leaves another intact. */
    h = CreateEventW(NULL, TRUE, TRUE, NULL);
    CHECK(h != NULL, "CreateEventW failed");
    {
        HANDLE other = CreateEventW(NULL, TRUE, TRUE, NULL);

        CHECK(other != NULL, "CreateEventW failed");
        CHECK_SUCCEEDS(CloseHandle(other), TRUE);
    }
    CHECK_SUCCEEDS(WaitForSingleObject(h, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    PAL_Terminate();
    return 0;
}
