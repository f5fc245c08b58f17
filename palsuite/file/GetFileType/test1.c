/*
 * GetFileType: FILE_TYPE_DISK for files and directories (whatever the
 * access), a disk, character or pipe type for the standard handles; handles
 * that are not files return FILE_TYPE_UNKNOWN with ERROR_INVALID_HANDLE.
 * Success leaves the LastError alone.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    char name[64];
    HANDLE h, ev;
    DWORD type, i;
    static const DWORD std_ids[] = {STD_INPUT_HANDLE, STD_OUTPUT_HANDLE, STD_ERROR_HANDLE};

    PALSUITE_INIT(argc, argv);
    sprintf(name, "gft1_%u.tmp", (unsigned)GetCurrentProcessId());

    h = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "CreateFileA failed");
    CHECK_SUCCEEDS(GetFileType(h), FILE_TYPE_DISK);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);
    h = CreateFileA(name, 0, 0, NULL, OPEN_EXISTING, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "CreateFileA failed");
    CHECK_SUCCEEDS(GetFileType(h), FILE_TYPE_DISK);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);
    h = CreateFileA(".", GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_EXISTING,
                    FILE_FLAG_BACKUP_SEMANTICS, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "CreateFileA of a directory failed");
    CHECK_SUCCEEDS(GetFileType(h), FILE_TYPE_DISK);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    for (i = 0; i < 3; i++) {
        h = GetStdHandle(std_ids[i]);
        CHECK(h != INVALID_HANDLE_VALUE && h != NULL, "GetStdHandle(%d) failed", (int)std_ids[i]);
        type = GetFileType(h);
        CHECK(type == FILE_TYPE_DISK || type == FILE_TYPE_CHAR || type == FILE_TYPE_PIPE,
              "standard handle %u: type %u", i, type);
    }

    h = CreateFileA(name, GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "CreateFileA failed");
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);
    CHECK_FAILS(GetFileType(h), FILE_TYPE_UNKNOWN, ERROR_INVALID_HANDLE);
    CHECK_FAILS(GetFileType(NULL), FILE_TYPE_UNKNOWN, ERROR_INVALID_HANDLE);
    CHECK_FAILS(GetFileType((HANDLE)0x12344), FILE_TYPE_UNKNOWN, ERROR_INVALID_HANDLE);
    CHECK_FAILS(GetFileType(INVALID_HANDLE_VALUE), FILE_TYPE_UNKNOWN, ERROR_INVALID_HANDLE);
    CHECK_FAILS(GetFileType(GetCurrentThread()), FILE_TYPE_UNKNOWN, ERROR_INVALID_HANDLE);
    ev = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(ev != NULL, "CreateEventW failed");
    CHECK_FAILS(GetFileType(ev), FILE_TYPE_UNKNOWN, ERROR_INVALID_HANDLE);
    CHECK_SUCCEEDS(CloseHandle(ev), TRUE);

    DeleteFileA(name);
    PAL_Terminate();
    return 0;
}
