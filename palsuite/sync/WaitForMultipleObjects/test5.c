/*
 * WaitForMultipleObjects on a mix of an auto-reset event, a semaphore and a
 * mutex. Wait for any: the lowest signalled index wins and only that object
 * is taken; an abandoned mutex reports WAIT_ABANDONED_0 + its index. Wait
 * for all: every object is taken at once or none is (a semaphore unit, an
 * event's signal, a mutex's ownership or its abandoned state are all left as
 * they were when the wait times out); the owner of the mutex may include it;
 * with an abandoned mutex among the objects the wait returns WAIT_ABANDONED_0
 * (Windows reports no index for a wait for all).
 */
#include <palsuite.h>

enum { EVENT, SEMAPHORE, MUTEX };
static HANDLE objs[3]; /* in that order */
static HANDLE held, go;

/* Takes the mutex, says so, waits for `go`, then releases it or, with a
 * nonzero parameter, ends still owning it. */
static DWORD PALAPI hold_mutex(LPVOID abandon)
{
    WaitForSingleObject(objs[MUTEX], INFINITE);
    SetEvent(held);
    WaitForSingleObject(go, INFINITE);
    if (!abandon)
        ReleaseMutex(objs[MUTEX]);
    return 0;
}

static HANDLE start_holder(BOOL abandon)
{
    HANDLE thread = CreateThread(NULL, 0, hold_mutex, (LPVOID)(ULONG_PTR)abandon, 0, NULL);
    CHECK(thread != NULL, "CreateThread failed");
    CHECK_SUCCEEDS(WaitForSingleObject(held, 10000), WAIT_OBJECT_0);
    return thread;
}

