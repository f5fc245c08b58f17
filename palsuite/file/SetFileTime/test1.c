/*
 * SetFileTime: sets the last write and last access times exactly (100 ns
 * units), through one handle as seen through another; NULL and a zero
 * FILETIME leave a time as it is; a time with the high bit set fails with
 * ERROR_INVALID_PARAMETER; a directory opened with backup semantics for
 * writing takes times too. Handles that are not files fail with
 * ERROR_INVALID_HANDLE.
 */
#include <palsuite.h>

static ULONGLONG ticks(const FILETIME *ft)
{
    return ((ULONGLONG)ft->dwHighDateTime << 32) | ft->dwLowDateTime;
}

int main(int argc, char *argv[])
{
    char name[64];
    HANDLE h, r, d;
    FILETIME t1, t2, zero, bad, a, w, dw;

    PALSUITE_INIT(argc, argv);
    sprintf(name, "sft1_%u.tmp", (unsigned)GetCurrentProcessId());
    t1.dwHighDateTime = 0x01c00000; /* 1998 */
    t1.dwLowDateTime = 0x12345670;
    t2.dwHighDateTime = 0x01d00000; /* 2016 */
    t2.dwLowDateTime = 0x00abcde0;
    zero.dwHighDateTime = zero.dwLowDateTime = 0;
    bad.dwHighDateTime = 0x80000000;
    bad.dwLowDateTime = 0;

    h = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                    CREATE_ALWAYS, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "CreateFileA failed");
    r = CreateFileA(name, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_EXISTING, 0,
                    NULL);
    CHECK(r != INVALID_HANDLE_VALUE, "second CreateFileA failed");

    CHECK_SUCCEEDS(SetFileTime(h, NULL, NULL, &t1), TRUE);
    CHECK(GetFileTime(r, NULL, &a, &w), "GetFileTime failed");
    CHECK(ticks(&w) == ticks(&t1), "last write time not set");
    CHECK_SUCCEEDS(SetFileTime(h, NULL, &t2, NULL), TRUE);
    CHECK(GetFileTime(r, NULL, &a, &w), "GetFileTime failed");
    CHECK(ticks(&a) == ticks(&t2), "last access time not set");
    CHECK(ticks(&w) == ticks(&t1), "last write time changed by NULL");
    CHECK_SUCCEEDS(SetFileTime(h, NULL, &zero, &zero), TRUE);
    CHECK(GetFileTime(r, NULL, &a, &w), "GetFileTime failed");
    CHECK(ticks(&a) == ticks(&t2) && ticks(&w) == ticks(&t1), "a zero FILETIME changed a time");
    CHECK_SUCCEEDS(SetFileTime(h, NULL, &t1, &t2), TRUE);
    CHECK(GetFileTime(r, NULL, &a, &w), "GetFileTime failed");
    CHECK(ticks(&a) == ticks(&t1) && ticks(&w) == ticks(&t2), "both times not set");
    CHECK_FAILS(SetFileTime(h, NULL, NULL, &bad), FALSE, ERROR_INVALID_PARAMETER);

    /* A directory (the current one: its write time is put back). */
    d = CreateFileA(".", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                    OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, NULL);
    CHECK(d != INVALID_HANDLE_VALUE, "CreateFileA of a directory failed");
    CHECK(GetFileTime(d, NULL, NULL, &dw), "GetFileTime of a directory failed");
    CHECK_SUCCEEDS(SetFileTime(d, NULL, NULL, &t1), TRUE);
    CHECK(GetFileTime(d, NULL, NULL, &w), "GetFileTime of a directory failed");
    CHECK(ticks(&w) == ticks(&t1), "directory write time not set");
    CHECK_SUCCEEDS(SetFileTime(d, NULL, NULL, &dw), TRUE);
    CHECK_SUCCEEDS(CloseHandle(d), TRUE);

    CHECK_SUCCEEDS(CloseHandle(r), TRUE);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);
    CHECK_FAILS(SetFileTime(h, NULL, NULL, &t1), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(SetFileTime(NULL, NULL, NULL, &t1), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(SetFileTime(INVALID_HANDLE_VALUE, NULL, NULL, &t1), FALSE, ERROR_INVALID_HANDLE);

    DeleteFileA(name);
    PAL_Terminate();
    return 0;
}
