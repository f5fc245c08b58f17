/*
 * ResetEvent: unsignals a manual-reset or auto-reset event; resetting an
 * unsignalled event succeeds. Success leaves the LastError alone. Handles that
 * are not events fail with ERROR_INVALID_HANDLE: NULL, made up, closed, and the
 * pseudo-handles (INVALID_HANDLE_VALUE is GetCurrentProcess()).
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    HANDLE h;

    PALSUITE_INIT(argc, argv);

    h = CreateEventW(NULL, TRUE, TRUE, NULL);
    CHECK(h != NULL, "CreateEventW failed");
    CHECK_SUCCEEDS(ResetEvent(h), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(h, 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(ResetEvent(h), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(h, 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(SetEvent(h), TRUE);
    CHECK_SUCCEEDS(ResetEvent(h), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(h, 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    h = CreateEventW(NULL, FALSE, TRUE, NULL);
    CHECK(h != NULL, "CreateEventW failed");
    CHECK_SUCCEEDS(ResetEvent(h), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(h, 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(ResetEvent(h), TRUE);
    CHECK_SUCCEEDS(SetEvent(h), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(h, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);
    /* Windows reuses handle values at once: check before creating anything. */
    CHECK_FAILS(ResetEvent(h), FALSE, ERROR_INVALID_HANDLE);

    CHECK_FAILS(ResetEvent(NULL), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(ResetEvent((HANDLE)0x12344), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(ResetEvent(INVALID_HANDLE_VALUE), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(ResetEvent(GetCurrentProcess()), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(ResetEvent(GetCurrentThread()), FALSE, ERROR_INVALID_HANDLE);

    PAL_Terminate();
    return 0;
}
