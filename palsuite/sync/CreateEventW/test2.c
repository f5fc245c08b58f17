/*
 * CreateEventW, named, in one process: a new name gives a new event and
 * ERROR_SUCCESS; the same name again gives a new handle to the same event
 * with ERROR_ALREADY_EXISTS, and its arguments are ignored. "Local\" names
 * the same object as no prefix, "Global\" another. A name held by a mutex
 * or a semaphore fails with ERROR_INVALID_HANDLE; a backslash in the name
 * is ERROR_PATH_NOT_FOUND, a bare "Local\" ERROR_INVALID_NAME; an empty name
 * makes an unnamed event. Once every handle is closed the event is gone: the
 * name makes a fresh one.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    WCHAR name[64], local[80], global[80];
    HANDLE ev, again, via_local, via_global, other, empty1, empty2;
    int i;

    PALSUITE_INIT(argc, argv);
    palsuite_object_name(name, "palsuite.CreateEventW.test2", GetCurrentProcessId());
    palsuite_object_name(local, "Local\\palsuite.CreateEventW.test2", GetCurrentProcessId());
    palsuite_object_name(global, "Global\\palsuite.CreateEventW.test2", GetCurrentProcessId());

    SetLastError(PALSUITE_SENTINEL_ERROR);
    ev = CreateEventW(NULL, FALSE, FALSE, name);
    CHECK(ev != NULL, "CreateEventW(named) failed");
    CHECK_ERROR(ERROR_SUCCESS);

    /* Same name: the same auto-reset, non-signalled event whatever we ask. */
    SetLastError(PALSUITE_SENTINEL_ERROR);
    again = CreateEventW(NULL, TRUE, TRUE, name);
    CHECK(again != NULL && again != ev, "second CreateEventW returned %p (first %p)", again, ev);
    CHECK_ERROR(ERROR_ALREADY_EXISTS);
    CHECK_SUCCEEDS(WaitForSingleObject(again, 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(SetEvent(ev), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(again, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(ev, 0), WAIT_TIMEOUT); /* auto-reset: consumed */
    CHECK_SUCCEEDS(SetEvent(again), TRUE);
    CHECK_SUCCEEDS(ResetEvent(ev), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(again, 0), WAIT_TIMEOUT);

    SetLastError(PALSUITE_SENTINEL_ERROR);
    via_local = CreateEventW(NULL, FALSE, FALSE, local);
    CHECK(via_local != NULL, "CreateEventW(Local\\ name) failed");
    CHECK_ERROR(ERROR_ALREADY_EXISTS);
    CHECK_SUCCEEDS(SetEvent(via_local), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(ev, 0), WAIT_OBJECT_0);

    SetLastError(PALSUITE_SENTINEL_ERROR);
    via_global = CreateEventW(NULL, FALSE, FALSE, global);
    CHECK(via_global != NULL, "CreateEventW(Global\\ name) failed");
    CHECK_ERROR(ERROR_SUCCESS);
    CHECK_SUCCEEDS(SetEvent(via_global), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(ev, 0), WAIT_TIMEOUT);

    /* The name belongs to an event. */
    CHECK_FAILS(CreateMutexW(NULL, FALSE, name), NULL, ERROR_INVALID_HANDLE);
    CHECK_FAILS(CreateSemaphoreW(NULL, 1, 1, name), NULL, ERROR_INVALID_HANDLE);

    CHECK_FAILS(CreateEventW(NULL, FALSE, FALSE, (const WCHAR *)u"palsuite\\no\\such"), NULL,
                ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(CreateEventW(NULL, FALSE, FALSE, (const WCHAR *)u"Local\\"), NULL,
                ERROR_INVALID_NAME);

    /* An empty name is no name: two different events. */
    empty1 = CreateEventW(NULL, TRUE, FALSE, (const WCHAR *)u"");
    empty2 = CreateEventW(NULL, TRUE, FALSE, (const WCHAR *)u"");
    CHECK(empty1 != NULL && empty2 != NULL, "CreateEventW(L\"\") failed");
    CHECK_SUCCEEDS(SetEvent(empty1), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(empty2, 0), WAIT_TIMEOUT);

    /* Closing one handle keeps the event; closing all of them destroys it. */
    CHECK_SUCCEEDS(CloseHandle(ev), TRUE);
    CHECK_SUCCEEDS(SetEvent(again), TRUE);
    CHECK_SUCCEEDS(CloseHandle(again), TRUE);
    CHECK_SUCCEEDS(CloseHandle(via_local), TRUE);
    for (i = 0; i < 2; i++) {
        SetLastError(PALSUITE_SENTINEL_ERROR);
        other = CreateEventW(NULL, TRUE, FALSE, name);
        CHECK(other != NULL, "CreateEventW after the last close failed");
        CHECK_ERROR(ERROR_SUCCESS);
        CHECK_SUCCEEDS(WaitForSingleObject(other, 0), WAIT_TIMEOUT); /* fresh: not signalled */
        CHECK_SUCCEEDS(CloseHandle(other), TRUE);
    }

    CHECK_SUCCEEDS(CloseHandle(via_global), TRUE);
    CHECK_SUCCEEDS(CloseHandle(empty1), TRUE);
    CHECK_SUCCEEDS(CloseHandle(empty2), TRUE);
    PAL_Terminate();
    return 0;
}
