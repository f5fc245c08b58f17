/*
 * CreateThread, unusual and bad input. lpThreadId may be NULL; non-NULL
 * lpThreadAttributes is accepted; STACK_SIZE_PARAM_IS_A_RESERVATION is a
 * valid flag, with a small stack as with a large one; a dwStackSize no
 * address space can hold fails with ERROR_NOT_ENOUGH_MEMORY, with or without
 * that flag, and creates no handle.
 *
 * Not tested here: a NULL (or otherwise invalid) lpStartAddress. Windows does
 * not check it: CreateThread succeeds and the new thread faults, which ends
 * the process (MSDN, and Wine does the same), so no test program can survive
 * it. tests/unit/check_thread.c checks that natively.
 */
#include <palsuite.h>

static volatile LONG ran;

static DWORD PALAPI count_run(LPVOID parameter)
{
    ran++;
    return (DWORD)(ULONG_PTR)parameter;
}

/* Runs count_run in a thread created with these arguments and checks it ran
 * and returned `parameter`. */
static void run_one(LPSECURITY_ATTRIBUTES attributes, SIZE_T stack_size, DWORD flags,
                    LPDWORD thread_id, DWORD parameter)
{
    HANDLE thread;
    DWORD code;
    LONG before = ran;

    thread = CreateThread(attributes, stack_size, count_run, (LPVOID)(ULONG_PTR)parameter, flags,
                          thread_id);
    CHECK(thread != NULL, "CreateThread(stack %u, flags %#x) failed", (DWORD)stack_size, flags);
    CHECK_SUCCEEDS(WaitForSingleObject(thread, INFINITE), WAIT_OBJECT_0);
    CHECK(ran == before + 1, "the thread did not run (flags %#x)", flags);
    CHECK_SUCCEEDS(GetExitCodeThread(thread, &code), TRUE);
    CHECK(code == parameter, "exit code %u, expected %u", code, parameter);
    CHECK_SUCCEEDS(CloseHandle(thread), TRUE);
}

int main(int argc, char *argv[])
{
    SECURITY_ATTRIBUTES attributes;
    DWORD id = 0;
    /* Beyond the 47-bit user address space of x86-64. */
    SIZE_T too_big = (SIZE_T)1 << 47;

    PALSUITE_INIT(argc, argv);

    /* lpThreadId is optional. */
    run_one(NULL, 0, 0, NULL, 1);
    run_one(NULL, 0, 0, &id, 2);
    CHECK(id != 0 && id != GetCurrentThreadId(), "bad thread id %u", id);

    /* Security attributes are accepted (the spec's callers pass NULL). */
    attributes.nLength = sizeof(attributes);
    attributes.lpSecurityDescriptor = NULL;
    attributes.bInheritHandle = FALSE;
    run_one(&attributes, 0, 0, NULL, 3);

    /* Stack sizes below a page, odd sizes, reservations. */
    run_one(NULL, 1, 0, NULL, 4);
    run_one(NULL, 4097, 0, NULL, 5);
    run_one(NULL, 64 * 1024, STACK_SIZE_PARAM_IS_A_RESERVATION, NULL, 6);
    run_one(NULL, 4 * 1024 * 1024, STACK_SIZE_PARAM_IS_A_RESERVATION, NULL, 7);
    run_one(NULL, 0, STACK_SIZE_PARAM_IS_A_RESERVATION, NULL, 8);

    /* A stack that cannot exist. */
    id = 12345;
    CHECK_FAILS(CreateThread(NULL, too_big, count_run, NULL, 0, &id), NULL, ERROR_NOT_ENOUGH_MEMORY);
    CHECK_FAILS(CreateThread(NULL, too_big, count_run, NULL, STACK_SIZE_PARAM_IS_A_RESERVATION, &id),
                NULL, ERROR_NOT_ENOUGH_MEMORY);
    CHECK(ran == 8, "%d threads ran, expected 8", (int)ran);

    PAL_Terminate();
    return 0;
}
