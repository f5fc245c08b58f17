/*
 * CreateThread with CREATE_SUSPENDED: the handle and the thread id come back
 * at once (LastError untouched), the start routine does not run until
 * ResumeThread, which returns 1; the thread then runs to its end. A thread
 * created suspended and suspended once more needs two resumes.
 */
#include <palsuite.h>

static volatile LONG ran;
static volatile DWORD seen_id;

static DWORD PALAPI mark(LPVOID parameter)
{
    seen_id = GetCurrentThreadId();
    InterlockedIncrement(&ran);
    return (DWORD)(ULONG_PTR)parameter;
}

int main(int argc, char *argv[])
{
    HANDLE thread;
    DWORD id = 0, code;

    PALSUITE_INIT(argc, argv);
    SetLastError(PALSUITE_SENTINEL_ERROR);
    thread = CreateThread(NULL, 0, mark, (LPVOID)(ULONG_PTR)33, CREATE_SUSPENDED, &id);
    CHECK(thread != NULL, "CreateThread(CREATE_SUSPENDED) failed");
    CHECK(id != 0, "no thread id");
    Sleep(100);
    CHECK(ran == 0, "a thread created suspended ran");
    CHECK(WaitForSingleObject(thread, 50) == WAIT_TIMEOUT, "a thread created suspended ended");
    CHECK(GetExitCodeThread(thread, &code) && code == STILL_ACTIVE, "exit code %u", code);

    CHECK_SUCCEEDS(ResumeThread(thread), 1);
    CHECK(WaitForSingleObject(thread, INFINITE) == WAIT_OBJECT_0, "wait failed");
    CHECK(ran == 1 && seen_id == id, "ran %d, id %u vs %u", (int)ran, seen_id, id);
    CHECK(GetExitCodeThread(thread, &code) && code == 33, "exit code %u", code);
    CloseHandle(thread);

    thread = CreateThread(NULL, 0, mark, NULL, CREATE_SUSPENDED, NULL);
    CHECK(thread != NULL, "CreateThread(CREATE_SUSPENDED) failed");
    CHECK_SUCCEEDS(SuspendThread(thread), 1);
    CHECK_SUCCEEDS(ResumeThread(thread), 2);
    Sleep(50);
    CHECK(ran == 1, "the thread ran with a suspend count of 1");
    CHECK_SUCCEEDS(ResumeThread(thread), 1);
    CHECK(WaitForSingleObject(thread, INFINITE) == WAIT_OBJECT_0, "wait failed");
    CHECK(ran == 2, "the thread did not run");
    CloseHandle(thread);
    PAL_Terminate();
    return 0;
}
