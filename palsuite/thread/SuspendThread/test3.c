/*
 * SuspendThread(GetCurrentThread()): the thread stops itself until another
 * thread resumes it, then gets 0, the count before its call.
 */
#include <palsuite.h>

static volatile LONG step;

static DWORD PALAPI self_suspender(LPVOID parameter)
{
    DWORD previous;
    (void)parameter;
    step = 1;
    previous = SuspendThread(GetCurrentThread());
    step = 2;
    return previous;
}

int main(int argc, char *argv[])
{
    HANDLE thread;
    DWORD previous = 0, code;
    int i;

    PALSUITE_INIT(argc, argv);
    thread = CreateThread(NULL, 0, self_suspender, NULL, 0, NULL);
    CHECK(thread != NULL, "CreateThread failed");

    /* ResumeThread returns 0 until the thread has suspended itself. */
    for (i = 0; i < 1000; i++) {
        previous = ResumeThread(thread);
        if (previous != 0)
            break;
        Sleep(10);
    }
    CHECK(previous == 1, "ResumeThread returned %u", previous);
    CHECK(WaitForSingleObject(thread, INFINITE) == WAIT_OBJECT_0, "wait failed");
    CHECK(step == 2, "the thread did not go on");
    CHECK(GetExitCodeThread(thread, &code) && code == 0, "SuspendThread returned %u", code);
    CloseHandle(thread);
    PAL_Terminate();
    return 0;
}
