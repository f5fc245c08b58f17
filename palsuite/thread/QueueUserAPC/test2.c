/*
 * QueueUserAPC on a handle that is not a thread fails with
 * ERROR_INVALID_HANDLE.
 */
#include <palsuite.h>

static void PALAPI never_runs(ULONG_PTR value) { (void)value; }

int main(int argc, char *argv[])
{
    HANDLE ev;

    PALSUITE_INIT(argc, argv);
    ev = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(ev != NULL, "CreateEventW failed");
    CHECK_FAILS(QueueUserAPC(never_runs, (HANDLE)(LONG_PTR)0x1230, 1), 0, ERROR_INVALID_HANDLE);
    CHECK_FAILS(QueueUserAPC(never_runs, ev, 1), 0, ERROR_INVALID_HANDLE);
    CloseHandle(ev);
    PAL_Terminate();
    return 0;
}
