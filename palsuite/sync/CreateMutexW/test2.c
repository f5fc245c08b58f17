/*
 * A named mutex whose owner process ends without releasing it is abandoned:
 * this test, blocked in WaitForSingleObject on it, gets WAIT_ABANDONED and
 * owns it; after ReleaseMutex it works as any mutex. The helper took the
 * mutex with a wait (the mutex existed, so CreateMutexW's bInitialOwner was
 * ignored: the helper checks that too).
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    WCHAR mutex_name[64], ready_name[64];
    char arg[16];
    HANDLE mutex, ready;
    palsuite_process helper;

    PALSUITE_INIT(argc, argv);
    palsuite_object_name(mutex_name, "palsuite.CreateMutexW.test2.mutex", GetCurrentProcessId());
    palsuite_object_name(ready_name, "palsuite.CreateMutexW.test2.ready", GetCurrentProcessId());
    mutex = CreateMutexW(NULL, FALSE, mutex_name);
    ready = CreateEventW(NULL, TRUE, FALSE, ready_name);
    CHECK(mutex && ready, "create failed");

    palsuite_id_arg(arg, GetCurrentProcessId());
    helper = palsuite_spawn("helper1", arg);
    CHECK(WaitForSingleObject(ready, 20000) == WAIT_OBJECT_0, "the helper never took the mutex");
    /* The helper owns it and ends a little later, while we wait. */
    CHECK_SUCCEEDS(WaitForSingleObject(mutex, 20000), WAIT_ABANDONED);
    CHECK(palsuite_join(helper) == 0, "the helper failed");

    /* Ours now, recursively too, and no longer abandoned. */
    CHECK_SUCCEEDS(WaitForSingleObject(mutex, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(ReleaseMutex(mutex), TRUE);
    CHECK_SUCCEEDS(ReleaseMutex(mutex), TRUE);
    CHECK_FAILS(ReleaseMutex(mutex), FALSE, ERROR_NOT_OWNER);
    CHECK_SUCCEEDS(WaitForSingleObject(mutex, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(ReleaseMutex(mutex), TRUE);

    CHECK_SUCCEEDS(CloseHandle(mutex), TRUE);
    CHECK_SUCCEEDS(CloseHandle(ready), TRUE);
    PAL_Terminate();
    return 0;
}
