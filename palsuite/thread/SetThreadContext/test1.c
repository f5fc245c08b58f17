/*
 * SetThreadContext redirects a suspended thread: the thread spins in a loop;
 * with it suspended, its context gets Rip = a function of ours, a fresh
 * aligned Rsp below its stack pointer (with a 0 return address: the function
 * never returns) and the function's argument in both argument registers of
 * the two x64 calling conventions (Rcx for Windows, Rdi for System V). Once
 * resumed, the thread runs that function, which ends it with ExitThread.
 * Success leaves the LastError alone; bad handles fail with
 * ERROR_INVALID_HANDLE.
 */
#include <palsuite.h>

static volatile LONG stop, running, redirected;

static DWORD PALAPI spin(LPVOID parameter)
{
    (void)parameter;
    running = 1;
    while (!stop)
        ;
    return 1;
}

static void PALAPI landing(ULONG_PTR value)
{
    redirected = (LONG)value;
    ExitThread((DWORD)value + 1);
}

int main(int argc, char *argv[])
{
    HANDLE thread, event;
    CONTEXT ctx;
    DWORD64 rsp;
    DWORD code;
    int i;

    PALSUITE_INIT(argc, argv);
    thread = CreateThread(NULL, 0, spin, NULL, 0, NULL);
    CHECK(thread != NULL, "CreateThread failed");
    for (i = 0; i < 1000 && !running; i++)
        Sleep(10);
    CHECK(running, "the thread did not start");

    CHECK(SuspendThread(thread) == 0, "SuspendThread failed");
    memset(&ctx, 0, sizeof(ctx));
    ctx.ContextFlags = CONTEXT_CONTROL | CONTEXT_INTEGER;
    CHECK(GetThreadContext(thread, &ctx), "GetThreadContext failed");
    /* Below the red zone, 16-byte aligned, then a return address as a call
     * would push (0: nowhere to return to). */
    rsp = ((ctx.Rsp - 1024) & ~(DWORD64)15) - 8;
    *(DWORD64 *)(ULONG_PTR)rsp = 0;
    ctx.Rsp = rsp;
    ctx.Rip = (DWORD64)(ULONG_PTR)landing;
    ctx.Rcx = ctx.Rdi = 41;
    ctx.ContextFlags = CONTEXT_CONTROL | CONTEXT_INTEGER;
    CHECK_SUCCEEDS(SetThreadContext(thread, &ctx), TRUE);
    CHECK(redirected == 0, "the thread ran while suspended");

    CHECK(ResumeThread(thread) == 1, "ResumeThread failed");
    CHECK(WaitForSingleObject(thread, INFINITE) == WAIT_OBJECT_0, "wait failed");
    CHECK(redirected == 41, "redirected is %d", (int)redirected);
    CHECK(GetExitCodeThread(thread, &code) && code == 42, "exit code %u", code);
    CHECK(CloseHandle(thread), "CloseHandle failed");

    event = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(event != NULL, "CreateEventW failed");
    CHECK_FAILS(SetThreadContext(NULL, &ctx), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(SetThreadContext(event, &ctx), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(SetThreadContext(thread, &ctx), FALSE, ERROR_INVALID_HANDLE);
    CloseHandle(event);
    stop = 1;
    PAL_Terminate();
    return 0;
}
