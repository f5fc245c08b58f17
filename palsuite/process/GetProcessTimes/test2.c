/*
 * GetProcessTimes, bad input: NULL and an event handle.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    FILETIME a, b, c, d;
    HANDLE ev;

    PALSUITE_INIT(argc, argv);
    CHECK_FAILS(GetProcessTimes(NULL, &a, &b, &c, &d), FALSE, ERROR_INVALID_HANDLE);
    ev = CreateEventA(NULL, TRUE, FALSE, NULL);
    CHECK(ev != NULL, "CreateEventA failed");
    CHECK_FAILS(GetProcessTimes(ev, &a, &b, &c, &d), FALSE, ERROR_INVALID_HANDLE);
    CloseHandle(ev);
    PAL_Terminate();
    return 0;
}
