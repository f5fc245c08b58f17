/*
 * ReleaseMutex: succeeds once per ownership and leaves the LastError alone;
 * fails with ERROR_NOT_OWNER on a free mutex or one another thread owns, and
 * with ERROR_INVALID_HANDLE on NULL, a closed handle, or a handle to anything
 * that is not a mutex (event, semaphore, thread, the pseudo-handles).
 */
#include <palsuite.h>

static HANDLE mutex, owned, done;

static DWORD PALAPI own_until_done(LPVOID parameter)
{
    (void)parameter;
    WaitForSingleObject(mutex, INFINITE);
    SetEvent(owned);
    WaitForSingleObject(done, INFINITE);
    ReleaseMutex(mutex);
    return 0;
}

int main(int argc, char *argv[])
{
    HANDLE closed, event, semaphore, thread;

    PALSUITE_INIT(argc, argv);
    owned = CreateEventW(NULL, FALSE, FALSE, NULL);
    done = CreateEventW(NULL, FALSE, FALSE, NULL);
    CHECK(owned && done, "CreateEventW failed");
    mutex = CreateMutexW(NULL, FALSE, NULL);
    CHECK(mutex != NULL, "CreateMutexW failed");

    /* Once per ownership. */
    CHECK_FAILS(ReleaseMutex(mutex), FALSE, ERROR_NOT_OWNER);
    CHECK_SUCCEEDS(WaitForSingleObject(mutex, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(ReleaseMutex(mutex), TRUE);
    CHECK_FAILS(ReleaseMutex(mutex), FALSE, ERROR_NOT_OWNER);

    /* Owned by another thread. */
    thread = CreateThread(NULL, 0, own_until_done, NULL, 0, NULL);
    CHECK(thread != NULL, "CreateThread failed");
    CHECK_SUCCEEDS(WaitForSingleObject(owned, 10000), WAIT_OBJECT_0);
    CHECK_FAILS(ReleaseMutex(mutex), FALSE, ERROR_NOT_OWNER);
    CHECK_SUCCEEDS(SetEvent(done), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(thread, 10000), WAIT_OBJECT_0);
    CHECK_FAILS(ReleaseMutex(mutex), FALSE, ERROR_NOT_OWNER);

    /* Not a mutex handle at all. */
    CHECK_FAILS(ReleaseMutex(NULL), FALSE, ERROR_INVALID_HANDLE);
    closed = CreateMutexW(NULL, TRUE, NULL);
    CHECK(closed != NULL, "CreateMutexW failed");
    CHECK_SUCCEEDS(CloseHandle(closed), TRUE);
    CHECK_FAILS(ReleaseMutex(closed), FALSE, ERROR_INVALID_HANDLE);
    event = CreateEventW(NULL, TRUE, TRUE, NULL);
    CHECK(event != NULL, "CreateEventW failed");
    CHECK_FAILS(ReleaseMutex(event), FALSE, ERROR_INVALID_HANDLE);
    semaphore = CreateSemaphoreW(NULL, 1, 1, NULL);
    CHECK(semaphore != NULL, "CreateSemaphoreW failed");
    CHECK_FAILS(ReleaseMutex(semaphore), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(ReleaseMutex(thread), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(ReleaseMutex(GetCurrentThread()), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(ReleaseMutex(GetCurrentProcess()), FALSE, ERROR_INVALID_HANDLE);
    /* The handle checks leave the objects alone. */
    CHECK_SUCCEEDS(WaitForSingleObject(event, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(semaphore, 0), WAIT_OBJECT_0);

    CHECK_SUCCEEDS(CloseHandle(thread), TRUE);
    CHECK_SUCCEEDS(CloseHandle(event), TRUE);
    CHECK_SUCCEEDS(CloseHandle(semaphore), TRUE);
    CHECK_SUCCEEDS(CloseHandle(mutex), TRUE);
    CHECK_SUCCEEDS(CloseHandle(owned), TRUE);
    CHECK_SUCCEEDS(CloseHandle(done), TRUE);
    PAL_Terminate();
    return 0;
}
