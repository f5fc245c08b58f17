/*
 * WaitForMultipleObjectsEx: alertable and not, any and all. No APC is
 * queued, so an alertable wait returns like any other.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    HANDLE ev[2];

    PALSUITE_INIT(argc, argv);
    ev[0] = CreateEventW(NULL, FALSE, FALSE, NULL);
    ev[1] = CreateEventW(NULL, FALSE, TRUE, NULL);
    CHECK(ev[0] != NULL && ev[1] != NULL, "CreateEventW failed");

    CHECK_SUCCEEDS(WaitForMultipleObjectsEx(2, ev, FALSE, 0, TRUE), WAIT_OBJECT_0 + 1);
    CHECK_SUCCEEDS(WaitForMultipleObjectsEx(2, ev, FALSE, 10, TRUE), WAIT_TIMEOUT);
    CHECK(SetEvent(ev[0]), "SetEvent failed");
    CHECK_SUCCEEDS(WaitForMultipleObjectsEx(2, ev, TRUE, 0, FALSE), WAIT_TIMEOUT);
    CHECK(SetEvent(ev[1]), "SetEvent failed");
    CHECK_SUCCEEDS(WaitForMultipleObjectsEx(2, ev, TRUE, 0, TRUE), WAIT_OBJECT_0);
    CHECK_FAILS(WaitForMultipleObjectsEx(0, ev, FALSE, 0, TRUE), WAIT_FAILED,
                ERROR_INVALID_PARAMETER);

    CHECK(CloseHandle(ev[0]) && CloseHandle(ev[1]), "CloseHandle failed");
    PAL_Terminate();
    return 0;
}
