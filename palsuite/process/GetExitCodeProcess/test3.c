/*
 * GetExitCodeProcess, native only: Linux exit statuses are 8 bits; the PAL
 * sign-extends them (spec GetExitCodeProcess), so exit(200) reads -56 and
 * exit(255) -1 (what ExitProcess(-1) leaves); a child killed by a signal
 * reads 128 + the signal (9: 137) when TerminateProcess did not kill it.
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
    CHECK((code = run("exit 200")) == (DWORD)-56, "exit 200 gave %#x", code);
    CHECK((code = run("exit 255")) == (DWORD)-1, "exit 255 gave %#x", code);
    CHECK((code = run("exit 128")) == (DWORD)-128, "exit 128 gave %#x", code);
    CHECK((code = run("terminate 0")) == 0, "TerminateProcess(self, 0) gave %#x", code);
    PAL_Terminate();
    return 0;
}
