/*
 * WriteFile: writes every byte at the file pointer and advances it, extends
 * the file, fills a gap left by a seek past the end with zeros; a large write
 * (4 MiB) is written whole; a 0-byte write succeeds. Bad input: a handle
 * without write access (ERROR_ACCESS_DENIED), a NULL buffer
 * (ERROR_INVALID_USER_BUFFER), handles that are not files
 * (ERROR_INVALID_HANDLE); the count is 0 after a failure.
 */
#include <palsuite.h>

#define BIG (4u * 1024 * 1024)

int main(int argc, char *argv[])
{
    char name[64], buf[16];
    char *big;
    HANDLE h, ev;
    DWORD n, i;

    PALSUITE_INIT(argc, argv);
    sprintf(name, "wf1_%u.tmp", (unsigned)GetCurrentProcessId());

    h = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "CreateFileA failed");
    n = 99;
    CHECK_SUCCEEDS(WriteFile(h, "abc", 3, &n, NULL), TRUE);
    CHECK(n == 3, "wrote %u bytes", n);
    CHECK_SUCCEEDS(WriteFile(h, "def", 3, NULL, NULL), TRUE);
    CHECK_SUCCEEDS(WriteFile(h, "", 0, &n, NULL), TRUE);
    CHECK(n == 0, "0-byte write wrote %u", n);
    CHECK_SUCCEEDS(WriteFile(h, NULL, 0, &n, NULL), TRUE);
    CHECK_SUCCEEDS(GetFileSize(h, NULL), 6);
    CHECK_SUCCEEDS(SetFilePointer(h, 0, NULL, FILE_CURRENT), 6);

    /* Overwrite in the middle, then write past the end (the gap reads as 0). */
    CHECK_SUCCEEDS(SetFilePointer(h, 1, NULL, FILE_BEGIN), 1);
    CHECK_SUCCEEDS(WriteFile(h, "X", 1, &n, NULL), TRUE);
    CHECK_SUCCEEDS(SetFilePointer(h, 8, NULL, FILE_BEGIN), 8);
    CHECK_SUCCEEDS(WriteFile(h, "Z", 1, &n, NULL), TRUE);
    CHECK_SUCCEEDS(GetFileSize(h, NULL), 9);
    CHECK_SUCCEEDS(SetFilePointer(h, 0, NULL, FILE_BEGIN), 0);
    CHECK(ReadFile(h, buf, sizeof(buf), &n, NULL) && n == 9, "read back %u bytes", n);
    CHECK(memcmp(buf, "aXcdef\0\0Z", 9) == 0, "unexpected content");

    /* A large write is complete. */
    big = (char *)malloc(BIG);
    CHECK(big != NULL, "malloc failed");
    for (i = 0; i < BIG; i++)
        big[i] = (char)(i * 7);
    CHECK_SUCCEEDS(SetFilePointer(h, 0, NULL, FILE_BEGIN), 0);
    CHECK_SUCCEEDS(WriteFile(h, big, BIG, &n, NULL), TRUE);
    CHECK(n == BIG, "large write: %u bytes", n);
    CHECK_SUCCEEDS(GetFileSize(h, NULL), BIG);
    memset(big, 0, BIG);
    CHECK_SUCCEEDS(SetFilePointer(h, 0, NULL, FILE_BEGIN), 0);
    CHECK_SUCCEEDS(ReadFile(h, big, BIG, &n, NULL), TRUE);
    CHECK(n == BIG, "large read: %u bytes", n);
    for (i = 0; i < BIG; i++)
        CHECK(big[i] == (char)(i * 7), "byte %u differs", i);
    free(big);

    n = 99;
    CHECK_FAILS(WriteFile(h, NULL, 4, &n, NULL), FALSE, ERROR_INVALID_USER_BUFFER);
    CHECK(n == 0, "count after failure: %u", n);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    /* A handle opened for reading only. */
    h = CreateFileA(name, GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "CreateFileA failed");
    n = 99;
    CHECK_FAILS(WriteFile(h, "x", 1, &n, NULL), FALSE, ERROR_ACCESS_DENIED);
    CHECK(n == 0, "count after failure: %u", n);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    CHECK_FAILS(WriteFile(h, "x", 1, &n, NULL), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(WriteFile(NULL, "x", 1, &n, NULL), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(WriteFile((HANDLE)0x12344, "x", 1, &n, NULL), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(WriteFile(INVALID_HANDLE_VALUE, "x", 1, &n, NULL), FALSE, ERROR_INVALID_HANDLE);
    ev = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(ev != NULL, "CreateEventW failed");
    CHECK_FAILS(WriteFile(ev, "x", 1, &n, NULL), FALSE, ERROR_INVALID_HANDLE);
    CHECK_SUCCEEDS(CloseHandle(ev), TRUE);

    DeleteFileA(name);
    PAL_Terminate();
    return 0;
}
