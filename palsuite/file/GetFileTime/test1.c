/*
 * GetFileTime: the three times of a file, any of them may be NULL; the last
 * write time moves forward when the file is written, and agrees with the
 * system time around the write; a directory opened with backup semantics has
 * times too. Handles that are not files fail with ERROR_INVALID_HANDLE.
 */
#include <palsuite.h>

static ULONGLONG ticks(const FILETIME *ft)
{
    return ((ULONGLONG)ft->dwHighDateTime << 32) | ft->dwLowDateTime;
}

int main(int argc, char *argv[])
{
    char name[64];
    HANDLE h, d, ev;
    FILETIME c, a, w, w2, before, after;
    DWORD n;

    PALSUITE_INIT(argc, argv);
    sprintf(name, "gftime1_%u.tmp", (unsigned)GetCurrentProcessId());

    GetSystemTimeAsFileTime(&before);
    h = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "CreateFileA failed");
    CHECK(WriteFile(h, "t", 1, &n, NULL), "WriteFile failed");
    GetSystemTimeAsFileTime(&after);
    CHECK_SUCCEEDS(GetFileTime(h, &c, &a, &w), TRUE);
    /* File systems keep coarser clocks than FILETIME: allow 2 s either way. */
    CHECK(ticks(&w) + 20000000 >= ticks(&before) && ticks(&w) <= ticks(&after) + 20000000,
          "last write time outside the write");
    CHECK(ticks(&c) != 0 && ticks(&a) != 0, "zero creation or access time");
    CHECK_SUCCEEDS(GetFileTime(h, NULL, NULL, NULL), TRUE);
    CHECK_SUCCEEDS(GetFileTime(h, NULL, NULL, &w2), TRUE);
    CHECK(ticks(&w2) == ticks(&w), "last write time changed without a write");

    d = CreateFileA(".", GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_EXISTING,
                    FILE_FLAG_BACKUP_SEMANTICS, NULL);
    CHECK(d != INVALID_HANDLE_VALUE, "CreateFileA of a directory failed");
    CHECK_SUCCEEDS(GetFileTime(d, &c, &a, &w2), TRUE);
    CHECK(ticks(&w2) != 0, "zero directory write time");
    CHECK_SUCCEEDS(CloseHandle(d), TRUE);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    CHECK_FAILS(GetFileTime(h, &c, &a, &w), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(GetFileTime(NULL, &c, &a, &w), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(GetFileTime(INVALID_HANDLE_VALUE, &c, &a, &w), FALSE, ERROR_INVALID_HANDLE);
    ev = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(ev != NULL, "CreateEventW failed");
    CHECK_FAILS(GetFileTime(ev, &c, &a, &w), FALSE, ERROR_INVALID_HANDLE);
    CHECK_SUCCEEDS(CloseHandle(ev), TRUE);

    DeleteFileA(name);
    PAL_Terminate();
    return 0;
}
