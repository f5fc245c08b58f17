/*
 * LockFile: an exclusive byte range per handle. Another handle of the same
 * file (same process) cannot lock an overlapping range, and the same handle
 * cannot lock it twice (ERROR_LOCK_VIOLATION); adjacent ranges do not
 * overlap; ranges may lie beyond the end of file; a read-only handle locks
 * too; the whole-file idiom (offset 0, length 0xFFFFFFFFFFFFFFFF) works;
 * closing a handle releases its locks; a zero-length lock succeeds.
 * Handles that are not files fail with ERROR_INVALID_HANDLE.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    char name[64];
    HANDLE h1, h2, ev;
    DWORD n;

    PALSUITE_INIT(argc, argv);
    sprintf(name, "lf1_%u.tmp", (unsigned)GetCurrentProcessId());

    h1 = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                     CREATE_ALWAYS, 0, NULL);
    CHECK(h1 != INVALID_HANDLE_VALUE, "CreateFileA failed");
    CHECK(WriteFile(h1, "0123456789", 10, &n, NULL), "WriteFile failed");
    h2 = CreateFileA(name, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_EXISTING, 0,
                     NULL);
    CHECK(h2 != INVALID_HANDLE_VALUE, "second CreateFileA failed");

    CHECK_SUCCEEDS(LockFile(h1, 0, 0, 10, 0), TRUE);
    /* The same handle, the same or an overlapping range. */
    CHECK_FAILS(LockFile(h1, 0, 0, 10, 0), FALSE, ERROR_LOCK_VIOLATION);
    CHECK_FAILS(LockFile(h1, 5, 0, 10, 0), FALSE, ERROR_LOCK_VIOLATION);
    /* Another handle (read-only: it may lock too). */
    CHECK_FAILS(LockFile(h2, 9, 0, 1, 0), FALSE, ERROR_LOCK_VIOLATION);
    CHECK_FAILS(LockFile(h2, 0, 0, 100, 0), FALSE, ERROR_LOCK_VIOLATION);
    /* Adjacent ranges, beyond the end of file, above 4 GiB. */
    CHECK_SUCCEEDS(LockFile(h1, 10, 0, 10, 0), TRUE);
    CHECK_SUCCEEDS(LockFile(h2, 20, 0, 1, 0), TRUE);
    CHECK_SUCCEEDS(LockFile(h2, 1000, 0, 24, 0), TRUE);
    CHECK_SUCCEEDS(LockFile(h2, 0, 1, 0, 1), TRUE);
    CHECK_FAILS(LockFile(h1, 0x80000000, 1, 1, 0), FALSE, ERROR_LOCK_VIOLATION);
    CHECK_FAILS(LockFile(h1, 1010, 0, 1, 0), FALSE, ERROR_LOCK_VIOLATION);
    CHECK_FAILS(LockFile(h1, 20, 0, 1, 0), FALSE, ERROR_LOCK_VIOLATION);
    /* Unlocking lets the other handle in. */
    CHECK_SUCCEEDS(UnlockFile(h1, 0, 0, 10, 0), TRUE);
    CHECK_SUCCEEDS(LockFile(h2, 9, 0, 1, 0), TRUE);
    CHECK_FAILS(LockFile(h1, 9, 0, 1, 0), FALSE, ERROR_LOCK_VIOLATION);
    /* Zero bytes. */
    CHECK_SUCCEEDS(LockFile(h1, 50, 0, 0, 0), TRUE);
    CHECK_SUCCEEDS(UnlockFile(h1, 50, 0, 0, 0), TRUE);

    /* Closing h2 releases every lock it held. */
    CHECK_SUCCEEDS(CloseHandle(h2), TRUE);
    CHECK_SUCCEEDS(LockFile(h1, 9, 0, 1, 0), TRUE);
    CHECK_SUCCEEDS(LockFile(h1, 1000, 0, 24, 0), TRUE);
    CHECK_SUCCEEDS(UnlockFile(h1, 9, 0, 1, 0), TRUE);
    CHECK_SUCCEEDS(UnlockFile(h1, 1000, 0, 24, 0), TRUE);
    CHECK_SUCCEEDS(UnlockFile(h1, 10, 0, 10, 0), TRUE);

    /* The whole file, from another handle: everything else conflicts. */
    h2 = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                     OPEN_EXISTING, 0, NULL);
    CHECK(h2 != INVALID_HANDLE_VALUE, "third CreateFileA failed");
    CHECK_SUCCEEDS(LockFile(h2, 0, 0, 0xFFFFFFFF, 0xFFFFFFFF), TRUE);
    CHECK_FAILS(LockFile(h1, 0, 0, 1, 0), FALSE, ERROR_LOCK_VIOLATION);
    CHECK_FAILS(LockFile(h1, 123456, 3, 1, 0), FALSE, ERROR_LOCK_VIOLATION);
    CHECK_SUCCEEDS(UnlockFile(h2, 0, 0, 0xFFFFFFFF, 0xFFFFFFFF), TRUE);
    CHECK_SUCCEEDS(LockFile(h1, 0, 0, 1, 0), TRUE);
    CHECK_SUCCEEDS(UnlockFile(h1, 0, 0, 1, 0), TRUE);
    CHECK_SUCCEEDS(CloseHandle(h2), TRUE);
    CHECK_SUCCEEDS(CloseHandle(h1), TRUE);

    CHECK_FAILS(LockFile(h1, 0, 0, 1, 0), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(LockFile(NULL, 0, 0, 1, 0), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(LockFile(INVALID_HANDLE_VALUE, 0, 0, 1, 0), FALSE, ERROR_INVALID_HANDLE);
    ev = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(ev != NULL, "CreateEventW failed");
    CHECK_FAILS(LockFile(ev, 0, 0, 1, 0), FALSE, ERROR_INVALID_HANDLE);
    CHECK_SUCCEEDS(CloseHandle(ev), TRUE);

    DeleteFileA(name);
    PAL_Terminate();
    return 0;
}
