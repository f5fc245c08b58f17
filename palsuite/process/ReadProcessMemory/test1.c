/*
 * ReadProcessMemory on the current process (the spec's probe for readable
 * memory): a readable buffer is copied and the count is set; a size of 0
 * succeeds; the count pointer may be NULL. A bad address on either side
 * fails without a crash, with nothing read; a handle that is not a process
 * fails with ERROR_INVALID_HANDLE.
 */
#include <palsuite.h>

static const char source[] = "ReadProcessMemory source";

static void check_bad(HANDLE process, const void *from, void *to)
{
    SIZE_T n = 12345;
    DWORD err;
    SetLastError(PALSUITE_SENTINEL_ERROR);
    CHECK(!ReadProcessMemory(process, from, to, 16, &n), "a read %p -> %p succeeded", from, to);
    err = GetLastError();
    CHECK(err == ERROR_NOACCESS || err == ERROR_PARTIAL_COPY, "read %p -> %p: error %u", from, to,
          err);
    CHECK(n == 0, "read %p -> %p: %u bytes", from, to, (unsigned)n);
}

int main(int argc, char *argv[])
{
    char buf[64];
    SIZE_T n = 12345;
    HANDLE event;

    PALSUITE_INIT(argc, argv);
    memset(buf, 0, sizeof(buf));
    CHECK_SUCCEEDS(ReadProcessMemory(GetCurrentProcess(), source, buf, sizeof(source), &n), TRUE);
    CHECK(n == sizeof(source) && memcmp(buf, source, sizeof(source)) == 0, "read %u bytes: %s",
          (unsigned)n, buf);
    memset(buf, 0, sizeof(buf));
    CHECK_SUCCEEDS(ReadProcessMemory(GetCurrentProcess(), source, buf, 4, NULL), TRUE);
    CHECK(memcmp(buf, "Read", 4) == 0 && buf[4] == 0, "read 4 bytes: %s", buf);
    n = 12345;
    CHECK_SUCCEEDS(ReadProcessMemory(GetCurrentProcess(), source, buf, 0, &n), TRUE);
    CHECK(n == 0, "a read of 0 bytes counted %u", (unsigned)n);

    /* Bad addresses: the first page is never mapped. */
    check_bad(GetCurrentProcess(), (const void *)16, buf);
    check_bad(GetCurrentProcess(), source, (void *)16);
    check_bad(GetCurrentProcess(), NULL, buf);

    n = 12345;
    CHECK_FAILS(ReadProcessMemory(NULL, source, buf, 4, &n), FALSE, ERROR_INVALID_HANDLE);
    CHECK(n == 0, "bad handle: count %u", (unsigned)n);
    CHECK_FAILS(ReadProcessMemory((HANDLE)(ULONG_PTR)0x12340, source, buf, 4, &n), FALSE,
                ERROR_INVALID_HANDLE);
    CHECK_FAILS(ReadProcessMemory(GetCurrentThread(), source, buf, 4, &n), FALSE,
                ERROR_INVALID_HANDLE);
    event = CreateEventA(NULL, FALSE, FALSE, NULL);
    CHECK(event != NULL, "CreateEventA failed");
    CHECK_FAILS(ReadProcessMemory(event, source, buf, 4, &n), FALSE, ERROR_INVALID_HANDLE);
    CHECK_SUCCEEDS(CloseHandle(event), TRUE);
    PAL_Terminate();
    return 0;
}