static void finish(HANDLE thread)
{
    CHECK_SUCCEEDS(WaitForSingleObject(thread, 10000), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(CloseHandle(thread), TRUE);
}

/* Abandons the mutex: a thread takes it and ends. */
static void abandon_mutex(void)
{
    HANDLE thread = start_holder(TRUE);
    CHECK_SUCCEEDS(SetEvent(go), TRUE);
    finish(thread);
}

/* The semaphore's count, read by releasing one unit and taking it back. */
static LONG semaphore_count(void)
{
    LONG previous = -1;
    CHECK_SUCCEEDS(ReleaseSemaphore(objs[SEMAPHORE], 1, &previous), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(objs[SEMAPHORE], 0), WAIT_OBJECT_0);
    return previous;
}

static void check_not_owner(void)
{
    CHECK_FAILS(ReleaseMutex(objs[MUTEX]), FALSE, ERROR_NOT_OWNER);
}

int main(int argc, char *argv[])
{
    HANDLE thread, reordered[3];

    PALSUITE_INIT(argc, argv);
    objs[EVENT] = CreateEventW(NULL, FALSE, FALSE, NULL);
    objs[SEMAPHORE] = CreateSemaphoreW(NULL, 0, 10, NULL);
    objs[MUTEX] = CreateMutexW(NULL, FALSE, NULL);
    held = CreateEventW(NULL, FALSE, FALSE, NULL);
    go = CreateEventW(NULL, FALSE, FALSE, NULL);
    CHECK(objs[EVENT] && objs[SEMAPHORE] && objs[MUTEX] && held && go, "creating objects failed");

    /* ---- wait for any ---- */
    thread = start_holder(FALSE);
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, objs, FALSE, 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, objs, FALSE, 30), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(ReleaseSemaphore(objs[SEMAPHORE], 1, NULL), TRUE);
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, objs, FALSE, 0), WAIT_OBJECT_0 + SEMAPHORE);
    CHECK(semaphore_count() == 0, "the wait took no semaphore unit");
    CHECK_SUCCEEDS(SetEvent(objs[EVENT]), TRUE);
    CHECK_SUCCEEDS(ReleaseSemaphore(objs[SEMAPHORE], 1, NULL), TRUE);
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, objs, FALSE, 0), WAIT_OBJECT_0 + EVENT);
    CHECK(semaphore_count() == 1, "a wait satisfied by the event took a semaphore unit");
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, objs, FALSE, 0), WAIT_OBJECT_0 + SEMAPHORE);
    /* The mutex, once its owner lets go: we own it then. */
    CHECK_SUCCEEDS(SetEvent(go), TRUE);
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, objs, FALSE, 10000), WAIT_OBJECT_0 + MUTEX);
    finish(thread);
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, objs, FALSE, 0), WAIT_OBJECT_0 + MUTEX);
    CHECK_SUCCEEDS(ReleaseMutex(objs[MUTEX]), TRUE);
    CHECK_SUCCEEDS(ReleaseMutex(objs[MUTEX]), TRUE);
    check_not_owner();

    /* ---- wait for all ---- */
    /* Mutex free, one unit, no event: nothing is taken. */
    CHECK_SUCCEEDS(ReleaseSemaphore(objs[SEMAPHORE], 1, NULL), TRUE);
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, objs, TRUE, 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, objs, TRUE, 30), WAIT_TIMEOUT);
    check_not_owner();
    CHECK(semaphore_count() == 1, "a wait for all that timed out took a semaphore unit");
    /* All three: all taken together. */
    CHECK_SUCCEEDS(SetEvent(objs[EVENT]), TRUE);
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, objs, TRUE, 0), WAIT_OBJECT_0);
    CHECK(semaphore_count() == 0, "the wait for all took no semaphore unit");
    CHECK_SUCCEEDS(WaitForSingleObject(objs[EVENT], 0), WAIT_TIMEOUT);
    /* ...and we own the mutex; owning it, we may wait for all again. */
    CHECK_SUCCEEDS(SetEvent(objs[EVENT]), TRUE);
    CHECK_SUCCEEDS(ReleaseSemaphore(objs[SEMAPHORE], 1, NULL), TRUE);
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, objs, TRUE, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(ReleaseMutex(objs[MUTEX]), TRUE);
    CHECK_SUCCEEDS(ReleaseMutex(objs[MUTEX]), TRUE);
    check_not_owner();

    /* Mutex owned elsewhere: the event and the unit stay where they are. */
    thread = start_holder(FALSE);
    CHECK_SUCCEEDS(SetEvent(objs[EVENT]), TRUE);
    CHECK_SUCCEEDS(ReleaseSemaphore(objs[SEMAPHORE], 1, NULL), TRUE);
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, objs, TRUE, 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, objs, TRUE, 30), WAIT_TIMEOUT);
    CHECK(semaphore_count() == 1, "a wait for all that timed out took a semaphore unit");
    /* A blocked wait for all completes when the owner lets go. */
    CHECK_SUCCEEDS(SetEvent(go), TRUE);
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, objs, TRUE, 10000), WAIT_OBJECT_0);
    finish(thread);
    CHECK(semaphore_count() == 0, "the wait for all took no semaphore unit");
    CHECK_SUCCEEDS(WaitForSingleObject(objs[EVENT], 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(ReleaseMutex(objs[MUTEX]), TRUE);
    check_not_owner();

    /* ---- abandoned ---- */
    /* Wait for any: WAIT_ABANDONED_0 + the mutex's index, once. */
    abandon_mutex();
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, objs, FALSE, 0), WAIT_ABANDONED_0 + MUTEX);
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, objs, FALSE, 0), WAIT_OBJECT_0 + MUTEX);
    CHECK_SUCCEEDS(ReleaseMutex(objs[MUTEX]), TRUE);
    CHECK_SUCCEEDS(ReleaseMutex(objs[MUTEX]), TRUE);
    check_not_owner();
    /* A lower signalled index wins; the mutex stays abandoned for later. */
    abandon_mutex();
    CHECK_SUCCEEDS(SetEvent(objs[EVENT]), TRUE);
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, objs, FALSE, 0), WAIT_OBJECT_0 + EVENT);
    check_not_owner();
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, objs, FALSE, 0), WAIT_ABANDONED_0 + MUTEX);
    CHECK_SUCCEEDS(ReleaseMutex(objs[MUTEX]), TRUE);
    /* Abandoned while we are blocked on it. */
    thread = start_holder(TRUE);
    CHECK_SUCCEEDS(SetEvent(go), TRUE);
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, objs, FALSE, 10000), WAIT_ABANDONED_0 + MUTEX);
    finish(thread);
    CHECK_SUCCEEDS(ReleaseMutex(objs[MUTEX]), TRUE);
    check_not_owner();

    /* Wait for all that times out: the mutex is still abandoned after it,
     * even where the wait could take it before finding the event unset. */
    abandon_mutex();
    reordered[0] = objs[MUTEX];
    reordered[1] = objs[SEMAPHORE];
    reordered[2] = objs[EVENT];
    CHECK_SUCCEEDS(ReleaseSemaphore(objs[SEMAPHORE], 1, NULL), TRUE);
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, reordered, TRUE, 0), WAIT_TIMEOUT);
    check_not_owner();
    CHECK(semaphore_count() == 1, "a wait for all that timed out took a semaphore unit");
    /* Wait for all with the abandoned mutex at index 2, then at index 0. */
    CHECK_SUCCEEDS(SetEvent(objs[EVENT]), TRUE);
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, objs, TRUE, 0), WAIT_ABANDONED_0);
    CHECK(semaphore_count() == 0, "the wait for all took no semaphore unit");
    CHECK_SUCCEEDS(WaitForSingleObject(objs[EVENT], 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(ReleaseMutex(objs[MUTEX]), TRUE);
    check_not_owner();
    abandon_mutex();
    CHECK_SUCCEEDS(SetEvent(objs[EVENT]), TRUE);
    CHECK_SUCCEEDS(ReleaseSemaphore(objs[SEMAPHORE], 1, NULL), TRUE);
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, reordered, TRUE, 0), WAIT_ABANDONED_0);
    CHECK_SUCCEEDS(ReleaseMutex(objs[MUTEX]), TRUE);
    check_not_owner();
    /* Abandoned while a wait for all is blocked on it. */
    thread = start_holder(TRUE);
    CHECK_SUCCEEDS(SetEvent(objs[EVENT]), TRUE);
    CHECK_SUCCEEDS(ReleaseSemaphore(objs[SEMAPHORE], 1, NULL), TRUE);
    CHECK_SUCCEEDS(SetEvent(go), TRUE);
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, objs, TRUE, 10000), WAIT_ABANDONED_0);
    finish(thread);
    CHECK_SUCCEEDS(ReleaseMutex(objs[MUTEX]), TRUE);
    check_not_owner();
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, objs, FALSE, 0), WAIT_OBJECT_0 + MUTEX);
    CHECK_SUCCEEDS(ReleaseMutex(objs[MUTEX]), TRUE);

    CHECK_SUCCEEDS(CloseHandle(objs[EVENT]), TRUE);
    CHECK_SUCCEEDS(CloseHandle(objs[SEMAPHORE]), TRUE);
    CHECK_SUCCEEDS(CloseHandle(objs[MUTEX]), TRUE);
    CHECK_SUCCEEDS(CloseHandle(held), TRUE);
    CHECK_SUCCEEDS(CloseHandle(go), TRUE);
    PAL_Terminate();
    return 0;
}
