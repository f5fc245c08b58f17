/*
 * SetThreadPriority, bad input: a value that is not a priority of a normal
 * priority class (3, -3, 6, -7, 14, -14, 16, -16, THREAD_PRIORITY_ERROR_RETURN)
 * fails with ERROR_INVALID_PARAMETER and changes nothing; NULL, an event, a
 * closed handle fail with ERROR_INVALID_HANDLE. A thread that has ended
 * still takes a priority and reports it.
 */
#include <palsuite.h>

static DWORD PALAPI quick(LPVOID parameter)
{
    (void)parameter;
    return 0;
}

int main(int argc, char *argv[])
{
    static const int bad[] = {3, -3, 6, -7, 14, -14, 16, -16, THREAD_PRIORITY_ERROR_RETURN, -1000};
    HANDLE thread, event;
    DWORD i;

    PALSUITE_INIT(argc, argv);
    CHECK(SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_ABOVE_NORMAL), "set failed");
    for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        CHECK_FAILS(SetThreadPriority(GetCurrentThread(), bad[i]), FALSE, ERROR_INVALID_PARAMETER);
        CHECK(GetThreadPriority(GetCurrentThread()) == THREAD_PRIORITY_ABOVE_NORMAL,
              "a failed SetThreadPriority(%d) changed the priority", bad[i]);
    }
    CHECK(SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_NORMAL), "set failed");

    event = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(event != NULL, "CreateEventW failed");
    CHECK_FAILS(SetThreadPriority(NULL, THREAD_PRIORITY_NORMAL), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(SetThreadPriority(event, THREAD_PRIORITY_NORMAL), FALSE, ERROR_INVALID_HANDLE);

    thread = CreateThread(NULL, 0, quick, NULL, 0, NULL);
    CHECK(thread != NULL, "CreateThread failed");
    CHECK(WaitForSingleObject(thread, INFINITE) == WAIT_OBJECT_0, "wait failed");
    CHECK_SUCCEEDS(SetThreadPriority(thread, THREAD_PRIORITY_LOWEST), TRUE);
    CHECK_SUCCEEDS(GetThreadPriority(thread), THREAD_PRIORITY_LOWEST);
    CHECK(CloseHandle(thread), "CloseHandle failed");
    CHECK_FAILS(SetThreadPriority(thread, THREAD_PRIORITY_NORMAL), FALSE, ERROR_INVALID_HANDLE);

    CloseHandle(event);
    PAL_Terminate();
    return 0;
}
