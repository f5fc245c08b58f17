/*
 * SetFilePointer with 32-bit distances: FILE_BEGIN, FILE_CURRENT, FILE_END,
 * positive and negative moves, a position past the end. A resulting position
 * below 0 fails with ERROR_NEGATIVE_SEEK and leaves the pointer alone; a bad
 * move method fails with ERROR_INVALID_PARAMETER; handles that are not files
 * fail with ERROR_INVALID_HANDLE. Success leaves the LastError alone.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    char name[64];
    HANDLE h, ev;
    DWORD n;
    LONG high;

    PALSUITE_INIT(argc, argv);
    sprintf(name, "sfp1_%u.tmp", (unsigned)GetCurrentProcessId());

    h = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "CreateFileA failed");
    CHECK(WriteFile(h, "0123456789", 10, &n, NULL) && n == 10, "WriteFile failed");

    CHECK_SUCCEEDS(SetFilePointer(h, 0, NULL, FILE_CURRENT), 10);
    CHECK_SUCCEEDS(SetFilePointer(h, 3, NULL, FILE_BEGIN), 3);
    CHECK_SUCCEEDS(SetFilePointer(h, 4, NULL, FILE_CURRENT), 7);
    CHECK_SUCCEEDS(SetFilePointer(h, -2, NULL, FILE_CURRENT), 5);
    CHECK_SUCCEEDS(SetFilePointer(h, 0, NULL, FILE_END), 10);
    CHECK_SUCCEEDS(SetFilePointer(h, -10, NULL, FILE_END), 0);
    CHECK_SUCCEEDS(SetFilePointer(h, 5, NULL, FILE_END), 15);
    CHECK_SUCCEEDS(SetFilePointer(h, 0x7fffffff, NULL, FILE_BEGIN), 0x7fffffff);
    /* With a high part: 0 stays 0, the position comes back in two halves. */
    high = 0;
    CHECK_SUCCEEDS(SetFilePointer(h, 6, &high, FILE_BEGIN), 6);
    CHECK(high == 0, "high part %d", high);
    high = -1; /* -1 as a 64-bit distance */
    CHECK_SUCCEEDS(SetFilePointer(h, -1, &high, FILE_CURRENT), 5);
    CHECK(high == 0, "high part %d", high);

    /* Negative positions: refused, the pointer stays. */
    CHECK_FAILS(SetFilePointer(h, -1, NULL, FILE_BEGIN), INVALID_SET_FILE_POINTER,
                ERROR_NEGATIVE_SEEK);
    CHECK_FAILS(SetFilePointer(h, -6, NULL, FILE_CURRENT), INVALID_SET_FILE_POINTER,
                ERROR_NEGATIVE_SEEK);
    CHECK_FAILS(SetFilePointer(h, -11, NULL, FILE_END), INVALID_SET_FILE_POINTER,
                ERROR_NEGATIVE_SEEK);
    high = -1;
    CHECK_FAILS(SetFilePointer(h, 0, &high, FILE_BEGIN), INVALID_SET_FILE_POINTER,
                ERROR_NEGATIVE_SEEK);
    CHECK_SUCCEEDS(SetFilePointer(h, 0, NULL, FILE_CURRENT), 5);

    /* A bad move method. */
    CHECK_FAILS(SetFilePointer(h, 0, NULL, 3), INVALID_SET_FILE_POINTER, ERROR_INVALID_PARAMETER);
    CHECK_SUCCEEDS(SetFilePointer(h, 0, NULL, FILE_CURRENT), 5);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    CHECK_FAILS(SetFilePointer(h, 0, NULL, FILE_BEGIN), INVALID_SET_FILE_POINTER,
                ERROR_INVALID_HANDLE);
    CHECK_FAILS(SetFilePointer(NULL, 0, NULL, FILE_BEGIN), INVALID_SET_FILE_POINTER,
                ERROR_INVALID_HANDLE);
    CHECK_FAILS(SetFilePointer(INVALID_HANDLE_VALUE, 0, NULL, FILE_BEGIN),
                INVALID_SET_FILE_POINTER, ERROR_INVALID_HANDLE);
    ev = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(ev != NULL, "CreateEventW failed");
    CHECK_FAILS(SetFilePointer(ev, 0, NULL, FILE_BEGIN), INVALID_SET_FILE_POINTER,
                ERROR_INVALID_HANDLE);
    CHECK_SUCCEEDS(CloseHandle(ev), TRUE);

    DeleteFileA(name);
    PAL_Terminate();
    return 0;
}
