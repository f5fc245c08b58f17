/*
 * SetEndOfFile: the file ends at the file pointer, shrinking or growing it
 * (the new part reads as zeros); the pointer does not move. A handle without
 * write access, and handles that are not files, fail.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    char name[64], buf[16];
    HANDLE h, ev;
    DWORD n;

    PALSUITE_INIT(argc, argv);
    sprintf(name, "seof1_%u.tmp", (unsigned)GetCurrentProcessId());

    h = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "CreateFileA failed");
    CHECK(WriteFile(h, "0123456789", 10, &n, NULL), "WriteFile failed");
    CHECK_SUCCEEDS(SetFilePointer(h, 4, NULL, FILE_BEGIN), 4);
    CHECK_SUCCEEDS(SetEndOfFile(h), TRUE);
    CHECK_SUCCEEDS(GetFileSize(h, NULL), 4);
    CHECK_SUCCEEDS(SetFilePointer(h, 0, NULL, FILE_CURRENT), 4);
    CHECK_SUCCEEDS(SetFilePointer(h, 8, NULL, FILE_BEGIN), 8);
    CHECK_SUCCEEDS(SetEndOfFile(h), TRUE);
    CHECK_SUCCEEDS(GetFileSize(h, NULL), 8);
    CHECK_SUCCEEDS(SetFilePointer(h, 0, NULL, FILE_BEGIN), 0);
    CHECK(ReadFile(h, buf, sizeof(buf), &n, NULL) && n == 8, "read %u bytes", n);
    CHECK(memcmp(buf, "0123\0\0\0\0", 8) == 0, "unexpected content");
    CHECK_SUCCEEDS(SetFilePointer(h, 0, NULL, FILE_BEGIN), 0);
    CHECK_SUCCEEDS(SetEndOfFile(h), TRUE);
    CHECK_SUCCEEDS(GetFileSize(h, NULL), 0);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    CHECK_FAILS(SetEndOfFile(h), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(SetEndOfFile(NULL), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(SetEndOfFile(INVALID_HANDLE_VALUE), FALSE, ERROR_INVALID_HANDLE);
    ev = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(ev != NULL, "CreateEventW failed");
    CHECK_FAILS(SetEndOfFile(ev), FALSE, ERROR_INVALID_HANDLE);
    CHECK_SUCCEEDS(CloseHandle(ev), TRUE);

    /* Read-only: refused (Windows: ERROR_ACCESS_DENIED; see test2), size kept. */
    h = CreateFileA(name, GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "CreateFileA failed");
    CHECK_SUCCEEDS(SetFilePointer(h, 5, NULL, FILE_BEGIN), 5);
    CHECK(!SetEndOfFile(h), "SetEndOfFile on a read-only handle succeeded");
    CHECK_SUCCEEDS(GetFileSize(h, NULL), 0);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    DeleteFileA(name);
    PAL_Terminate();
    return 0;
}
