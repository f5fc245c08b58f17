/*
 * ResumeThread: returns the suspend count before the call and lowers it by
 * one; on a thread that is not suspended, or has ended, it returns 0 and
 * succeeds. NULL, an event and a closed handle fail with (DWORD)-1 and
 * ERROR_INVALID_HANDLE.
 */
#include <palsuite.h>

static volatile LONG ran;

static DWORD PALAPI mark(LPVOID parameter)
{
    (void)parameter;
    ran = 1;
    return 0;
}

int main(int argc, char *argv[])
{
    HANDLE thread, event;

    PALSUITE_INIT(argc, argv);
    thread = CreateThread(NULL, 0, mark, NULL, CREATE_SUSPENDED, NULL);
    CHECK(thread != NULL, "CreateThread failed");
    CHECK_SUCCEEDS(SuspendThread(thread), 1);
    CHECK_SUCCEEDS(ResumeThread(thread), 2);
    Sleep(50);
    CHECK(ran == 0, "the thread ran with a suspend count of 1");
    CHECK_SUCCEEDS(ResumeThread(thread), 1);
    CHECK(WaitForSingleObject(thread, INFINITE) == WAIT_OBJECT_0, "wait failed");
    CHECK(ran == 1, "the thread did not run");
    CHECK_SUCCEEDS(ResumeThread(thread), 0);
    CHECK(CloseHandle(thread), "CloseHandle failed");

    /* The current thread is not suspended. */
    CHECK_SUCCEEDS(ResumeThread(GetCurrentThread()), 0);

    event = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(event != NULL, "CreateEventW failed");
    CHECK_FAILS(ResumeThread(NULL), (DWORD)-1, ERROR_INVALID_HANDLE);
    CHECK_FAILS(ResumeThread(event), (DWORD)-1, ERROR_INVALID_HANDLE);
    CHECK_FAILS(ResumeThread(thread), (DWORD)-1, ERROR_INVALID_HANDLE);
    CloseHandle(event);
    PAL_Terminate();
    return 0;
}
