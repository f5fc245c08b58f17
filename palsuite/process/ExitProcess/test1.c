/*
 * ExitProcess: a child that calls it ends at once with its code, which its
 * parent reads with GetExitCodeProcess.
 */
#include <palsuite.h>

static DWORD run(const char *args)
{
    char cmd[128];
    STARTUPINFOA si;
    PROCESS_INFORMATION pi;
    DWORD code = 12345;
    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    _snprintf(cmd, sizeof(cmd), "helper1 %s", args);
    CHECK(CreateProcessA(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi), "CreateProcessA(%s)", cmd);
    CHECK(WaitForSingleObject(pi.hProcess, 20000) == WAIT_OBJECT_0, "the child did not end");
    CHECK_SUCCEEDS(GetExitCodeProcess(pi.hProcess, &code), TRUE);
    CloseHandle(pi.hThread);
    CloseHandle(pi.hProcess);
    return code;
}

int main(int argc, char *argv[])
{
    DWORD code;
    PALSUITE_INIT(argc, argv);
    CHECK((code = run("exitprocess 0")) == 0, "ExitProcess(0) gave %u", code);
    CHECK((code = run("exitprocess 33")) == 33, "ExitProcess(33) gave %u", code);
    CHECK((code = run("exitprocess 127")) == 127, "ExitProcess(127) gave %u", code);
    PAL_Terminate();
    return 0;
}
