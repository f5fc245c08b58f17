/*
 * Helper of CreateSemaphoreW/test2 (argument: the test's id).
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    WCHAR name[64];
    HANDLE sem;
    LONG previous = -1;

    PALSUITE_INIT(argc, argv);
    CHECK(argc == 2, "usage: helper1 <id>");
    palsuite_object_name(name, "palsuite.CreateSemaphoreW.test2", palsuite_parse_id(argv[1]));

    CHECK_FAILS(CreateSemaphoreW(NULL, 5, 2, name), NULL, ERROR_INVALID_PARAMETER);
    SetLastError(PALSUITE_SENTINEL_ERROR);
    sem = CreateSemaphoreW(NULL, 1, 10, name);
    CHECK(sem != NULL, "CreateSemaphoreW failed");
    CHECK_ERROR(ERROR_ALREADY_EXISTS);

    CHECK_SUCCEEDS(ReleaseSemaphore(sem, 2, &previous), TRUE);
    CHECK(previous == 0, "previous count %d, expected 0", (int)previous);
    CHECK_FAILS(ReleaseSemaphore(sem, 4, &previous), FALSE, ERROR_TOO_MANY_POSTS);
    Sleep(100);
    CHECK_SUCCEEDS(ReleaseSemaphore(sem, 1, NULL), TRUE);
    CHECK_SUCCEEDS(CloseHandle(sem), TRUE);
    PAL_Terminate();
    return 0;
}
