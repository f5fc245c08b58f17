/*
 * WaitForMultipleObjects, wait for any: the lowest signalled index wins and
 * only that object's signal is taken; timeouts; mixed object types.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    HANDLE ev[3];
    int i;

    PALSUITE_INIT(argc, argv);
    for (i = 0; i < 3; i++) {
        ev[i] = CreateEventW(NULL, FALSE, FALSE, NULL);
        CHECK(ev[i] != NULL, "CreateEventW %d failed", i);
    }

    /* Nothing signalled: a timeout of 0 and a short finite one both time out. */
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, ev, FALSE, 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, ev, FALSE, 20), WAIT_TIMEOUT);

    /* One signalled: its index, and the auto-reset event is taken. */
    CHECK(SetEvent(ev[2]), "SetEvent failed");
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, ev, FALSE, 0), WAIT_OBJECT_0 + 2);
    CHECK_SUCCEEDS(WaitForSingleObject(ev[2], 0), WAIT_TIMEOUT);

    /* Two signalled: the lowest index, and only that one is taken. */
    CHECK(SetEvent(ev[1]) && SetEvent(ev[2]), "SetEvent failed");
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, ev, FALSE, INFINITE), WAIT_OBJECT_0 + 1);
    CHECK_SUCCEEDS(WaitForSingleObject(ev[1], 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, ev, FALSE, 0), WAIT_OBJECT_0 + 2);

    /* A manual-reset event stays signalled through any number of waits. */
    {
        HANDLE mixed[2];
        mixed[0] = GetCurrentProcess(); /* never signalled while we run */
        mixed[1] = CreateEventW(NULL, TRUE, TRUE, NULL);
        CHECK(mixed[1] != NULL, "CreateEventW failed");
        CHECK_SUCCEEDS(WaitForMultipleObjects(2, mixed, FALSE, 0), WAIT_OBJECT_0 + 1);
        CHECK_SUCCEEDS(WaitForMultipleObjects(2, mixed, FALSE, 0), WAIT_OBJECT_0 + 1);
        CHECK(ResetEvent(mixed[1]), "ResetEvent failed");
        CHECK_SUCCEEDS(WaitForMultipleObjects(2, mixed, FALSE, 0), WAIT_TIMEOUT);
        CHECK(CloseHandle(mixed[1]), "CloseHandle failed");
    }

    /* The same handle twice in a wait for any is allowed. */
    {
        HANDLE twice[2];
        twice[0] = twice[1] = ev[0];
        CHECK(SetEvent(ev[0]), "SetEvent failed");
        CHECK_SUCCEEDS(WaitForMultipleObjects(2, twice, FALSE, 0), WAIT_OBJECT_0);
        CHECK_SUCCEEDS(WaitForMultipleObjects(2, twice, FALSE, 0), WAIT_TIMEOUT);
    }

    for (i = 0; i < 3; i++)
        CHECK(CloseHandle(ev[i]), "CloseHandle failed");
    PAL_Terminate();
    return 0;
}
