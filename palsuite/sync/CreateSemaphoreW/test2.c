/*
 * A named semaphore between two processes. The helper opens it with
 * CreateSemaphoreW (ERROR_ALREADY_EXISTS; its counts are ignored, but still
 * checked first: bad ones fail with ERROR_INVALID_PARAMETER), releases 2
 * (previous count 0), fails to release 4 (past the maximum of 3 whatever
 * the test took meanwhile: ERROR_TOO_MANY_POSTS), and later releases 1 more while
 * this test is blocked on it.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    WCHAR name[64];
    char arg[16];
    HANDLE sem;
    palsuite_process helper;

    PALSUITE_INIT(argc, argv);
    palsuite_object_name(name, "palsuite.CreateSemaphoreW.test2", GetCurrentProcessId());
    SetLastError(PALSUITE_SENTINEL_ERROR);
    sem = CreateSemaphoreW(NULL, 0, 3, name);
    CHECK(sem != NULL, "CreateSemaphoreW failed");
    CHECK_ERROR(ERROR_SUCCESS);

    palsuite_id_arg(arg, GetCurrentProcessId());
    helper = palsuite_spawn("helper1", arg);
    CHECK_SUCCEEDS(WaitForSingleObject(sem, 20000), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(sem, 20000), WAIT_OBJECT_0);
    /* The third unit comes from the helper's last release, after a pause. */
    CHECK_SUCCEEDS(WaitForSingleObject(sem, 20000), WAIT_OBJECT_0);
    CHECK(palsuite_join(helper) == 0, "the helper failed");
    CHECK_SUCCEEDS(WaitForSingleObject(sem, 0), WAIT_TIMEOUT);

    CHECK_SUCCEEDS(CloseHandle(sem), TRUE);
    PAL_Terminate();
    return 0;
}
