/*
 * A named mutex whose owner process ends without releasing it is abandoned,
 * never locked forever, whether the owner exits or is killed: this test,
 * blocked in WaitForSingleObject on it, gets WAIT_ABANDONED and owns it;
 * after ReleaseMutex it works as any mutex. The helper took the mutex with
 * a wait (the mutex existed, so CreateMutexW's bInitialOwner was ignored:
 * the helper checks that too).
 */
#include <palsuite.h>

/* mode: 'x' the helper exits, 'k' it is killed. */
static void abandon_by_helper(char mode)
{
    WCHAR mutex_name[64], ready_name[64];
    char arg[16];
    HANDLE mutex, ready;
    palsuite_process helper;
    int code;

    palsuite_object_name(mutex_name, "palsuite.CreateMutexW.test2.mutex", GetCurrentProcessId());
    palsuite_object_name(ready_name, "palsuite.CreateMutexW.test2.ready", GetCurrentProcessId());
    mutex = CreateMutexW(NULL, FALSE, mutex_name);
    ready = CreateEventW(NULL, TRUE, FALSE, ready_name);
    CHECK(mutex && ready, "create failed");

    arg[0] = mode;
    palsuite_id_arg(arg + 1, GetCurrentProcessId());
    helper = palsuite_spawn("helper1", arg);
    CHECK(WaitForSingleObject(ready, 20000) == WAIT_OBJECT_0, "the helper never took the mutex");
    /* The helper owns it and ends a little later, while we wait. */
    CHECK_SUCCEEDS(WaitForSingleObject(mutex, 20000), WAIT_ABANDONED);
    code = palsuite_join(helper);
    CHECK(mode == 'x' ? code == 0 : code != 0, "mode %c: the helper ended with %d", mode, code);

    /* Ours now, recursively too, and no longer abandoned. */
    CHECK_SUCCEEDS(WaitForSingleObject(mutex, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(ReleaseMutex(mutex), TRUE);
    CHECK_SUCCEEDS(ReleaseMutex(mutex), TRUE);
    CHECK_FAILS(ReleaseMutex(mutex), FALSE, ERROR_NOT_OWNER);
    CHECK_SUCCEEDS(WaitForSingleObject(mutex, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(ReleaseMutex(mutex), TRUE);

    CHECK_SUCCEEDS(CloseHandle(mutex), TRUE);
    CHECK_SUCCEEDS(CloseHandle(ready), TRUE);
}

int main(int argc, char *argv[])
{
    PALSUITE_INIT(argc, argv);
    abandon_by_helper('x');
    abandon_by_helper('k');
    PAL_Terminate();
    return 0;
}
