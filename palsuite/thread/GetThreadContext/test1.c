/*
 * GetThreadContext on a suspended thread spinning in a loop: with
 * CONTEXT_CONTROL | CONTEXT_INTEGER, Rip is not 0, Rsp lies on the thread's
 * stack (near a local variable of its start routine), SegCs and SegSs are
 * set; a second call gives the same registers while the thread stays
 * suspended. Success leaves the LastError alone. NULL, an event and a closed
 * handle fail with ERROR_INVALID_HANDLE.
 */
#include <palsuite.h>

static volatile LONG stop, running;
static volatile ULONG_PTR stack_mark;

static DWORD PALAPI spin(LPVOID parameter)
{
    volatile int local = 0;
    (void)parameter;
    stack_mark = (ULONG_PTR)&local;
    running = 1;
    while (!stop)
        local++;
    return 0;
}

int main(int argc, char *argv[])
{
    HANDLE thread, event;
    CONTEXT first, second;
    int i;

    PALSUITE_INIT(argc, argv);
    thread = CreateThread(NULL, 0, spin, NULL, 0, NULL);
    CHECK(thread != NULL, "CreateThread failed");
    for (i = 0; i < 1000 && !running; i++)
        Sleep(10);
    CHECK(running, "the thread did not start");

    CHECK(SuspendThread(thread) == 0, "SuspendThread failed");
    memset(&first, 0, sizeof(first));
    first.ContextFlags = CONTEXT_CONTROL | CONTEXT_INTEGER;
    CHECK_SUCCEEDS(GetThreadContext(thread, &first), TRUE);
    CHECK(first.Rip != 0, "Rip is 0");
    /* Near the local: a leaf routine may keep it in the 128-byte red zone
     * below Rsp, or have pushed a little below it. */
    CHECK(first.Rsp != 0 && first.Rsp <= stack_mark + 4096 && first.Rsp + 64 * 1024 > stack_mark,
          "Rsp %p is not near the thread's stack (%p)", (void *)(ULONG_PTR)first.Rsp,
          (void *)stack_mark);
    CHECK(first.SegCs != 0 && first.SegSs != 0, "SegCs %x, SegSs %x", first.SegCs, first.SegSs);

    memset(&second, 0, sizeof(second));
    second.ContextFlags = CONTEXT_CONTROL | CONTEXT_INTEGER;
    CHECK_SUCCEEDS(GetThreadContext(thread, &second), TRUE);
    CHECK(second.Rip == first.Rip && second.Rsp == first.Rsp && second.Rbp == first.Rbp &&
              second.Rax == first.Rax && second.R15 == first.R15 && second.EFlags == first.EFlags,
          "the context of a suspended thread changed");

    CHECK(ResumeThread(thread) == 1, "ResumeThread failed");
    stop = 1;
    CHECK(WaitForSingleObject(thread, INFINITE) == WAIT_OBJECT_0, "wait failed");
    CHECK(CloseHandle(thread), "CloseHandle failed");

    event = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(event != NULL, "CreateEventW failed");
    first.ContextFlags = CONTEXT_CONTROL;
    CHECK_FAILS(GetThreadContext(NULL, &first), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(GetThreadContext(event, &first), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(GetThreadContext(thread, &first), FALSE, ERROR_INVALID_HANDLE);
    CloseHandle(event);
    PAL_Terminate();
    return 0;
}
