/*
 * WaitForMultipleObjects, bad input: no handles, more than 64, a bad or
 * closed handle anywhere in the array, a handle that cannot be waited on.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    HANDLE ev[MAXIMUM_WAIT_OBJECTS + 1];
    HANDLE closed;
    HANDLE two[2];
    int i;

    PALSUITE_INIT(argc, argv);
    for (i = 0; i <= MAXIMUM_WAIT_OBJECTS; i++) {
        ev[i] = CreateEventW(NULL, TRUE, TRUE, NULL);
        CHECK(ev[i] != NULL, "CreateEventW %d failed", i);
    }

    CHECK_FAILS(WaitForMultipleObjects(0, ev, FALSE, 0), WAIT_FAILED, ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WaitForMultipleObjects(0, ev, TRUE, 0), WAIT_FAILED, ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WaitForMultipleObjects(MAXIMUM_WAIT_OBJECTS + 1, ev, FALSE, 0), WAIT_FAILED,
                ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WaitForMultipleObjects(MAXIMUM_WAIT_OBJECTS + 1, ev, TRUE, 0), WAIT_FAILED,
                ERROR_INVALID_PARAMETER);

    closed = CreateEventW(NULL, TRUE, TRUE, NULL);
    CHECK(closed != NULL && CloseHandle(closed), "CreateEventW/CloseHandle failed");
    two[0] = ev[0];
    two[1] = closed;
    CHECK_FAILS(WaitForMultipleObjects(2, two, FALSE, 0), WAIT_FAILED, ERROR_INVALID_HANDLE);
    CHECK_FAILS(WaitForMultipleObjects(2, two, TRUE, 0), WAIT_FAILED, ERROR_INVALID_HANDLE);
    two[1] = NULL;
    CHECK_FAILS(WaitForMultipleObjects(2, two, FALSE, 0), WAIT_FAILED, ERROR_INVALID_HANDLE);
    two[1] = (HANDLE)(ULONG_PTR)0x12344;
    CHECK_FAILS(WaitForMultipleObjects(2, two, TRUE, INFINITE), WAIT_FAILED, ERROR_INVALID_HANDLE);

#ifndef _WIN32
    /* Windows faults on a NULL array; the PAL reports it instead. */
    CHECK_FAILS(WaitForMultipleObjects(1, NULL, FALSE, 0), WAIT_FAILED, ERROR_NOACCESS);
#endif

    for (i = 0; i <= MAXIMUM_WAIT_OBJECTS; i++)
        CHECK(CloseHandle(ev[i]), "CloseHandle failed");
    PAL_Terminate();
    return 0;
}
