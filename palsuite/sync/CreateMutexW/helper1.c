/*
 * Helper of CreateMutexW/test2 (argument: the test's id): takes the named
 * mutex, says so, and ends while owning it.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    WCHAR mutex_name[64], ready_name[64];
    HANDLE mutex, ready;
    DWORD id;

    PALSUITE_INIT(argc, argv);
    CHECK(argc == 2, "usage: helper1 <id>");
    id = palsuite_parse_id(argv[1]);
    palsuite_object_name(mutex_name, "palsuite.CreateMutexW.test2.mutex", id);
    palsuite_object_name(ready_name, "palsuite.CreateMutexW.test2.ready", id);

    SetLastError(PALSUITE_SENTINEL_ERROR);
    mutex = CreateMutexW(NULL, TRUE, mutex_name);
    CHECK(mutex != NULL, "CreateMutexW failed");
    CHECK_ERROR(ERROR_ALREADY_EXISTS);
    /* bInitialOwner was ignored: not ours yet. */
    CHECK_FAILS(ReleaseMutex(mutex), FALSE, ERROR_NOT_OWNER);
    CHECK_SUCCEEDS(WaitForSingleObject(mutex, 20000), WAIT_OBJECT_0);

    ready = OpenEventW(EVENT_ALL_ACCESS, FALSE, ready_name);
    CHECK(ready != NULL, "OpenEventW failed");
    CHECK_SUCCEEDS(SetEvent(ready), TRUE);
    Sleep(200); /* let the test block on the mutex */
    return 0;   /* still owning it */
}
