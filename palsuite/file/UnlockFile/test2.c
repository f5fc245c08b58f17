/*
 * UnlockFile of a range that is not locked as such fails with
 * ERROR_NOT_LOCKED (STATUS_RANGE_NOT_LOCKED): nothing locked, a part of a
 * locked range, a range covering a locked one, a range locked by another
 * handle, a range already unlocked.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    char name[64];
    HANDLE h1, h2;

    PALSUITE_INIT(argc, argv);
    sprintf(name, "uf2_%u.tmp", (unsigned)GetCurrentProcessId());

    h1 = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                     CREATE_ALWAYS, 0, NULL);
    CHECK(h1 != INVALID_HANDLE_VALUE, "CreateFileA failed");
    h2 = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                     OPEN_EXISTING, 0, NULL);
    CHECK(h2 != INVALID_HANDLE_VALUE, "second CreateFileA failed");

    CHECK_FAILS(UnlockFile(h1, 0, 0, 10, 0), FALSE, ERROR_NOT_LOCKED);
    CHECK_SUCCEEDS(LockFile(h1, 0, 0, 10, 0), TRUE);
    CHECK_FAILS(UnlockFile(h1, 0, 0, 5, 0), FALSE, ERROR_NOT_LOCKED);
    CHECK_FAILS(UnlockFile(h1, 0, 0, 20, 0), FALSE, ERROR_NOT_LOCKED);
    CHECK_FAILS(UnlockFile(h2, 0, 0, 10, 0), FALSE, ERROR_NOT_LOCKED);
    CHECK_SUCCEEDS(UnlockFile(h1, 0, 0, 10, 0), TRUE);
    CHECK_FAILS(UnlockFile(h1, 0, 0, 10, 0), FALSE, ERROR_NOT_LOCKED);

    CHECK_SUCCEEDS(CloseHandle(h2), TRUE);
    CHECK_SUCCEEDS(CloseHandle(h1), TRUE);
    DeleteFileA(name);
    PAL_Terminate();
    return 0;
}
