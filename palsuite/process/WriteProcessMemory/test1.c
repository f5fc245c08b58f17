/*
 * WriteProcessMemory on the current process: a writable buffer is written
 * and the count is set; a size of 0 fails with ERROR_INVALID_PARAMETER; the
 * count pointer may be NULL.
 * A bad source fails without a crash, with nothing written; a handle that
 * is not a process fails with ERROR_INVALID_HANDLE.
 */
#include <palsuite.h>

static char target[64] = "WriteProcessMemory target";

int main(int argc, char *argv[])
{
    SIZE_T n = 12345;
    HANDLE event;
    DWORD err;

    PALSUITE_INIT(argc, argv);
    CHECK_SUCCEEDS(WriteProcessMemory(GetCurrentProcess(), target, "new text", 9, &n), TRUE);
    CHECK(n == 9 && strcmp(target, "new text") == 0, "wrote %u bytes: %s", (unsigned)n, target);
    CHECK_SUCCEEDS(WriteProcessMemory(GetCurrentProcess(), target, "N", 1, NULL), TRUE);
    CHECK(strcmp(target, "New text") == 0, "wrote one byte: %s", target);
    n = 12345;
    /* Unlike ReadProcessMemory, a write of 0 bytes is refused (the write
     * first changes the protection of the range, and an empty one has none). */
    CHECK_FAILS(WriteProcessMemory(GetCurrentProcess(), target, "x", 0, &n), FALSE,
                ERROR_INVALID_PARAMETER);
    CHECK(n == 0 && target[0] == 'N', "a write of 0 bytes counted %u", (unsigned)n);

    /* A source in the never-mapped first page. */
    n = 12345;
    SetLastError(PALSUITE_SENTINEL_ERROR);
    CHECK(!WriteProcessMemory(GetCurrentProcess(), target, (const void *)16, 8, &n),
          "a write from page 0 succeeded");
    err = GetLastError();
    CHECK(err == ERROR_NOACCESS || err == ERROR_PARTIAL_COPY, "bad source: error %u", err);
    CHECK(n == 0 && strcmp(target, "New text") == 0, "bad source: %u bytes, %s", (unsigned)n,
          target);
    /* A target there: Windows says ERROR_NOACCESS or ERROR_PARTIAL_COPY, Wine
     * ERROR_ACCESS_DENIED; the PAL ERROR_NOACCESS. */
    n = 12345;
    SetLastError(PALSUITE_SENTINEL_ERROR);
    CHECK(!WriteProcessMemory(GetCurrentProcess(), (void *)16, "x", 1, &n),
          "a write to page 0 succeeded");
    err = GetLastError();
#ifdef _WIN32
    CHECK(err == ERROR_NOACCESS || err == ERROR_PARTIAL_COPY || err == ERROR_ACCESS_DENIED,
          "bad target: error %u", err);
#else
    CHECK(err == ERROR_NOACCESS, "bad target: error %u", err);
#endif
    CHECK(n == 0, "bad target: %u bytes", (unsigned)n);

    n = 12345;
    CHECK_FAILS(WriteProcessMemory(NULL, target, "x", 1, &n), FALSE, ERROR_INVALID_HANDLE);
    CHECK(n == 0, "bad handle: count %u", (unsigned)n);
    CHECK_FAILS(WriteProcessMemory((HANDLE)(ULONG_PTR)0x12340, target, "x", 1, &n), FALSE,
                ERROR_INVALID_HANDLE);
    CHECK_FAILS(WriteProcessMemory(GetCurrentThread(), target, "x", 1, &n), FALSE,
                ERROR_INVALID_HANDLE);
    event = CreateEventA(NULL, FALSE, FALSE, NULL);
    CHECK(event != NULL, "CreateEventA failed");
    CHECK_FAILS(WriteProcessMemory(event, target, "x", 1, &n), FALSE, ERROR_INVALID_HANDLE);
    CHECK_SUCCEEDS(CloseHandle(event), TRUE);
    CHECK(target[0] == 'N', "a failed write changed the target: %s", target);
    PAL_Terminate();
    return 0;
}
