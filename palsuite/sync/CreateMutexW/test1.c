/*
 * CreateMutexW, unnamed: a new mutex is free, or owned once by its creator
 * (bInitialOwner); the owner may wait on it again without blocking and must
 * release it as many times as it took it, and no other thread gets it before
 * that; only the owner may release it (ERROR_NOT_OWNER). A mutex whose owner
 * ends (by returning or by ExitThread) is abandoned: the next wait, already
 * queued or not, returns WAIT_ABANDONED and owns it, and later waits are
 * normal again. Success sets the LastError to ERROR_SUCCESS.
 */
#include <palsuite.h>

static HANDLE mutex, trying, got, release;
static volatile DWORD thread_result;
static volatile DWORD thread_error;

static HANDLE create(BOOL initial_owner)
{
    HANDLE h;

    SetLastError(PALSUITE_SENTINEL_ERROR);
    h = CreateMutexW(NULL, initial_owner, NULL);
    CHECK(h != NULL && h != INVALID_HANDLE_VALUE, "CreateMutexW(NULL, %d, NULL) returned %p",
          initial_owner, h);
    CHECK_ERROR(ERROR_SUCCESS);
    return h;
}

static HANDLE start(LPTHREAD_START_ROUTINE routine)
{
    HANDLE thread = CreateThread(NULL, 0, routine, NULL, 0, NULL);
    CHECK(thread != NULL, "CreateThread failed");
    return thread;
}

