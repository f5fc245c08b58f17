/*
 * A named mutex in one process, between threads. A new one created with
 * bInitialOwner is owned by its creator (ERROR_SUCCESS); another handle to
 * the same name reaches the same mutex (ERROR_ALREADY_EXISTS, bInitialOwner
 * ignored), which the owner takes recursively through it. Another thread
 * cannot take it and cannot release it (ERROR_NOT_OWNER). A thread that
 * ends owning it abandons it: the next wait gets WAIT_ABANDONED.
 */
#include <palsuite.h>

static HANDLE mutex, again;

static DWORD PALAPI try_from_other_thread(LPVOID arg)
{
    (void)arg;
    if (WaitForSingleObject(again, 0) != WAIT_TIMEOUT)
        return 1;
    SetLastError(PALSUITE_SENTINEL_ERROR);
    if (ReleaseMutex(mutex) || GetLastError() != ERROR_NOT_OWNER)
        return 2;
    return 0;
}

static DWORD PALAPI take_and_end(LPVOID arg)
{
    (void)arg;
    return WaitForSingleObject(mutex, 20000) == WAIT_OBJECT_0 ? 0 : 3;
}

static void run(LPTHREAD_START_ROUTINE routine, DWORD expected)
{
    DWORD code = 99;
    HANDLE t = CreateThread(NULL, 0, routine, NULL, 0, NULL);
    CHECK(t != NULL, "CreateThread failed");
    CHECK(WaitForSingleObject(t, 20000) == WAIT_OBJECT_0, "the thread did not end");
    CHECK(GetExitCodeThread(t, &code) && code == expected, "the thread's code is %u", code);
    CloseHandle(t);
}

int main(int argc, char *argv[])
{
    WCHAR name[64];

    PALSUITE_INIT(argc, argv);
    palsuite_object_name(name, "palsuite.CreateMutexW.test4", GetCurrentProcessId());

    SetLastError(PALSUITE_SENTINEL_ERROR);
    mutex = CreateMutexW(NULL, TRUE, name);
    CHECK(mutex != NULL, "CreateMutexW failed");
    CHECK_ERROR(ERROR_SUCCESS);
    SetLastError(PALSUITE_SENTINEL_ERROR);
    again = CreateMutexW(NULL, TRUE, name);
    CHECK(again != NULL, "CreateMutexW (existing) failed");
    CHECK_ERROR(ERROR_ALREADY_EXISTS);

    /* Owned once (the first create); the second create did not count. */
    CHECK_SUCCEEDS(WaitForSingleObject(again, 0), WAIT_OBJECT_0);
    run(try_from_other_thread, 0);
    CHECK_SUCCEEDS(ReleaseMutex(again), TRUE);
    CHECK_SUCCEEDS(ReleaseMutex(mutex), TRUE);
    CHECK_FAILS(ReleaseMutex(mutex), FALSE, ERROR_NOT_OWNER);

    /* A thread takes it and ends. */
    run(take_and_end, 0);
    Sleep(100); /* let the system mark it abandoned before we look */
    CHECK_SUCCEEDS(WaitForSingleObject(mutex, 20000), WAIT_ABANDONED);
    CHECK_SUCCEEDS(ReleaseMutex(mutex), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(again, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(ReleaseMutex(again), TRUE);

    CHECK_SUCCEEDS(CloseHandle(mutex), TRUE);
    CHECK_SUCCEEDS(CloseHandle(again), TRUE);
    PAL_Terminate();
    return 0;
}
