/*
 * GetProcessTimes: the current process has a creation time, no exit time,
 * and user time once it burned some CPU; a child that ended has an exit time
 * not before its creation time.
 */
#include <palsuite.h>

static ULONGLONG ticks(const FILETIME *ft) { return ((ULONGLONG)ft->dwHighDateTime << 32) | ft->dwLowDateTime; }

int main(int argc, char *argv[])
{
    FILETIME created, exited, kernel, user;
    char cmd[64];
    STARTUPINFOA si;
    PROCESS_INFORMATION pi;
    volatile double x = 1.0;
    int i, round;

    PALSUITE_INIT(argc, argv);
    /* Burn CPU until the user time moves (clock ticks are 10 ms). */
    for (round = 0; round < 100; round++) {
        for (i = 0; i < 2000000; i++)
            x = x * 1.0000001 + 0.5;
        CHECK_SUCCEEDS(GetProcessTimes(GetCurrentProcess(), &created, &exited, &kernel, &user), TRUE);
        if (ticks(&user) > 0)
            break;
    }
    CHECK(ticks(&user) > 0, "no user time after burning CPU");
    CHECK(ticks(&created) > 116444736000000000ull, "creation time before 1970: %I64u", ticks(&created));
    CHECK(ticks(&exited) == 0, "the running process has an exit time");

    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    strcpy(cmd, "helper1 exit 0");
    CHECK(CreateProcessA(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi), "CreateProcessA failed");
    CHECK(WaitForSingleObject(pi.hProcess, 20000) == WAIT_OBJECT_0, "the child did not end");
    CHECK_SUCCEEDS(GetProcessTimes(pi.hProcess, &created, &exited, &kernel, &user), TRUE);
    CHECK(ticks(&created) > 116444736000000000ull, "child creation time before 1970");
    CHECK(ticks(&exited) >= ticks(&created), "child exit time before its creation time");
    CloseHandle(pi.hThread);
    CloseHandle(pi.hProcess);
    PAL_Terminate();
    return 0;
}
