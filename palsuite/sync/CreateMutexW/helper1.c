/*
 * Helper of CreateMutexW/test2 (argument: 'x' or 'k', then the test's id):
 * takes the named mutex, says so, and ends while owning it: exits ('x') or
 * is killed ('k', SIGKILL natively).
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    WCHAR mutex_name[64], ready_name[64];
    HANDLE mutex, ready;
    DWORD id;

    PALSUITE_INIT(argc, argv);
    CHECK(argc == 2 && (argv[1][0] == 'x' || argv[1][0] == 'k'), "usage: helper1 x|k<id>");
    id = palsuite_parse_id(argv[1] + 1);
    palsuite_object_name(mutex_name, "palsuite.CreateMutexW.test2.mutex", id);
    palsuite_object_name(ready_name, "palsuite.CreateMutexW.test2.ready", id);

    /* A mutex's name is not an event's. */
    CHECK(OpenEventW(EVENT_ALL_ACCESS, FALSE, mutex_name) == NULL, "OpenEventW opened a mutex");
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
    if (argv[1][0] == 'k')
        palsuite_kill_self();
    return 0; /* still owning it */
}
