/*
 * CreateProcessA with CREATE_SUSPENDED: the child runs nothing of its
 * program until ResumeThread on hThread brings the suspend count (1 at
 * creation) to 0: the file it would create is not there and it has not
 * ended, also after SuspendThread/ResumeThread pairs; then it runs and ends
 * normally. On its ended main thread SuspendThread fails with
 * ERROR_ACCESS_DENIED and ResumeThread returns 0. A suspended child can be
 * terminated; and a running child's main thread counts as any thread's.
 */
#include <palsuite.h>

static void start(const char *args, DWORD flags, PROCESS_INFORMATION *pi)
{
    char cmd[256];
    STARTUPINFOA si;
    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    _snprintf(cmd, sizeof(cmd), "helper1 %s", args);
    CHECK(CreateProcessA(NULL, cmd, NULL, NULL, FALSE, flags, NULL, NULL, &si, pi),
          "CreateProcessA(%s) failed", cmd);
}

int main(int argc, char *argv[])
{
    char name[64], args[96];
    PROCESS_INFORMATION pi;
    DWORD code = 99;

    PALSUITE_INIT(argc, argv);
    _snprintf(name, sizeof(name), "suspended.%u.tmp", (unsigned)GetCurrentProcessId());
    DeleteFileA(name);
    _snprintf(args, sizeof(args), "create %s", name);
    start(args, CREATE_SUSPENDED, &pi);
    CHECK(WaitForSingleObject(pi.hProcess, 300) == WAIT_TIMEOUT, "the suspended child ended");
    CHECK(GetFileAttributesA(name) == INVALID_FILE_ATTRIBUTES, "the suspended child ran");
    CHECK_SUCCEEDS(GetExitCodeProcess(pi.hProcess, &code), TRUE);
    CHECK(code == STILL_ACTIVE, "suspended child: exit code %u", code);
    CHECK_SUCCEEDS(SuspendThread(pi.hThread), 1);
    CHECK_SUCCEEDS(SuspendThread(pi.hThread), 2);
    CHECK_SUCCEEDS(ResumeThread(pi.hThread), 3);
    CHECK_SUCCEEDS(ResumeThread(pi.hThread), 2);
    CHECK(WaitForSingleObject(pi.hProcess, 300) == WAIT_TIMEOUT, "the child ran at count 1");
    CHECK(GetFileAttributesA(name) == INVALID_FILE_ATTRIBUTES, "the child ran at count 1");
    CHECK_SUCCEEDS(ResumeThread(pi.hThread), 1);
    CHECK(WaitForSingleObject(pi.hProcess, 20000) == WAIT_OBJECT_0, "the resumed child did not end");
    CHECK(WaitForSingleObject(pi.hThread, 0) == WAIT_OBJECT_0, "its main thread is not signalled");
    CHECK_SUCCEEDS(GetExitCodeProcess(pi.hProcess, &code), TRUE);
    CHECK(code == 0, "the resumed child ended with %u", code);
    CHECK(GetFileAttributesA(name) != INVALID_FILE_ATTRIBUTES, "the resumed child made no file");
    CHECK_SUCCEEDS(ResumeThread(pi.hThread), 0);
    CHECK_FAILS(SuspendThread(pi.hThread), (DWORD)-1, ERROR_ACCESS_DENIED);
    CHECK_SUCCEEDS(CloseHandle(pi.hThread), TRUE);
    CHECK_SUCCEEDS(CloseHandle(pi.hProcess), TRUE);
    CHECK_SUCCEEDS(DeleteFileA(name), TRUE);

    /* Terminated while suspended: its code is TerminateProcess's. */
    start("exit 3", CREATE_SUSPENDED, &pi);
    CHECK_SUCCEEDS(TerminateProcess(pi.hProcess, 5), TRUE);
    CHECK(WaitForSingleObject(pi.hProcess, 20000) == WAIT_OBJECT_0, "the terminated child did not end");
    CHECK_SUCCEEDS(GetExitCodeProcess(pi.hProcess, &code), TRUE);
    CHECK(code == 5, "terminated suspended child: exit code %u", code);
    CHECK_SUCCEEDS(CloseHandle(pi.hThread), TRUE);
    CHECK_SUCCEEDS(CloseHandle(pi.hProcess), TRUE);

    /* A running child's main thread: suspended and resumed with counts. */
    start("sleep", 0, &pi);
    CHECK_SUCCEEDS(SuspendThread(pi.hThread), 0);
    CHECK_SUCCEEDS(SuspendThread(pi.hThread), 1);
    CHECK_SUCCEEDS(ResumeThread(pi.hThread), 2);
    CHECK_SUCCEEDS(ResumeThread(pi.hThread), 1);
    CHECK_SUCCEEDS(ResumeThread(pi.hThread), 0);
    CHECK_SUCCEEDS(TerminateProcess(pi.hProcess, 6), TRUE);
    CHECK(WaitForSingleObject(pi.hProcess, 20000) == WAIT_OBJECT_0, "the sleeping child did not end");
    CHECK_SUCCEEDS(GetExitCodeProcess(pi.hProcess, &code), TRUE);
    CHECK(code == 6, "terminated child: exit code %u", code);
    CHECK_SUCCEEDS(CloseHandle(pi.hThread), TRUE);
    CHECK_SUCCEEDS(CloseHandle(pi.hProcess), TRUE);
    PAL_Terminate();
    return 0;
}
