/*
 * TerminateProcess: another process ends with the given code (its handle
 * and its main thread's are signalled); a process terminating itself ends
 * with its code at once.
 */
#include <palsuite.h>

static void start(const char *args, PROCESS_INFORMATION *pi)
{
    char cmd[128];
    STARTUPINFOA si;
    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    _snprintf(cmd, sizeof(cmd), "helper1 %s", args);
    CHECK(CreateProcessA(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, pi), "CreateProcessA(%s)", cmd);
}

int main(int argc, char *argv[])
{
    PROCESS_INFORMATION pi;
    HANDLE both[2];
    DWORD code = 0;

    PALSUITE_INIT(argc, argv);
    start("sleep", &pi);
    CHECK(WaitForSingleObject(pi.hProcess, 100) == WAIT_TIMEOUT, "the sleeping child ended");
    CHECK_SUCCEEDS(TerminateProcess(pi.hProcess, 42), TRUE);
    both[0] = pi.hProcess;
    both[1] = pi.hThread;
    CHECK(WaitForMultipleObjects(2, both, TRUE, 20000) == WAIT_OBJECT_0, "the child did not end");
    CHECK_SUCCEEDS(GetExitCodeProcess(pi.hProcess, &code), TRUE);
    CHECK(code == 42, "terminated child: exit code %u, expected 42", code);
    CloseHandle(pi.hThread);
    CloseHandle(pi.hProcess);

    start("terminate 13", &pi);
    CHECK(WaitForSingleObject(pi.hProcess, 20000) == WAIT_OBJECT_0, "the child did not end");
    CHECK_SUCCEEDS(GetExitCodeProcess(pi.hProcess, &code), TRUE);
    CHECK(code == 13, "self-terminated child: exit code %u, expected 13", code);
    CloseHandle(pi.hThread);
    CloseHandle(pi.hProcess);
    PAL_Terminate();
    return 0;
}
