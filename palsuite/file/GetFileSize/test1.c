/*
 * GetFileSize: the size follows writes and SetEndOfFile, through any handle
 * of the file; the high word is 0 below 4 GiB and lpFileSizeHigh may be
 * NULL; a size whose low part is 0xFFFFFFFF returns INVALID_FILE_SIZE with
 * the LastError NO_ERROR. Handles that are not files fail with
 * INVALID_FILE_SIZE and ERROR_INVALID_HANDLE, the high word untouched.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    char name[64];
    HANDLE h, h2, ev;
    DWORD n, high;
    LONG pos_high;

    PALSUITE_INIT(argc, argv);
    sprintf(name, "gfs1_%u.tmp", (unsigned)GetCurrentProcessId());

    h = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                    CREATE_ALWAYS, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "CreateFileA failed");
    high = 7;
    CHECK_SUCCEEDS(GetFileSize(h, &high), 0);
    CHECK(high == 0, "high word %u", high);
    CHECK(WriteFile(h, "12345", 5, &n, NULL), "WriteFile failed");
    CHECK_SUCCEEDS(GetFileSize(h, NULL), 5);

    /* Another handle sees the same size. */
    h2 = CreateFileA(name, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_EXISTING, 0,
                     NULL);
    CHECK(h2 != INVALID_HANDLE_VALUE, "second CreateFileA failed");
    CHECK_SUCCEEDS(GetFileSize(h2, NULL), 5);
    CHECK_SUCCEEDS(SetFilePointer(h, 3, NULL, FILE_BEGIN), 3);
    CHECK_SUCCEEDS(SetEndOfFile(h), TRUE);
    CHECK_SUCCEEDS(GetFileSize(h2, NULL), 3);

    /* 0xFFFFFFFF bytes (sparse). */
    pos_high = 0;
    CHECK(SetFilePointer(h, -1, &pos_high, FILE_BEGIN) == INVALID_SET_FILE_POINTER,
          "SetFilePointer to 0xFFFFFFFF");
    CHECK_SUCCEEDS(SetEndOfFile(h), TRUE);
    high = 7;
    SetLastError(PALSUITE_SENTINEL_ERROR);
    CHECK(GetFileSize(h2, &high) == INVALID_FILE_SIZE, "size 0xFFFFFFFF");
    CHECK_ERROR(NO_ERROR);
    CHECK(high == 0, "high word %u", high);
    CHECK_SUCCEEDS(CloseHandle(h2), TRUE);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    high = 7;
    CHECK_FAILS(GetFileSize(h, &high), INVALID_FILE_SIZE, ERROR_INVALID_HANDLE);
    CHECK(high == 7, "high word changed on failure");
    CHECK_FAILS(GetFileSize(NULL, &high), INVALID_FILE_SIZE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(GetFileSize(INVALID_HANDLE_VALUE, NULL), INVALID_FILE_SIZE, ERROR_INVALID_HANDLE);
    ev = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(ev != NULL, "CreateEventW failed");
    CHECK_FAILS(GetFileSize(ev, NULL), INVALID_FILE_SIZE, ERROR_INVALID_HANDLE);
    CHECK_SUCCEEDS(CloseHandle(ev), TRUE);

    DeleteFileA(name);
    PAL_Terminate();
    return 0;
}
