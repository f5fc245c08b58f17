/*
 * GetThreadContext beyond a thread suspended by SuspendThread: on the
 * current thread (GetCurrentThread()), Rsp lies near a local variable; on a
 * thread created with CREATE_SUSPENDED it succeeds before the thread ever
 * ran, with Rip and Rsp set; on a thread that runs, it succeeds too (the
 * registers of some moment). CONTEXT_FLOATING_POINT gives the MXCSR, whose
 * exception masks are all set in a thread of a Win32 program.
 */
#include <palsuite.h>

static volatile LONG stop, running;

static DWORD PALAPI spin(LPVOID parameter)
{
    (void)parameter;
    running = 1;
    while (!stop)
        ;
    return 0;
}

int main(int argc, char *argv[])
{
    HANDLE thread;
    CONTEXT ctx;
    volatile int local = 0;
    int i;

    PALSUITE_INIT(argc, argv);

    memset(&ctx, 0, sizeof(ctx));
    ctx.ContextFlags = CONTEXT_CONTROL | CONTEXT_INTEGER | CONTEXT_FLOATING_POINT;
    CHECK_SUCCEEDS(GetThreadContext(GetCurrentThread(), &ctx), TRUE);
    CHECK(ctx.Rip != 0, "Rip is 0");
    CHECK(ctx.Rsp < (ULONG_PTR)&local && ctx.Rsp + 64 * 1024 > (ULONG_PTR)&local,
          "Rsp %p is not near a local (%p)", (void *)(ULONG_PTR)ctx.Rsp, (void *)&local);
    CHECK((ctx.MxCsr & 0x1f80) == 0x1f80, "MXCSR %#x: exceptions unmasked", ctx.MxCsr);

    thread = CreateThread(NULL, 0, spin, NULL, CREATE_SUSPENDED, NULL);
    CHECK(thread != NULL, "CreateThread failed");
    memset(&ctx, 0, sizeof(ctx));
    ctx.ContextFlags = CONTEXT_CONTROL | CONTEXT_INTEGER;
    CHECK_SUCCEEDS(GetThreadContext(thread, &ctx), TRUE);
    CHECK(ctx.Rip != 0 && ctx.Rsp != 0, "Rip %p, Rsp %p", (void *)(ULONG_PTR)ctx.Rip,
          (void *)(ULONG_PTR)ctx.Rsp);
    CHECK(running == 0, "a thread created suspended ran");
    CHECK(ResumeThread(thread) == 1, "ResumeThread failed");
    for (i = 0; i < 1000 && !running; i++)
        Sleep(10);
    CHECK(running, "the thread did not start");

    memset(&ctx, 0, sizeof(ctx));
    ctx.ContextFlags = CONTEXT_CONTROL;
    CHECK_SUCCEEDS(GetThreadContext(thread, &ctx), TRUE);
    CHECK(ctx.Rip != 0 && ctx.Rsp != 0, "a running thread's Rip %p, Rsp %p",
          (void *)(ULONG_PTR)ctx.Rip, (void *)(ULONG_PTR)ctx.Rsp);
    /* Still running: the call did not leave it suspended. */
    CHECK(SuspendThread(thread) == 0, "the thread was left suspended");
    CHECK(ResumeThread(thread) == 1, "ResumeThread failed");

    stop = 1;
    CHECK(WaitForSingleObject(thread, INFINITE) == WAIT_OBJECT_0, "wait failed");
    CloseHandle(thread);
    PAL_Terminate();
    return 0;
}
