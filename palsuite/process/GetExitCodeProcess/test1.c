/*
 * GetExitCodeProcess: STILL_ACTIVE while a child runs and for the current
 * process; the child's code once it ended (0, 1, 127); a NULL lpExitCode is
 * accepted.
 */
#include <palsuite.h>

static HANDLE start(const char *args)
{
    char cmd[128];
    STARTUPINFOA si;
    PROCESS_INFORMATION pi;
    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    _snprintf(cmd, sizeof(cmd), "helper1 %s", args);
    CHECK(CreateProcessA(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi), "CreateProcessA(%s)", cmd);
    CloseHandle(pi.hThread);
    return pi.hProcess;
}

static DWORD finish(HANDLE h)
{
    DWORD code = 12345;
    CHECK(WaitForSingleObject(h, 20000) == WAIT_OBJECT_0, "the child did not end");
    CHECK_SUCCEEDS(GetExitCodeProcess(h, &code), TRUE);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);
    return code;
}

int main(int argc, char *argv[])
{
    HANDLE h;
    DWORD code = 0;

    PALSUITE_INIT(argc, argv);
    CHECK_SUCCEEDS(GetExitCodeProcess(GetCurrentProcess(), &code), TRUE);
    CHECK(code == STILL_ACTIVE, "current process: %u, expected STILL_ACTIVE", code);

    h = start("sleep");
    code = 0;
    CHECK_SUCCEEDS(GetExitCodeProcess(h, &code), TRUE);
    CHECK(code == STILL_ACTIVE, "running child: %u, expected STILL_ACTIVE", code);
    CHECK(WaitForSingleObject(h, 0) == WAIT_TIMEOUT, "a running child is signalled");
    CHECK_SUCCEEDS(GetExitCodeProcess(h, NULL), TRUE);
    CHECK_SUCCEEDS(TerminateProcess(h, 1), TRUE);
    CHECK((code = finish(h)) == 1, "terminated child: %u, expected 1", code);

    CHECK((code = finish(start("exit 0"))) == 0, "exit 0 gave %u", code);
    CHECK((code = finish(start("exit 1"))) == 1, "exit 1 gave %u", code);
    CHECK((code = finish(start("exit 127"))) == 127, "exit 127 gave %u", code);
    PAL_Terminate();
    return 0;
}
