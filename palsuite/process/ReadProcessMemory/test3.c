/*
 * ReadProcessMemory on a child: the helper prints the address of a buffer
 * of its own; we read the buffer's text through the process handle, and a
 * read does not change it (the helper exits 2: unchanged); a bad address in
 * the child fails with nothing read.
 *
 * Linux allows it only when we may ptrace the child (yama's ptrace_scope up
 * to 1 allows a parent): if the kernel refuses (ERROR_ACCESS_DENIED), the
 * test says so and passes.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    HANDLE to_child, from_child, child;
    char line[64], buf[64];
    void *address = NULL;
    SIZE_T n = 0;
    DWORD written;
    BOOL ok;

    PALSUITE_INIT(argc, argv);
    child = palsuite_spawn_piped("helper1", "memory", &to_child, &from_child);
    palsuite_read_line(from_child, line, sizeof(line));
    CHECK(sscanf(line, "%p", &address) == 1 && address != NULL, "bad address line [%s]", line);
    memset(buf, 0, sizeof(buf));
    SetLastError(PALSUITE_SENTINEL_ERROR);
    ok = ReadProcessMemory(child, address, buf, sizeof("the helper's buffer"), &n);
#ifndef _WIN32
    if (!ok && GetLastError() == ERROR_ACCESS_DENIED) {
        Trace("SKIP: the kernel does not let us read a child's memory (ptrace_scope)\n");
        TerminateProcess(child, 1);
        PAL_Terminate();
        return 0;
    }
#endif
    CHECK(ok, "ReadProcessMemory(child, %p) failed", address);
    CHECK(n == sizeof("the helper's buffer") && strcmp(buf, "the helper's buffer") == 0,
          "read %u bytes: [%s]", (unsigned)n, buf);
    n = 12345;
    CHECK(!ReadProcessMemory(child, (const void *)16, buf, 16, &n), "read the child's page 0");
    CHECK(GetLastError() == ERROR_NOACCESS || GetLastError() == ERROR_PARTIAL_COPY,
          "bad address in the child: error %u", GetLastError());
    CHECK(n == 0, "bad address in the child: %u bytes", (unsigned)n);
    CHECK_SUCCEEDS(WriteFile(to_child, "x", 1, &written, NULL), TRUE);
    CHECK(palsuite_join(child) == 2, "the helper's buffer changed");
    CloseHandle(to_child);
    CloseHandle(from_child);
    PAL_Terminate();
    return 0;
}
