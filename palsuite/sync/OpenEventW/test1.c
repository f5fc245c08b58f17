/*
 * OpenEventW in one process: it reaches the event CreateEventW made under
 * that name, leaving the LastError alone; the event lives while any handle
 * does, whichever closes first. Bad input: a NULL name is
 * ERROR_INVALID_PARAMETER, an empty one ERROR_INVALID_HANDLE, a name nobody
 * holds ERROR_FILE_NOT_FOUND, a name held by a mutex ERROR_INVALID_HANDLE.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    WCHAR name[64], missing[64], mutex_name[64];
    HANDLE ev, opened, mutex;

    PALSUITE_INIT(argc, argv);
    palsuite_object_name(name, "palsuite.OpenEventW.test1", GetCurrentProcessId());
    palsuite_object_name(missing, "palsuite.OpenEventW.test1.missing", GetCurrentProcessId());
    palsuite_object_name(mutex_name, "palsuite.OpenEventW.test1.mutex", GetCurrentProcessId());

    CHECK_FAILS(OpenEventW(EVENT_ALL_ACCESS, FALSE, NULL), NULL, ERROR_INVALID_PARAMETER);
    CHECK_FAILS(OpenEventW(EVENT_ALL_ACCESS, FALSE, (const WCHAR *)u""), NULL,
                ERROR_INVALID_HANDLE);
    CHECK_FAILS(OpenEventW(EVENT_ALL_ACCESS, FALSE, missing), NULL, ERROR_FILE_NOT_FOUND);

    ev = CreateEventW(NULL, TRUE, FALSE, name);
    CHECK(ev != NULL, "CreateEventW failed");
    SetLastError(PALSUITE_SENTINEL_ERROR);
    opened = OpenEventW(EVENT_ALL_ACCESS, FALSE, name);
    CHECK(opened != NULL && opened != ev, "OpenEventW returned %p (event %p)", opened, ev);
    CHECK_ERROR(PALSUITE_SENTINEL_ERROR);

    CHECK_SUCCEEDS(SetEvent(opened), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(ev, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(ResetEvent(ev), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(opened, 0), WAIT_TIMEOUT);

    /* The creator's handle goes first: the opened one still works. */
    CHECK_SUCCEEDS(CloseHandle(ev), TRUE);
    CHECK_SUCCEEDS(SetEvent(opened), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(opened, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(CloseHandle(opened), TRUE);
    CHECK_FAILS(OpenEventW(EVENT_ALL_ACCESS, FALSE, name), NULL, ERROR_FILE_NOT_FOUND);

    mutex = CreateMutexW(NULL, FALSE, mutex_name);
    CHECK(mutex != NULL, "CreateMutexW failed");
    CHECK_FAILS(OpenEventW(EVENT_ALL_ACCESS, FALSE, mutex_name), NULL, ERROR_INVALID_HANDLE);
    /* A mutex handle is not an event. */
    CHECK_FAILS(SetEvent(mutex), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(ResetEvent(mutex), FALSE, ERROR_INVALID_HANDLE);
    CHECK_SUCCEEDS(CloseHandle(mutex), TRUE);

    PAL_Terminate();
    return 0;
}
