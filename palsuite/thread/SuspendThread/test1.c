/*
 * SuspendThread on a thread spinning in a loop: it stops (its counter no
 * longer moves), each call returns the previous suspend count (0, 1, 2),
 * ResumeThread returns it too, and the thread runs again only once the
 * count is back to 0. Success leaves the LastError alone.
 */
#include <palsuite.h>

static volatile LONG counter;
static volatile LONG stop;

static DWORD PALAPI spin(LPVOID parameter)
{
    (void)parameter;
    while (!stop)
        InterlockedIncrement(&counter);
    return 7;
}

/* Waits until the counter moves; fails after about 10 s of no progress. */
static void wait_for_progress(void)
{
    LONG before = counter;
    int i;
    for (i = 0; i < 1000 && counter == before; i++)
        Sleep(10);
    CHECK(counter != before, "the thread does not run");
}

int main(int argc, char *argv[])
{
    HANDLE thread;
    LONG frozen;
    DWORD code;

    PALSUITE_INIT(argc, argv);
    thread = CreateThread(NULL, 0, spin, NULL, 0, NULL);
    CHECK(thread != NULL, "CreateThread failed");
    wait_for_progress();

    CHECK_SUCCEEDS(SuspendThread(thread), 0);
    Sleep(20); /* Windows may take a moment to stop the thread */
    frozen = counter;
    Sleep(100);
    CHECK(counter == frozen, "a suspended thread ran: %d -> %d", (int)frozen, (int)counter);

    CHECK_SUCCEEDS(SuspendThread(thread), 1);
    CHECK_SUCCEEDS(SuspendThread(thread), 2);
    CHECK_SUCCEEDS(ResumeThread(thread), 3);
    CHECK_SUCCEEDS(ResumeThread(thread), 2);
    Sleep(50);
    CHECK(counter == frozen, "a thread with suspend count 1 ran");
    CHECK(WaitForSingleObject(thread, 0) == WAIT_TIMEOUT, "the thread ended");

    CHECK_SUCCEEDS(ResumeThread(thread), 1);
    wait_for_progress();
    /* Not suspended: ResumeThread returns 0 and changes nothing. */
    CHECK_SUCCEEDS(ResumeThread(thread), 0);

    /* Again, many times over. */
    for (code = 0; code < 200; code++) {
        CHECK(SuspendThread(thread) == 0, "SuspendThread failed at round %u", code);
        CHECK(ResumeThread(thread) == 1, "ResumeThread failed at round %u", code);
    }
    wait_for_progress();

    stop = 1;
    CHECK(WaitForSingleObject(thread, INFINITE) == WAIT_OBJECT_0, "wait failed");
    CHECK(GetExitCodeThread(thread, &code) && code == 7, "exit code %u", code);
    CloseHandle(thread);
    PAL_Terminate();
    return 0;
}
