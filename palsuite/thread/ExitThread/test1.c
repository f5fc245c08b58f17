/*
 * ExitThread ends the calling thread at once, from however deep a call, and
 * its argument becomes the thread's exit code: GetExitCodeThread reports it
 * and the thread handle is signalled. Nothing after the call runs, in the
 * function that made it or in its callers. Any DWORD is a valid code,
 * 0 and 0xffffffff included.
 */
#include <palsuite.h>

static volatile LONG after_exit;
static volatile LONG before_exit;

static void exit_here(DWORD code)
{
    before_exit++;
    ExitThread(code);
    after_exit++;
}

static void exit_one_down(DWORD code)
{
    exit_here(code);
    after_exit++; /* the callers do not resume either */
}

static void exit_two_down(DWORD code)
{
    exit_one_down(code);
    after_exit++;
}

static DWORD PALAPI nested_exit(LPVOID parameter)
{
    exit_two_down((DWORD)(ULONG_PTR)parameter);
    after_exit++;
    return 7; /* never reached: ExitThread's code wins */
}

static DWORD PALAPI direct_exit(LPVOID parameter)
{
    ExitThread((DWORD)(ULONG_PTR)parameter);
}

static void check_exit(LPTHREAD_START_ROUTINE routine, DWORD code)
{
    HANDLE thread;
    DWORD got = 0xdeadbeef;

    thread = CreateThread(NULL, 0, routine, (LPVOID)(ULONG_PTR)code, 0, NULL);
    CHECK(thread != NULL, "CreateThread failed");
    CHECK_SUCCEEDS(WaitForSingleObject(thread, INFINITE), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(GetExitCodeThread(thread, &got), TRUE);
    CHECK(got == code, "GetExitCodeThread gave %u after ExitThread(%u)", got, code);
    CHECK_SUCCEEDS(WaitForSingleObject(thread, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(CloseHandle(thread), TRUE);
}

int main(int argc, char *argv[])
{
    PALSUITE_INIT(argc, argv);

    check_exit(nested_exit, 42);
    CHECK(before_exit == 1, "the thread did not reach ExitThread");
    check_exit(nested_exit, 0);
    check_exit(nested_exit, 0xffffffffu);
    check_exit(direct_exit, 42);
    check_exit(direct_exit, 0);
    CHECK(before_exit == 3, "ExitThread was reached %d times, expected 3", (int)before_exit);
    CHECK(after_exit == 0, "code after ExitThread ran %d times", (int)after_exit);

    PAL_Terminate();
    return 0;
}
