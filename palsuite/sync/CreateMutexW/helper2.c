/*
 * Helper of CreateMutexW/test3 (argument: the test's id): takes the named
 * mutex, says so, and is killed while owning it (SIGKILL natively).
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    WCHAR mutex_name[64], ready_name[64];
    HANDLE mutex, ready;
    DWORD id;

    PALSUITE_INIT(argc, argv);
    CHECK(argc == 2, "usage: helper2 <id>");
    id = palsuite_parse_id(argv[1]);
    palsuite_object_name(mutex_name, "palsuite.CreateMutexW.test3.mutex", id);
    palsuite_object_name(ready_name, "palsuite.CreateMutexW.test3.ready", id);
    mutex = OpenEventW(EVENT_ALL_ACCESS, FALSE, mutex_name); /* a mutex: not an event */
    CHECK(mutex == NULL, "OpenEventW opened a mutex");
    mutex = CreateMutexW(NULL, FALSE, mutex_name);
    CHECK(mutex != NULL, "CreateMutexW failed");
    CHECK_SUCCEEDS(WaitForSingleObject(mutex, 20000), WAIT_OBJECT_0);
    ready = OpenEventW(EVENT_ALL_ACCESS, FALSE, ready_name);
    CHECK(ready != NULL, "OpenEventW failed");
    CHECK_SUCCEEDS(SetEvent(ready), TRUE);
    Sleep(200); /* let the test block on the mutex */
    palsuite_kill_self();
    return 0;
}
