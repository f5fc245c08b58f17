/*
 * A named mutex whose owner process is killed while owning it is
 * abandoned, never locked forever: the next wait gets WAIT_ABANDONED. The
 * helper dies while this test is blocked on the mutex.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    WCHAR mutex_name[64], ready_name[64];
    char arg[16];
    HANDLE mutex, ready;
    palsuite_process helper;

    PALSUITE_INIT(argc, argv);
    palsuite_object_name(mutex_name, "palsuite.CreateMutexW.test3.mutex", GetCurrentProcessId());
    palsuite_object_name(ready_name, "palsuite.CreateMutexW.test3.ready", GetCurrentProcessId());
    mutex = CreateMutexW(NULL, FALSE, mutex_name);
    ready = CreateEventW(NULL, TRUE, FALSE, ready_name);
    CHECK(mutex && ready, "create failed");

    palsuite_id_arg(arg, GetCurrentProcessId());
    helper = palsuite_spawn("helper2", arg);
    CHECK(WaitForSingleObject(ready, 20000) == WAIT_OBJECT_0, "the helper never took the mutex");
    CHECK_SUCCEEDS(WaitForSingleObject(mutex, 20000), WAIT_ABANDONED);
    CHECK(palsuite_join(helper) != 0, "the helper was to die abnormally");
    CHECK_SUCCEEDS(ReleaseMutex(mutex), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(mutex, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(ReleaseMutex(mutex), TRUE);

    CHECK_SUCCEEDS(CloseHandle(mutex), TRUE);
    CHECK_SUCCEEDS(CloseHandle(ready), TRUE);
    PAL_Terminate();
    return 0;
}
