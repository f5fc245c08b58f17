/*
 * ReadFile: reads from the file pointer and advances it, a read at the end of
 * file succeeds with 0 bytes, a read past the end returns what there is, the
 * count pointer may be NULL. Bad input: a handle without read access
 * (ERROR_ACCESS_DENIED), a NULL buffer (ERROR_NOACCESS), handles that are not
 * files (NULL, made up, closed, an event, the pseudo-handles:
 * ERROR_INVALID_HANDLE); the count is 0 after a failure.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    char name[64], buf[64];
    HANDLE h, ev;
    DWORD n;

    PALSUITE_INIT(argc, argv);
    sprintf(name, "rf1_%u.tmp", (unsigned)GetCurrentProcessId());

    h = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "CreateFileA failed");
    CHECK(WriteFile(h, "0123456789", 10, &n, NULL) && n == 10, "WriteFile failed");
    CHECK_SUCCEEDS(SetFilePointer(h, 0, NULL, FILE_BEGIN), 0);

    n = 99;
    CHECK_SUCCEEDS(ReadFile(h, buf, 4, &n, NULL), TRUE);
    CHECK(n == 4 && memcmp(buf, "0123", 4) == 0, "first read: %u bytes", n);
    CHECK_SUCCEEDS(ReadFile(h, buf, 4, &n, NULL), TRUE);
    CHECK(n == 4 && memcmp(buf, "4567", 4) == 0, "second read: %u bytes", n);
    CHECK_SUCCEEDS(SetFilePointer(h, 0, NULL, FILE_CURRENT), 8);
    /* Past the end: what there is, then nothing (not an error). */
    CHECK_SUCCEEDS(ReadFile(h, buf, sizeof(buf), &n, NULL), TRUE);
    CHECK(n == 2 && memcmp(buf, "89", 2) == 0, "short read: %u bytes", n);
    n = 99;
    CHECK_SUCCEEDS(ReadFile(h, buf, sizeof(buf), &n, NULL), TRUE);
    CHECK(n == 0, "read at end of file: %u bytes", n);
    /* Zero bytes, and no count pointer. */
    CHECK_SUCCEEDS(ReadFile(h, buf, 0, &n, NULL), TRUE);
    CHECK_SUCCEEDS(SetFilePointer(h, 2, NULL, FILE_BEGIN), 2);
    CHECK_SUCCEEDS(ReadFile(h, buf, 3, NULL, NULL), TRUE);
    CHECK(memcmp(buf, "234", 3) == 0, "read without a count pointer");
    /* Past the end after a seek beyond it. */
    CHECK_SUCCEEDS(SetFilePointer(h, 100, NULL, FILE_BEGIN), 100);
    CHECK_SUCCEEDS(ReadFile(h, buf, 4, &n, NULL), TRUE);
    CHECK(n == 0, "read beyond the end: %u bytes", n);

    /* A NULL buffer. */
    CHECK_SUCCEEDS(SetFilePointer(h, 0, NULL, FILE_BEGIN), 0);
    n = 99;
    CHECK_FAILS(ReadFile(h, NULL, 4, &n, NULL), FALSE, ERROR_NOACCESS);
    CHECK(n == 0, "count after failure: %u", n);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    /* A handle opened for writing only. */
    h = CreateFileA(name, GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "CreateFileA failed");
    n = 99;
    CHECK_FAILS(ReadFile(h, buf, 4, &n, NULL), FALSE, ERROR_ACCESS_DENIED);
    CHECK(n == 0, "count after failure: %u", n);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    /* Handles that are not files. */
    CHECK_FAILS(ReadFile(h, buf, 4, &n, NULL), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(ReadFile(NULL, buf, 4, &n, NULL), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(ReadFile((HANDLE)0x12344, buf, 4, &n, NULL), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(ReadFile(INVALID_HANDLE_VALUE, buf, 4, &n, NULL), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(ReadFile(GetCurrentThread(), buf, 4, &n, NULL), FALSE, ERROR_INVALID_HANDLE);
    ev = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(ev != NULL, "CreateEventW failed");
    CHECK_FAILS(ReadFile(ev, buf, 4, &n, NULL), FALSE, ERROR_INVALID_HANDLE);
    CHECK_SUCCEEDS(CloseHandle(ev), TRUE);

    DeleteFileA(name);
    PAL_Terminate();
    return 0;
}
