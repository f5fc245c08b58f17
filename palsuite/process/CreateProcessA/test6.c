/*
 * CreateProcessA and handle inheritance: with bInheritHandles, a handle
 * created inheritable (SECURITY_ATTRIBUTES.bInheritHandle: a pipe end, a
 * file) or duplicated as inheritable is valid in the child at the same value
 * (given on its command line): it writes through it. A handle that is not
 * inheritable is not valid there (ERROR_INVALID_HANDLE), nor is an
 * inheritable one when bInheritHandles is FALSE.
 */
#include <palsuite.h>

/* Runs "helper1 inherit <h>" and returns its exit code: 0 it wrote through
 * h, 2 h was not a valid handle in it. */
static DWORD run_child(HANDLE h, BOOL inherit_handles)
{
    char cmd[64];
    STARTUPINFOA si;
    PROCESS_INFORMATION pi;
    DWORD code = 99;
    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    _snprintf(cmd, sizeof(cmd), "helper1 inherit %lx", (unsigned long)(ULONG_PTR)h);
    CHECK(CreateProcessA(NULL, cmd, NULL, NULL, inherit_handles, 0, NULL, NULL, &si, &pi),
          "CreateProcessA(%s) failed", cmd);
    CHECK(WaitForSingleObject(pi.hProcess, 20000) == WAIT_OBJECT_0, "the child did not end");
    CHECK(GetExitCodeProcess(pi.hProcess, &code), "GetExitCodeProcess failed");
    CloseHandle(pi.hThread);
    CloseHandle(pi.hProcess);
    return code;
}

/* A pipe whose write end is `w` (inheritable or not) goes to a child. Then
 * `w` is closed, and the read end finds what the child wrote, or nothing
 * (ERROR_BROKEN_PIPE: the child held no copy of the write end). */
static void check_pipe(BOOL inheritable, BOOL duplicate, BOOL inherit_handles, DWORD expected)
{
    SECURITY_ATTRIBUTES sa;
    HANDLE r, w, dup;
    char buf[16];
    DWORD n = 0, code;
    sa.nLength = sizeof(sa);
    sa.lpSecurityDescriptor = NULL;
    sa.bInheritHandle = inheritable;
    CHECK(CreatePipe(&r, &w, &sa, 0), "CreatePipe failed");
    if (duplicate) {
        /* The duplicate's own flag decides, not the source's. */
        CHECK(DuplicateHandle(GetCurrentProcess(), w, GetCurrentProcess(), &dup, 0, TRUE,
                              DUPLICATE_SAME_ACCESS | DUPLICATE_CLOSE_SOURCE),
              "DuplicateHandle failed");
        w = dup;
    }
    code = run_child(w, inherit_handles);
    CHECK(code == expected, "inheritable %d, duplicated %d, bInheritHandles %d: child exit %u, expected %u",
          inheritable, duplicate, inherit_handles, code, expected);
    CHECK_SUCCEEDS(CloseHandle(w), TRUE);
    memset(buf, 0, sizeof(buf));
    if (expected == 0) {
        CHECK(ReadFile(r, buf, sizeof(buf), &n, NULL) && n == 9 && memcmp(buf, "inherited", 9) == 0,
              "read %u bytes [%s] from the pipe", n, buf);
    } else {
        CHECK_FAILS(ReadFile(r, buf, sizeof(buf), &n, NULL), FALSE, ERROR_BROKEN_PIPE);
    }
    CHECK_SUCCEEDS(CloseHandle(r), TRUE);
}

int main(int argc, char *argv[])
{
    SECURITY_ATTRIBUTES sa;
    char name[64], buf[16];
    HANDLE f;
    DWORD n = 0;

    PALSUITE_INIT(argc, argv);
    check_pipe(TRUE, FALSE, TRUE, 0);
    check_pipe(FALSE, FALSE, TRUE, 2);
    check_pipe(TRUE, FALSE, FALSE, 2);
    check_pipe(FALSE, FALSE, FALSE, 2);
    check_pipe(FALSE, TRUE, TRUE, 0);
    check_pipe(FALSE, TRUE, FALSE, 2);

    /* A file handle: the child writes at the file pointer we share. */
    _snprintf(name, sizeof(name), "inherit.%u.tmp", (unsigned)GetCurrentProcessId());
    sa.nLength = sizeof(sa);
    sa.lpSecurityDescriptor = NULL;
    sa.bInheritHandle = TRUE;
    f = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, 0, &sa, CREATE_ALWAYS, 0, NULL);
    CHECK(f != INVALID_HANDLE_VALUE, "CreateFileA(%s) failed", name);
    CHECK(run_child(f, TRUE) == 0, "the child could not write to the inherited file");
    CHECK(GetFileSize(f, NULL) == 9, "the file has %u bytes", GetFileSize(f, NULL));
    CHECK(SetFilePointer(f, 0, NULL, FILE_CURRENT) == 9, "the shared file pointer did not move");
    CHECK(SetFilePointer(f, 0, NULL, FILE_BEGIN) == 0, "SetFilePointer failed");
    memset(buf, 0, sizeof(buf));
    CHECK(ReadFile(f, buf, sizeof(buf), &n, NULL) && n == 9 && memcmp(buf, "inherited", 9) == 0,
          "the file holds [%s]", buf);
    CHECK(run_child(f, FALSE) == 2, "the file reached a child without bInheritHandles");
    CHECK_SUCCEEDS(CloseHandle(f), TRUE);
    CHECK_SUCCEEDS(DeleteFileA(name), TRUE);
    PAL_Terminate();
    return 0;
}
