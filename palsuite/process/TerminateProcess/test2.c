/*
 * TerminateProcess, bad input: NULL, an event, a closed process handle.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    char cmd[64];
    STARTUPINFOA si;
    PROCESS_INFORMATION pi;
    HANDLE ev;

    PALSUITE_INIT(argc, argv);
    CHECK_FAILS(TerminateProcess(NULL, 1), FALSE, ERROR_INVALID_HANDLE);
    ev = CreateEventA(NULL, TRUE, FALSE, NULL);
    CHECK(ev != NULL, "CreateEventA failed");
    CHECK_FAILS(TerminateProcess(ev, 1), FALSE, ERROR_INVALID_HANDLE);
    CloseHandle(ev);

    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    strcpy(cmd, "helper1 exit 4");
    CHECK(CreateProcessA(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi), "CreateProcessA failed");
    CHECK(WaitForSingleObject(pi.hProcess, 20000) == WAIT_OBJECT_0, "the child did not end");
    CHECK_SUCCEEDS(CloseHandle(pi.hProcess), TRUE);
    CHECK_FAILS(TerminateProcess(pi.hProcess, 1), FALSE, ERROR_INVALID_HANDLE);
    CHECK_SUCCEEDS(CloseHandle(pi.hThread), TRUE);
    PAL_Terminate();
    return 0;
}
