/*
 * Suspending a thread that is blocked does not end its wait early: a thread
 * waiting (INFINITE) for an event, suspended and resumed many times, is still
 * waiting, and its wait returns WAIT_OBJECT_0 once the event is set; a
 * thread in a one-hour Sleep is still sleeping after the same.
 */
#include <palsuite.h>

static HANDLE event;
static volatile LONG woke;

static DWORD PALAPI waiter(LPVOID parameter)
{
    DWORD r;
    (void)parameter;
    r = WaitForSingleObject(event, INFINITE);
    woke = 1;
    return r;
}

static DWORD PALAPI sleeper(LPVOID parameter)
{
    (void)parameter;
    Sleep(60 * 60 * 1000);
    woke = 2;
    return 0;
}

static void suspend_resume_many(HANDLE thread)
{
    int i;
    for (i = 0; i < 100; i++) {
        CHECK(SuspendThread(thread) == 0, "SuspendThread failed at round %d", i);
        CHECK(ResumeThread(thread) == 1, "ResumeThread failed at round %d", i);
    }
}

int main(int argc, char *argv[])
{
    HANDLE thread;
    DWORD code;

    PALSUITE_INIT(argc, argv);
    event = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(event != NULL, "CreateEventW failed");

    thread = CreateThread(NULL, 0, waiter, NULL, 0, NULL);
    CHECK(thread != NULL, "CreateThread failed");
    Sleep(50);
    suspend_resume_many(thread);
    Sleep(50);
    CHECK(woke == 0, "the wait ended early");
    CHECK(WaitForSingleObject(thread, 0) == WAIT_TIMEOUT, "the thread ended");
    CHECK(SetEvent(event), "SetEvent failed");
    CHECK(WaitForSingleObject(thread, INFINITE) == WAIT_OBJECT_0, "wait failed");
    CHECK(GetExitCodeThread(thread, &code) && code == WAIT_OBJECT_0, "the wait returned %u", code);
    CloseHandle(thread);

    woke = 0;
    thread = CreateThread(NULL, 0, sleeper, NULL, 0, NULL);
    CHECK(thread != NULL, "CreateThread failed");
    Sleep(50);
    suspend_resume_many(thread);
    Sleep(50);
    CHECK(woke == 0, "the sleep ended early");
    CHECK(WaitForSingleObject(thread, 0) == WAIT_TIMEOUT, "the thread ended");
    /* Left sleeping: the process ends with it. */

    CloseHandle(event);
    PAL_Terminate();
    return 0;
}
