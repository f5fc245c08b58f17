/*
 * GetThreadPriority: a new thread and the current thread run at
 * THREAD_PRIORITY_NORMAL; success leaves the LastError alone. NULL, an event,
 * a closed thread handle fail with THREAD_PRIORITY_ERROR_RETURN and
 * ERROR_INVALID_HANDLE.
 */
#include <palsuite.h>

static HANDLE go;

static DWORD PALAPI waiter(LPVOID parameter)
{
    (void)parameter;
    /* A thread sees its own priority through the pseudo-handle. */
    if (GetThreadPriority(GetCurrentThread()) != THREAD_PRIORITY_HIGHEST)
        return 1;
    return WaitForSingleObject(go, INFINITE) == WAIT_OBJECT_0 ? 0 : 2;
}

int main(int argc, char *argv[])
{
    HANDLE thread;
    DWORD code;

    PALSUITE_INIT(argc, argv);
    CHECK(THREAD_PRIORITY_ERROR_RETURN == 0x7fffffff, "THREAD_PRIORITY_ERROR_RETURN is %d",
          THREAD_PRIORITY_ERROR_RETURN);
    CHECK_SUCCEEDS(GetThreadPriority(GetCurrentThread()), THREAD_PRIORITY_NORMAL);

    go = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(go != NULL, "CreateEventW failed");
    thread = CreateThread(NULL, 0, waiter, NULL, CREATE_SUSPENDED, NULL);
    CHECK(thread != NULL, "CreateThread failed");
    CHECK_SUCCEEDS(GetThreadPriority(thread), THREAD_PRIORITY_NORMAL);
    CHECK(SetThreadPriority(thread, THREAD_PRIORITY_HIGHEST), "SetThreadPriority failed");
    CHECK(ResumeThread(thread) == 1, "ResumeThread failed");
    SetEvent(go);
    CHECK(WaitForSingleObject(thread, INFINITE) == WAIT_OBJECT_0, "wait failed");
    CHECK(GetExitCodeThread(thread, &code) && code == 0, "the thread failed at step %u", code);
    CHECK_SUCCEEDS(GetThreadPriority(thread), THREAD_PRIORITY_HIGHEST);
    CHECK(CloseHandle(thread), "CloseHandle failed");

    CHECK_FAILS(GetThreadPriority(NULL), THREAD_PRIORITY_ERROR_RETURN, ERROR_INVALID_HANDLE);
    CHECK_FAILS(GetThreadPriority(go), THREAD_PRIORITY_ERROR_RETURN, ERROR_INVALID_HANDLE);
    CHECK_FAILS(GetThreadPriority(thread), THREAD_PRIORITY_ERROR_RETURN, ERROR_INVALID_HANDLE);

    CloseHandle(go);
    PAL_Terminate();
    return 0;
}
