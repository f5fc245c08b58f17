/*
 * DuplicateHandle of the pseudo-handles: duplicating GetCurrentProcess() or
 * GetCurrentThread() yields a real handle (not the pseudo value) to the running
 * process or thread: waitable, unsignalled, and closed like any other handle.
 */
#include <palsuite.h>

static void check_real_handle(HANDLE pseudo, const char *what)
{
    HANDLE dup = NULL;

    CHECK_SUCCEEDS(DuplicateHandle(GetCurrentProcess(), pseudo, GetCurrentProcess(), &dup, 0, FALSE,
                                   DUPLICATE_SAME_ACCESS),
                   TRUE);
    CHECK(dup != NULL && dup != pseudo && dup != GetCurrentProcess() && dup != GetCurrentThread(),
          "duplicating %s returned %p", what, dup);
    /* The running process or thread is not signalled. */
    CHECK_SUCCEEDS(WaitForSingleObject(dup, 0), WAIT_TIMEOUT);
    /* It is not an event. */
    CHECK_FAILS(SetEvent(dup), FALSE, ERROR_INVALID_HANDLE);
    CHECK_SUCCEEDS(CloseHandle(dup), TRUE);
    CHECK_FAILS(CloseHandle(dup), FALSE, ERROR_INVALID_HANDLE);
}

int main(int argc, char *argv[])
{
    PALSUITE_INIT(argc, argv);

    check_real_handle(GetCurrentProcess(), "GetCurrentProcess()");
    check_real_handle(GetCurrentThread(), "GetCurrentThread()");

    PAL_Terminate();
    return 0;
}
