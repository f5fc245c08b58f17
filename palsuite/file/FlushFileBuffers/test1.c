/*
 * FlushFileBuffers: succeeds on a handle with write access (the data is then
 * readable through another handle); a read-only handle fails with
 * ERROR_ACCESS_DENIED; handles that are not files with ERROR_INVALID_HANDLE.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    char name[64], buf[8];
    HANDLE h, h2, ev;
    DWORD n;

    PALSUITE_INIT(argc, argv);
    sprintf(name, "ffb1_%u.tmp", (unsigned)GetCurrentProcessId());

    h = CreateFileA(name, GENERIC_WRITE, FILE_SHARE_READ, NULL, CREATE_ALWAYS, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "CreateFileA failed");
    CHECK(WriteFile(h, "flush", 5, &n, NULL), "WriteFile failed");
    CHECK_SUCCEEDS(FlushFileBuffers(h), TRUE);
    h2 = CreateFileA(name, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_EXISTING,
                     0, NULL);
    CHECK(h2 != INVALID_HANDLE_VALUE, "second CreateFileA failed");
    CHECK(ReadFile(h2, buf, sizeof(buf), &n, NULL) && n == 5, "read %u bytes", n);
    CHECK_FAILS(FlushFileBuffers(h2), FALSE, ERROR_ACCESS_DENIED);
    CHECK_SUCCEEDS(CloseHandle(h2), TRUE);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    CHECK_FAILS(FlushFileBuffers(h), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(FlushFileBuffers(NULL), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(FlushFileBuffers((HANDLE)0x12344), FALSE, ERROR_INVALID_HANDLE);
    ev = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(ev != NULL, "CreateEventW failed");
    CHECK_FAILS(FlushFileBuffers(ev), FALSE, ERROR_INVALID_HANDLE);
    CHECK_SUCCEEDS(CloseHandle(ev), TRUE);

    DeleteFileA(name);
    PAL_Terminate();
    return 0;
}
