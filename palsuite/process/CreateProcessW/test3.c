/*
 * CreateProcessW with CREATE_SUSPENDED and bInheritHandles together: the
 * suspended child has not written through the inheritable file handle it
 * is given (the file stays empty) until ResumeThread; then it writes at the
 * file pointer we share and ends with 0. Bad input: a missing program fails
 * CreateProcessW itself, suspended or not; ResumeThread and SuspendThread on
 * a handle that is not a thread fail with ERROR_INVALID_HANDLE.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    WCHAR missing[] = u"palsuite_no_such_program_9f3a arg";
    WCHAR cmd[64];
    char name[64], line[64];
    SECURITY_ATTRIBUTES sa;
    STARTUPINFOW si;
    PROCESS_INFORMATION pi;
    HANDLE f;
    DWORD code = 99;
    int i;

    PALSUITE_INIT(argc, argv);
    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    _snprintf(name, sizeof(name), "suspendedw.%u.tmp", (unsigned)GetCurrentProcessId());
    sa.nLength = sizeof(sa);
    sa.lpSecurityDescriptor = NULL;
    sa.bInheritHandle = TRUE;
    f = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, 0, &sa, CREATE_ALWAYS, 0, NULL);
    CHECK(f != INVALID_HANDLE_VALUE, "CreateFileA(%s) failed", name);
    _snprintf(line, sizeof(line), "helper1 inherit %lx", (unsigned long)(ULONG_PTR)f);
    for (i = 0; line[i]; i++)
        cmd[i] = (WCHAR)line[i];
    cmd[i] = 0;
    CHECK(CreateProcessW(NULL, cmd, NULL, NULL, TRUE, CREATE_SUSPENDED, NULL, NULL, &si, &pi),
          "CreateProcessW(%s) failed", line);
    CHECK(WaitForSingleObject(pi.hProcess, 300) == WAIT_TIMEOUT, "the suspended child ended");
    CHECK(GetFileSize(f, NULL) == 0, "the suspended child wrote %u bytes", GetFileSize(f, NULL));
    CHECK_SUCCEEDS(ResumeThread(pi.hThread), 1);
    CHECK(WaitForSingleObject(pi.hProcess, 20000) == WAIT_OBJECT_0, "the resumed child did not end");
    CHECK_SUCCEEDS(GetExitCodeProcess(pi.hProcess, &code), TRUE);
    CHECK(code == 0, "the child could not write through the inherited handle: exit %u", code);
    CHECK(GetFileSize(f, NULL) == 9, "the file has %u bytes", GetFileSize(f, NULL));
    CHECK_SUCCEEDS(CloseHandle(pi.hThread), TRUE);
    CHECK_SUCCEEDS(CloseHandle(pi.hProcess), TRUE);
    CHECK_SUCCEEDS(CloseHandle(f), TRUE);
    CHECK_SUCCEEDS(DeleteFileA(name), TRUE);

    CHECK_FAILS(CreateProcessW(NULL, missing, NULL, NULL, TRUE, CREATE_SUSPENDED, NULL, NULL, &si, &pi),
                FALSE, ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(ResumeThread(NULL), (DWORD)-1, ERROR_INVALID_HANDLE);
    CHECK_FAILS(SuspendThread(NULL), (DWORD)-1, ERROR_INVALID_HANDLE);
    CHECK_FAILS(ResumeThread(GetCurrentProcess()), (DWORD)-1, ERROR_INVALID_HANDLE);
    PAL_Terminate();
    return 0;
}
