/*
 * WaitForMultipleObjects, wait for all: nothing is taken until every object
 * is signalled at once, then every signal is taken together; 64 objects.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    HANDLE ev[MAXIMUM_WAIT_OBJECTS];
    int i;

    PALSUITE_INIT(argc, argv);
    for (i = 0; i < 3; i++) {
        ev[i] = CreateEventW(NULL, FALSE, FALSE, NULL);
        CHECK(ev[i] != NULL, "CreateEventW %d failed", i);
    }

    /* Two of three signalled: the wait times out and takes neither signal. */
    CHECK(SetEvent(ev[0]) && SetEvent(ev[1]), "SetEvent failed");
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, ev, TRUE, 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, ev, TRUE, 30), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(WaitForMultipleObjects(2, ev, TRUE, 0), WAIT_OBJECT_0);
    /* ...that last wait took both: they are unsignalled now. */
    CHECK_SUCCEEDS(WaitForMultipleObjects(2, ev, FALSE, 0), WAIT_TIMEOUT);

    /* All three: WAIT_OBJECT_0, and all three auto-reset events are taken. */
    for (i = 0; i < 3; i++)
        CHECK(SetEvent(ev[i]), "SetEvent failed");
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, ev, TRUE, INFINITE), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, ev, FALSE, 0), WAIT_TIMEOUT);
    for (i = 0; i < 3; i++)
        CHECK(CloseHandle(ev[i]), "CloseHandle failed");

    /* The maximum: 64 manual-reset events, the last one set last. */
    for (i = 0; i < MAXIMUM_WAIT_OBJECTS; i++) {
        ev[i] = CreateEventW(NULL, TRUE, i != MAXIMUM_WAIT_OBJECTS - 1, NULL);
        CHECK(ev[i] != NULL, "CreateEventW %d failed", i);
    }
    CHECK_SUCCEEDS(WaitForMultipleObjects(MAXIMUM_WAIT_OBJECTS, ev, TRUE, 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(WaitForMultipleObjects(MAXIMUM_WAIT_OBJECTS, ev, FALSE, 0), WAIT_OBJECT_0);
    CHECK(SetEvent(ev[MAXIMUM_WAIT_OBJECTS - 1]), "SetEvent failed");
    CHECK_SUCCEEDS(WaitForMultipleObjects(MAXIMUM_WAIT_OBJECTS, ev, TRUE, 0), WAIT_OBJECT_0);
    /* Manual-reset events stay signalled after the wait. */
    CHECK_SUCCEEDS(WaitForSingleObject(ev[MAXIMUM_WAIT_OBJECTS - 1], 0), WAIT_OBJECT_0);
    for (i = 0; i < MAXIMUM_WAIT_OBJECTS; i++)
        CHECK(CloseHandle(ev[i]), "CloseHandle failed");

    PAL_Terminate();
    return 0;
}
