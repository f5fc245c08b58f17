/*
 * SetThreadPriority with every THREAD_PRIORITY_* value, on the current
 * thread (through GetCurrentThread() and through a real handle to it) and on
 * another thread: each call succeeds, leaves the LastError alone, and
 * GetThreadPriority then returns the value set, through either handle.
 * The current thread goes through IDLE last: a process without the right to
 * raise priorities (Linux) keeps it low from there on.
 */
#include <palsuite.h>

static const int priorities[] = {
    THREAD_PRIORITY_TIME_CRITICAL, THREAD_PRIORITY_HIGHEST, THREAD_PRIORITY_ABOVE_NORMAL,
    THREAD_PRIORITY_NORMAL,        THREAD_PRIORITY_BELOW_NORMAL, THREAD_PRIORITY_LOWEST,
    THREAD_PRIORITY_IDLE,          THREAD_PRIORITY_NORMAL,
};
#define COUNT (sizeof(priorities) / sizeof(priorities[0]))

static HANDLE go;

static DWORD PALAPI waiter(LPVOID parameter)
{
    (void)parameter;
    return WaitForSingleObject(go, INFINITE) == WAIT_OBJECT_0 ? 0 : 1;
}

static void set_and_read(HANDLE set_through, HANDLE read_through, int priority)
{
    CHECK_SUCCEEDS(SetThreadPriority(set_through, priority), TRUE);
    CHECK_SUCCEEDS(GetThreadPriority(set_through), priority);
    CHECK_SUCCEEDS(GetThreadPriority(read_through), priority);
}

int main(int argc, char *argv[])
{
    HANDLE thread, self;
    DWORD i;

    PALSUITE_INIT(argc, argv);
    CHECK(THREAD_PRIORITY_IDLE == -15 && THREAD_PRIORITY_LOWEST == -2 &&
              THREAD_PRIORITY_BELOW_NORMAL == -1 && THREAD_PRIORITY_NORMAL == 0 &&
              THREAD_PRIORITY_ABOVE_NORMAL == 1 && THREAD_PRIORITY_HIGHEST == 2 &&
              THREAD_PRIORITY_TIME_CRITICAL == 15,
          "THREAD_PRIORITY_* values differ from Windows'");

    go = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(go != NULL, "CreateEventW failed");
    thread = CreateThread(NULL, 0, waiter, NULL, 0, NULL);
    CHECK(thread != NULL, "CreateThread failed");
    CHECK_SUCCEEDS(GetThreadPriority(thread), THREAD_PRIORITY_NORMAL);
    for (i = 0; i < COUNT; i++)
        set_and_read(thread, thread, priorities[i]);
    SetEvent(go);
    CHECK(WaitForSingleObject(thread, INFINITE) == WAIT_OBJECT_0, "wait failed");
    CloseHandle(thread);

    CHECK(DuplicateHandle(GetCurrentProcess(), GetCurrentThread(), GetCurrentProcess(), &self, 0,
                          FALSE, DUPLICATE_SAME_ACCESS),
          "DuplicateHandle failed");
    CHECK_SUCCEEDS(GetThreadPriority(GetCurrentThread()), THREAD_PRIORITY_NORMAL);
    for (i = 0; i < COUNT; i++) {
        if (i % 2)
            set_and_read(GetCurrentThread(), self, priorities[i]);
        else
            set_and_read(self, GetCurrentThread(), priorities[i]);
    }
    CloseHandle(self);
    CloseHandle(go);
    PAL_Terminate();
    return 0;
}
