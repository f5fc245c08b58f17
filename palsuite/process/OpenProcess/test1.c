/*
 * OpenProcess: a handle to a child by its id reaches the same process (it
 * can terminate it, it is signalled when it ends, it reads the same exit
 * code, also after the CreateProcess handle is closed); a handle to the
 * current process by its id is never signalled and reads STILL_ACTIVE.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    char cmd[64];
    STARTUPINFOA si;
    PROCESS_INFORMATION pi;
    HANDLE h, self;
    DWORD code = 0;

    PALSUITE_INIT(argc, argv);
    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    strcpy(cmd, "helper1 sleep");
    CHECK(CreateProcessA(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi), "CreateProcessA failed");
    h = OpenProcess(PROCESS_ALL_ACCESS, FALSE, pi.dwProcessId);
    CHECK(h != NULL, "OpenProcess(child %u) failed", pi.dwProcessId);
    CHECK(h != pi.hProcess, "OpenProcess returned the same handle");
    CHECK_SUCCEEDS(GetExitCodeProcess(h, &code), TRUE);
    CHECK(code == STILL_ACTIVE, "running child: %u", code);
    CHECK_SUCCEEDS(TerminateProcess(h, 21), TRUE);
    CHECK(WaitForSingleObject(pi.hProcess, 20000) == WAIT_OBJECT_0, "the child did not end");
    CHECK(WaitForSingleObject(h, 0) == WAIT_OBJECT_0, "the opened handle is not signalled");
    CHECK_SUCCEEDS(CloseHandle(pi.hProcess), TRUE);
    CHECK_SUCCEEDS(CloseHandle(pi.hThread), TRUE);
    CHECK_SUCCEEDS(GetExitCodeProcess(h, &code), TRUE);
    CHECK(code == 21, "exit code through the opened handle: %u, expected 21", code);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    self = OpenProcess(PROCESS_ALL_ACCESS, FALSE, GetCurrentProcessId());
    CHECK(self != NULL, "OpenProcess(current process) failed");
    CHECK(WaitForSingleObject(self, 0) == WAIT_TIMEOUT, "the current process is signalled");
    CHECK_SUCCEEDS(GetExitCodeProcess(self, &code), TRUE);
    CHECK(code == STILL_ACTIVE, "current process: %u", code);
    CHECK_SUCCEEDS(CloseHandle(self), TRUE);
    PAL_Terminate();
    return 0;
}
