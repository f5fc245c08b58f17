/*
 * ReleaseSemaphore: adds lReleaseCount and reports the count before it; a
 * release that would pass the maximum (overflowing or not) fails with
 * ERROR_TOO_MANY_POSTS and changes nothing, *lpPreviousCount included;
 * NULL, closed and non-semaphore handles fail with ERROR_INVALID_HANDLE.
 * Released units go to blocked waiters, one each. (A count of 0 or less:
 * test2.)
 */
#include <palsuite.h>

#define UNTOUCHED (-12345)

static HANDLE sem, done;

/* Exactly `count` waits succeed at once, then the semaphore is empty. */
static void check_count(HANDLE h, LONG count)
{
    LONG i;

    for (i = 0; i < count; i++)
        CHECK_SUCCEEDS(WaitForSingleObject(h, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(h, 0), WAIT_TIMEOUT);
}

static void check_release(HANDLE h, LONG n, LONG expected_previous)
{
    LONG previous = UNTOUCHED;

    CHECK_SUCCEEDS(ReleaseSemaphore(h, n, &previous), TRUE);
    CHECK(previous == expected_previous, "ReleaseSemaphore(%p, %d) gave a previous count of %d, expected %d",
          h, n, previous, expected_previous);
}

static void check_release_fails(HANDLE h, LONG n, DWORD error)
{
    LONG previous = UNTOUCHED;

    CHECK_FAILS(ReleaseSemaphore(h, n, &previous), FALSE, error);
    CHECK(previous == UNTOUCHED, "failed ReleaseSemaphore(%p, %d) wrote %d to lpPreviousCount", h,
          n, previous);
}

static DWORD PALAPI waiter(LPVOID parameter)
{
    (void)parameter;
    if (WaitForSingleObject(sem, INFINITE) == WAIT_OBJECT_0)
        ReleaseSemaphore(done, 1, NULL);
    return 0;
}

int main(int argc, char *argv[])
{
    HANDLE closed, event, mutex, threads[3];
    int i;

    PALSUITE_INIT(argc, argv);

    /* The previous count, up to the maximum. */
    sem = CreateSemaphoreW(NULL, 0, 5, NULL);
    CHECK(sem != NULL, "CreateSemaphoreW failed");
    check_release(sem, 1, 0);
    check_release(sem, 2, 1);
    CHECK_SUCCEEDS(ReleaseSemaphore(sem, 1, NULL), TRUE);
    check_release(sem, 1, 4);
    /* At the maximum: nothing more, and nothing changes. */
    check_release_fails(sem, 1, ERROR_TOO_MANY_POSTS);
    check_release_fails(sem, 5, ERROR_TOO_MANY_POSTS);
    check_count(sem, 5);
    check_release(sem, 3, 0);
    check_release_fails(sem, 3, ERROR_TOO_MANY_POSTS);
    check_release(sem, 2, 3);
    check_count(sem, 5);

    CHECK_SUCCEEDS(CloseHandle(sem), TRUE);

    /* Near the largest count: no overflow into a negative count. */
    sem = CreateSemaphoreW(NULL, 0x7fffff00, 0x7fffffff, NULL);
    CHECK(sem != NULL, "CreateSemaphoreW failed");
    check_release_fails(sem, 0x7fffffff, ERROR_TOO_MANY_POSTS);
    check_release_fails(sem, 0x100, ERROR_TOO_MANY_POSTS);
    check_release(sem, 0xff, 0x7fffff00);
    check_release_fails(sem, 1, ERROR_TOO_MANY_POSTS);
    CHECK_SUCCEEDS(WaitForSingleObject(sem, 0), WAIT_OBJECT_0);
    check_release(sem, 1, 0x7ffffffe);
    CHECK_SUCCEEDS(CloseHandle(sem), TRUE);

    /* Not a semaphore handle. */
    check_release_fails(NULL, 1, ERROR_INVALID_HANDLE);
    closed = CreateSemaphoreW(NULL, 0, 1, NULL);
    CHECK(closed != NULL, "CreateSemaphoreW failed");
    CHECK_SUCCEEDS(CloseHandle(closed), TRUE);
    check_release_fails(closed, 1, ERROR_INVALID_HANDLE);
    event = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(event != NULL, "CreateEventW failed");
    check_release_fails(event, 1, ERROR_INVALID_HANDLE);
    CHECK_SUCCEEDS(WaitForSingleObject(event, 0), WAIT_TIMEOUT);
    mutex = CreateMutexW(NULL, FALSE, NULL);
    CHECK(mutex != NULL, "CreateMutexW failed");
    check_release_fails(mutex, 1, ERROR_INVALID_HANDLE);
    check_release_fails(GetCurrentThread(), 1, ERROR_INVALID_HANDLE);
    check_release_fails(GetCurrentProcess(), 1, ERROR_INVALID_HANDLE);
    CHECK_SUCCEEDS(CloseHandle(event), TRUE);
    CHECK_SUCCEEDS(CloseHandle(mutex), TRUE);

    /* Blocked waiters: a release of 2 lets exactly two of three through. */
    sem = CreateSemaphoreW(NULL, 0, 10, NULL);
    done = CreateSemaphoreW(NULL, 0, 10, NULL);
    CHECK(sem != NULL && done != NULL, "CreateSemaphoreW failed");
    for (i = 0; i < 3; i++) {
        threads[i] = CreateThread(NULL, 0, waiter, NULL, 0, NULL);
        CHECK(threads[i] != NULL, "CreateThread failed");
    }
    CHECK_SUCCEEDS(WaitForSingleObject(done, 100), WAIT_TIMEOUT);
    check_release(sem, 2, 0);
    CHECK_SUCCEEDS(WaitForSingleObject(done, 10000), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(done, 10000), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(done, 100), WAIT_TIMEOUT);
    check_release(sem, 1, 0);
    CHECK_SUCCEEDS(WaitForSingleObject(done, 10000), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, threads, TRUE, 10000), WAIT_OBJECT_0);
    check_count(sem, 0);
    for (i = 0; i < 3; i++)
        CHECK_SUCCEEDS(CloseHandle(threads[i]), TRUE);
    CHECK_SUCCEEDS(CloseHandle(sem), TRUE);
    CHECK_SUCCEEDS(CloseHandle(done), TRUE);

    PAL_Terminate();
    return 0;
}
