/*
 * UnlockFile: releases exactly a range the handle locked, after which the
 * range can be locked again (by this or another handle); a range is unlocked
 * once. Handles that are not files fail with ERROR_INVALID_HANDLE.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    char name[64];
    HANDLE h1, h2;

    PALSUITE_INIT(argc, argv);
    sprintf(name, "uf1_%u.tmp", (unsigned)GetCurrentProcessId());

    h1 = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                     CREATE_ALWAYS, 0, NULL);
    CHECK(h1 != INVALID_HANDLE_VALUE, "CreateFileA failed");
    h2 = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                     OPEN_EXISTING, 0, NULL);
    CHECK(h2 != INVALID_HANDLE_VALUE, "second CreateFileA failed");

    CHECK_SUCCEEDS(LockFile(h1, 0, 0, 10, 0), TRUE);
    CHECK_SUCCEEDS(LockFile(h1, 10, 0, 10, 0), TRUE);
    CHECK_SUCCEEDS(LockFile(h1, 0, 2, 10, 0), TRUE);
    CHECK_SUCCEEDS(UnlockFile(h1, 10, 0, 10, 0), TRUE);
    /* The neighbour stays locked, the released range is free. */
    CHECK_FAILS(LockFile(h2, 9, 0, 1, 0), FALSE, ERROR_LOCK_VIOLATION);
    CHECK_SUCCEEDS(LockFile(h2, 10, 0, 10, 0), TRUE);
    CHECK_SUCCEEDS(UnlockFile(h2, 10, 0, 10, 0), TRUE);
    CHECK_SUCCEEDS(UnlockFile(h1, 0, 2, 10, 0), TRUE);
    CHECK_SUCCEEDS(LockFile(h2, 0, 2, 1, 0), TRUE);
    CHECK_SUCCEEDS(UnlockFile(h2, 0, 2, 1, 0), TRUE);
    CHECK_SUCCEEDS(UnlockFile(h1, 0, 0, 10, 0), TRUE);
    CHECK_SUCCEEDS(LockFile(h1, 0, 0, 10, 0), TRUE);
    CHECK_SUCCEEDS(UnlockFile(h1, 0, 0, 10, 0), TRUE);
    CHECK(!UnlockFile(h1, 0, 0, 10, 0), "a range unlocked twice");

    CHECK_SUCCEEDS(CloseHandle(h2), TRUE);
    CHECK_SUCCEEDS(CloseHandle(h1), TRUE);
    CHECK_FAILS(UnlockFile(h1, 0, 0, 10, 0), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(UnlockFile(NULL, 0, 0, 10, 0), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(UnlockFile(INVALID_HANDLE_VALUE, 0, 0, 10, 0), FALSE, ERROR_INVALID_HANDLE);

    DeleteFileA(name);
    PAL_Terminate();
    return 0;
}
