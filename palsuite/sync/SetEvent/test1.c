/*
 * SetEvent: signals a manual-reset event until reset (setting it again is
 * harmless); an auto-reset event holds one signal, however many SetEvent calls,
 * until a wait consumes it. Success leaves the LastError alone. Handles that are
 * not events fail with ERROR_INVALID_HANDLE: NULL, made up, closed, and the
 * pseudo-handles (INVALID_HANDLE_VALUE is GetCurrentProcess()).
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    HANDLE h;

    PALSUITE_INIT(argc, argv);

    h = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(h != NULL, "CreateEventW failed");
    CHECK_SUCCEEDS(SetEvent(h), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(h, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(h, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(SetEvent(h), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(h, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    h = CreateEventW(NULL, FALSE, FALSE, NULL);
    CHECK(h != NULL, "CreateEventW failed");
    CHECK_SUCCEEDS(SetEvent(h), TRUE);
    CHECK_SUCCEEDS(SetEvent(h), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(h, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(h, 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(SetEvent(h), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(h, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);
    /* Windows reuses handle values at once: check before creating anything. */
    CHECK_FAILS(SetEvent(h), FALSE, ERROR_INVALID_HANDLE);

    CHECK_FAILS(SetEvent(NULL), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(SetEvent((HANDLE)0x12344), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(SetEvent(INVALID_HANDLE_VALUE), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(SetEvent(GetCurrentProcess()), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(SetEvent(GetCurrentThread()), FALSE, ERROR_INVALID_HANDLE);

    PAL_Terminate();
    return 0;
}
