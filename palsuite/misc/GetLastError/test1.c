/*
 * GetLastError: reading the value does not change it; a failing API sets it;
 * a successful SetEvent or WaitForSingleObject leaves it alone; a successful
 * unnamed CreateEventW sets it to ERROR_SUCCESS (as Windows does).
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    HANDLE h;

    PALSUITE_INIT(argc, argv);

    SetLastError(ERROR_ALREADY_EXISTS);
    CHECK(GetLastError() == ERROR_ALREADY_EXISTS, "the first read is wrong");
    CHECK(GetLastError() == ERROR_ALREADY_EXISTS, "reading the LastError changed it");

    /* A failure sets it, and it stays until something else sets it. */
    SetLastError(ERROR_SUCCESS);
    CHECK(!CloseHandle(NULL), "CloseHandle(NULL) succeeded");
    CHECK_ERROR(ERROR_INVALID_HANDLE);
    CHECK_ERROR(ERROR_INVALID_HANDLE);

    /* Successes that leave it alone... */
    h = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(h != NULL, "CreateEventW failed");
    SetLastError(ERROR_INVALID_PARAMETER);
    CHECK(SetEvent(h), "SetEvent failed");
    CHECK_ERROR(ERROR_INVALID_PARAMETER);
    CHECK(WaitForSingleObject(h, 0) == WAIT_OBJECT_0, "the event is not signalled");
    CHECK_ERROR(ERROR_INVALID_PARAMETER);
    CHECK(CloseHandle(h), "CloseHandle failed");
    CHECK_ERROR(ERROR_INVALID_PARAMETER);

    /* ...and one that clears it. */
    h = CreateEventW(NULL, FALSE, FALSE, NULL);
    CHECK(h != NULL, "CreateEventW failed");
    CHECK_ERROR(ERROR_SUCCESS);
    CHECK(CloseHandle(h), "CloseHandle failed");

    PAL_Terminate();
    return 0;
}
