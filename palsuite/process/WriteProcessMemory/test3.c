/*
 * WriteProcessMemory on a child: the helper prints the address of a buffer
 * of its own; we write new text there through the process handle and the
 * helper finds it (it exits 0).
 *
 * Linux allows it only when we may ptrace the child (yama's ptrace_scope up
 * to 1 allows a parent): if the kernel refuses (ERROR_ACCESS_DENIED), the
 * test says so and passes.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    static const char text[] = "written by the test";
    HANDLE to_child, from_child, child;
    char line[64];
    void *address = NULL;
    SIZE_T n = 0;
    DWORD written;
    BOOL ok;

    PALSUITE_INIT(argc, argv);
    child = palsuite_spawn_piped("helper1", "memory", &to_child, &from_child);
    palsuite_read_line(from_child, line, sizeof(line));
    CHECK(sscanf(line, "%p", &address) == 1 && address != NULL, "bad address line [%s]", line);
    SetLastError(PALSUITE_SENTINEL_ERROR);
    ok = WriteProcessMemory(child, address, text, sizeof(text), &n);
#ifndef _WIN32
    if (!ok && GetLastError() == ERROR_ACCESS_DENIED) {
        Trace("SKIP: the kernel does not let us write a child's memory (ptrace_scope)\n");
        TerminateProcess(child, 1);
        PAL_Terminate();
        return 0;
    }
#endif
    CHECK(ok, "WriteProcessMemory(child, %p) failed", address);
    CHECK(n == sizeof(text), "wrote %u bytes", (unsigned)n);
    CHECK_SUCCEEDS(WriteFile(to_child, "x", 1, &written, NULL), TRUE);
    CHECK(palsuite_join(child) == 0, "the helper did not find the text written");
    CloseHandle(to_child);
    CloseHandle(from_child);
    PAL_Terminate();
    return 0;
}
