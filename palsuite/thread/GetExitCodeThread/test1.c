/*
 * GetExitCodeThread: STILL_ACTIVE (259) while the thread runs (here, blocked
 * on an event), also for GetCurrentThread(); the start routine's return value
 * once it has ended, on every call. Success leaves the LastError alone, and
 * a NULL lpExitCode is accepted (the call succeeds, as on Windows). NULL,
 * made-up and closed handles, and handles to objects that are not threads
 * (an event, the current process), fail with ERROR_INVALID_HANDLE and leave
 * *lpExitCode alone.
 */
#include <palsuite.h>

static HANDLE go_event;

static DWORD PALAPI wait_then_return(LPVOID parameter)
{
    if (WaitForSingleObject(go_event, INFINITE) != WAIT_OBJECT_0)
        return 1;
    return (DWORD)(ULONG_PTR)parameter;
}

#define CHECK_BAD_HANDLE(h)                                                                       \
    do {                                                                                          \
        code = 0x12345678;                                                                        \
        CHECK_FAILS(GetExitCodeThread((h), &code), FALSE, ERROR_INVALID_HANDLE);                  \
        CHECK(code == 0x12345678, "a failing call wrote %u", code);                               \
        CHECK_FAILS(GetExitCodeThread((h), NULL), FALSE, ERROR_INVALID_HANDLE);                   \
    } while (0)

int main(int argc, char *argv[])
{
    HANDLE thread;
    DWORD code;

    PALSUITE_INIT(argc, argv);
    CHECK(STILL_ACTIVE == 259, "STILL_ACTIVE is %u", (DWORD)STILL_ACTIVE);

    go_event = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(go_event != NULL, "CreateEventW failed");
    thread = CreateThread(NULL, 0, wait_then_return, (LPVOID)(ULONG_PTR)1234, 0, NULL);
    CHECK(thread != NULL, "CreateThread failed");

    /* Running. */
    code = 0;
    CHECK_SUCCEEDS(GetExitCodeThread(thread, &code), TRUE);
    CHECK(code == STILL_ACTIVE, "a running thread's exit code is %u", code);
    CHECK_SUCCEEDS(GetExitCodeThread(thread, NULL), TRUE);
    code = 0;
    CHECK_SUCCEEDS(GetExitCodeThread(GetCurrentThread(), &code), TRUE);
    CHECK(code == STILL_ACTIVE, "the current thread's exit code is %u", code);
    CHECK_SUCCEEDS(GetExitCodeThread(GetCurrentThread(), NULL), TRUE);

    /* Ended. */
    CHECK_SUCCEEDS(SetEvent(go_event), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(thread, INFINITE), WAIT_OBJECT_0);
    code = 0;
    CHECK_SUCCEEDS(GetExitCodeThread(thread, &code), TRUE);
    CHECK(code == 1234, "exit code %u, expected 1234", code);
    code = 0;
    CHECK_SUCCEEDS(GetExitCodeThread(thread, &code), TRUE);
    CHECK(code == 1234, "exit code %u on the second call", code);
    CHECK_SUCCEEDS(GetExitCodeThread(thread, NULL), TRUE);

    /* Not a thread. */
    CHECK_BAD_HANDLE(go_event);
    CHECK_BAD_HANDLE(GetCurrentProcess());
    CHECK_BAD_HANDLE(NULL);
    CHECK_BAD_HANDLE((HANDLE)0x12344);

    /* Closed. Windows reuses handle values at once: check before creating anything. */
    CHECK_SUCCEEDS(CloseHandle(thread), TRUE);
    CHECK_BAD_HANDLE(thread);
    CHECK_SUCCEEDS(CloseHandle(go_event), TRUE);

    PAL_Terminate();
    return 0;
}
