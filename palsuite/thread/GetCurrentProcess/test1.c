/*
 * GetCurrentProcess: the pseudo-handle (HANDLE)-1, which is also the value of
 * INVALID_HANDLE_VALUE; the LastError is left alone. It works as a process
 * handle: the running process is not signalled, and it is not an event.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    PALSUITE_INIT(argc, argv);

    CHECK_SUCCEEDS(GetCurrentProcess(), (HANDLE)(LONG_PTR)-1);
    CHECK(GetCurrentProcess() == INVALID_HANDLE_VALUE, "GetCurrentProcess() is not INVALID_HANDLE_VALUE");

    CHECK_SUCCEEDS(WaitForSingleObject(GetCurrentProcess(), 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(WaitForSingleObject(GetCurrentProcess(), 10), WAIT_TIMEOUT);
    CHECK_FAILS(SetEvent(GetCurrentProcess()), FALSE, ERROR_INVALID_HANDLE);

    PAL_Terminate();
    return 0;
}
