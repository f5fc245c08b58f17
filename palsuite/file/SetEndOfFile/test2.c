/*
 * SetEndOfFile on a handle opened for reading only fails with
 * ERROR_ACCESS_DENIED (the file system refuses a size change without
 * FILE_WRITE_DATA access).
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    char name[64];
    HANDLE h;

    PALSUITE_INIT(argc, argv);
    sprintf(name, "seof2_%u.tmp", (unsigned)GetCurrentProcessId());

    h = CreateFileA(name, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "CreateFileA failed");
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);
    h = CreateFileA(name, GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "CreateFileA failed");
    CHECK_SUCCEEDS(SetFilePointer(h, 5, NULL, FILE_BEGIN), 5);
    CHECK_FAILS(SetEndOfFile(h), FALSE, ERROR_ACCESS_DENIED);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    DeleteFileA(name);
    PAL_Terminate();
    return 0;
}
