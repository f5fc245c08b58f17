/*
 * GetCurrentThread: the pseudo-handle (HANDLE)-2; the LastError is left alone.
 * It works as a thread handle: the running thread is not signalled, and it is
 * not an event.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    PALSUITE_INIT(argc, argv);

    CHECK_SUCCEEDS(GetCurrentThread(), (HANDLE)(LONG_PTR)-2);
    CHECK(GetCurrentThread() != GetCurrentProcess(), "the thread and process pseudo-handles are equal");

    CHECK_SUCCEEDS(WaitForSingleObject(GetCurrentThread(), 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(WaitForSingleObject(GetCurrentThread(), 10), WAIT_TIMEOUT);
    CHECK_FAILS(ResetEvent(GetCurrentThread()), FALSE, ERROR_INVALID_HANDLE);

    PAL_Terminate();
    return 0;
}