static void finish(HANDLE thread)
{
    CHECK_SUCCEEDS(WaitForSingleObject(thread, 10000), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(CloseHandle(thread), TRUE);
}

/* Another thread's view of `mutex`: can it take it right now? */
static DWORD PALAPI poll_mutex(LPVOID parameter)
{
    (void)parameter;
    thread_result = WaitForSingleObject(mutex, 0);
    if (thread_result == WAIT_OBJECT_0 || thread_result == WAIT_ABANDONED)
        ReleaseMutex(mutex);
    return 0;
}

static DWORD other_thread_wait(void)
{
    thread_result = 0xdeadbeef;
    finish(start(poll_mutex));
    return thread_result;
}

/* Blocks on `mutex`, reports it has it, holds it until `release`. */
static DWORD PALAPI take_and_hold(LPVOID parameter)
{
    (void)parameter;
    SetEvent(trying);
    thread_result = WaitForSingleObject(mutex, INFINITE);
    SetEvent(got);
    WaitForSingleObject(release, INFINITE);
    ReleaseMutex(mutex);
    return 0;
}

static DWORD PALAPI release_not_owned(LPVOID parameter)
{
    (void)parameter;
    SetLastError(PALSUITE_SENTINEL_ERROR);
    thread_result = ReleaseMutex(mutex);
    thread_error = GetLastError();
    return 0;
}

static DWORD PALAPI take_and_return(LPVOID parameter)
{
    (void)parameter;
    thread_result = WaitForSingleObject(mutex, INFINITE);
    return 0; /* still owning it */
}

static DWORD PALAPI take_twice_and_exit(LPVOID parameter)
{
    (void)parameter;
    WaitForSingleObject(mutex, INFINITE);
    thread_result = WaitForSingleObject(mutex, INFINITE);
    SetEvent(got);
    /* Give the main thread time to queue on the mutex (either order passes). */
    WaitForSingleObject(release, 100);
    ExitThread(3); /* owning it twice */
}

int main(int argc, char *argv[])
{
    HANDLE thread;

    PALSUITE_INIT(argc, argv);
    trying = CreateEventW(NULL, FALSE, FALSE, NULL);
    got = CreateEventW(NULL, FALSE, FALSE, NULL);
    release = CreateEventW(NULL, FALSE, FALSE, NULL);
    CHECK(trying && got && release, "CreateEventW failed");

    /* Free at first: nobody may release it; any thread may take it. */
    mutex = create(FALSE);
    CHECK_FAILS(ReleaseMutex(mutex), FALSE, ERROR_NOT_OWNER);
    CHECK(other_thread_wait() == WAIT_OBJECT_0, "another thread could not take a free mutex");

    /* Recursion: three takes, three releases, then it is free again. */
    CHECK_SUCCEEDS(WaitForSingleObject(mutex, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(mutex, INFINITE), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(mutex, 100), WAIT_OBJECT_0);
    CHECK(other_thread_wait() == WAIT_TIMEOUT, "another thread took an owned mutex");
    CHECK_SUCCEEDS(ReleaseMutex(mutex), TRUE);
    CHECK_SUCCEEDS(ReleaseMutex(mutex), TRUE);
    CHECK(other_thread_wait() == WAIT_TIMEOUT, "another thread took a mutex still owned once");
    CHECK_SUCCEEDS(ReleaseMutex(mutex), TRUE);
    CHECK_FAILS(ReleaseMutex(mutex), FALSE, ERROR_NOT_OWNER);
    CHECK(other_thread_wait() == WAIT_OBJECT_0, "the mutex is not free after the last release");

    /* A blocked waiter gets it only with the owner's last release. */
    CHECK_SUCCEEDS(WaitForSingleObject(mutex, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(mutex, 0), WAIT_OBJECT_0);
    thread_result = 0xdeadbeef;
    thread = start(take_and_hold);
    CHECK_SUCCEEDS(WaitForSingleObject(trying, 10000), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(got, 100), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(ReleaseMutex(mutex), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(got, 100), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(ReleaseMutex(mutex), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(got, 10000), WAIT_OBJECT_0);
    CHECK(thread_result == WAIT_OBJECT_0, "the waiter's wait returned %#x", thread_result);
    /* Now the other thread owns it: we may neither take nor release it. */
    CHECK_FAILS(ReleaseMutex(mutex), FALSE, ERROR_NOT_OWNER);
    CHECK_SUCCEEDS(WaitForSingleObject(mutex, 50), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(SetEvent(release), TRUE);
    finish(thread);
    CHECK_SUCCEEDS(WaitForSingleObject(mutex, 0), WAIT_OBJECT_0);

    /* ReleaseMutex by a thread that does not own it, while we do. */
    thread_result = 0xdeadbeef;
    thread_error = 0;
    finish(start(release_not_owned));
    CHECK(thread_result == FALSE && thread_error == ERROR_NOT_OWNER,
          "ReleaseMutex by a non-owner returned %u with error %u", thread_result, thread_error);
    CHECK_SUCCEEDS(ReleaseMutex(mutex), TRUE);
    CHECK_SUCCEEDS(CloseHandle(mutex), TRUE);

    /* Initial owner: owned once by the creator. */
    mutex = create(TRUE);
    CHECK(other_thread_wait() == WAIT_TIMEOUT, "another thread took a mutex created owned");
    CHECK_SUCCEEDS(ReleaseMutex(mutex), TRUE);
    CHECK_FAILS(ReleaseMutex(mutex), FALSE, ERROR_NOT_OWNER);
    CHECK(other_thread_wait() == WAIT_OBJECT_0, "the mutex is not free after its release");
    /* Any nonzero BOOL counts as TRUE. */
    CHECK_SUCCEEDS(CloseHandle(mutex), TRUE);
    mutex = create(7);
    CHECK_SUCCEEDS(ReleaseMutex(mutex), TRUE);
    CHECK_FAILS(ReleaseMutex(mutex), FALSE, ERROR_NOT_OWNER);

    /* Abandoned by a thread that returns while owning it; nobody waiting. */
    thread_result = 0xdeadbeef;
    finish(start(take_and_return));
    CHECK(thread_result == WAIT_OBJECT_0, "the thread's wait returned %#x", thread_result);
    CHECK_SUCCEEDS(WaitForSingleObject(mutex, 0), WAIT_ABANDONED);
    CHECK(WAIT_ABANDONED == 0x80, "WAIT_ABANDONED is %#x", (DWORD)WAIT_ABANDONED);
    /* ...we own it now, once, and it is an ordinary mutex again. */
    CHECK(other_thread_wait() == WAIT_TIMEOUT, "another thread took the abandoned mutex we own");
    CHECK_SUCCEEDS(WaitForSingleObject(mutex, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(ReleaseMutex(mutex), TRUE);
    CHECK_SUCCEEDS(ReleaseMutex(mutex), TRUE);
    CHECK_FAILS(ReleaseMutex(mutex), FALSE, ERROR_NOT_OWNER);
    CHECK_SUCCEEDS(WaitForSingleObject(mutex, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(ReleaseMutex(mutex), TRUE);

    /* Abandoned by ExitThread, owned twice, while we wait for it. */
    thread_result = 0xdeadbeef;
    thread = start(take_twice_and_exit);
    CHECK_SUCCEEDS(WaitForSingleObject(got, 10000), WAIT_OBJECT_0);
    CHECK(thread_result == WAIT_OBJECT_0, "the thread's second wait returned %#x", thread_result);
    CHECK_SUCCEEDS(WaitForSingleObject(mutex, 10000), WAIT_ABANDONED);
    finish(thread);
    /* Abandoned once, reported once; the count restarts at one. */
    CHECK_SUCCEEDS(ReleaseMutex(mutex), TRUE);
    CHECK_FAILS(ReleaseMutex(mutex), FALSE, ERROR_NOT_OWNER);
    CHECK_SUCCEEDS(WaitForSingleObject(mutex, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(ReleaseMutex(mutex), TRUE);

    CHECK_SUCCEEDS(CloseHandle(mutex), TRUE);
    CHECK_SUCCEEDS(CloseHandle(trying), TRUE);
    CHECK_SUCCEEDS(CloseHandle(got), TRUE);
    CHECK_SUCCEEDS(CloseHandle(release), TRUE);
    PAL_Terminate();
    return 0;
}
