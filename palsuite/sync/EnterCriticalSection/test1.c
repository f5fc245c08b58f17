/*
 * EnterCriticalSection: the owner may enter again (the spec requires
 * recursion): OwningThread is its id and RecursionCount counts its entries,
 * and the section stays held until it has left as often. Another thread that
 * enters meanwhile waits, and gets in once the owner has left. Four threads
 * incrementing one plain counter 100,000 times each under the section never
 * overlap and lose no update. The LastError is left alone.
 */
#include <palsuite.h>

#define THREADS 4
#define INCREMENTS 100000

static CRITICAL_SECTION cs;
static volatile LONG counter;
static volatile LONG inside;
static volatile LONG overlaps;
static volatile LONG entered;

static DWORD PALAPI incrementer(LPVOID param)
{
    int i;
    (void)param;
    for (i = 0; i < INCREMENTS; i++) {
        LONG v;
        EnterCriticalSection(&cs);
        if (++inside != 1)
            overlaps++;
        /* A read-modify-write in two steps, the easiest to tear. */
        v = counter;
        counter = v + 1;
        inside--;
        LeaveCriticalSection(&cs);
    }
    return 0;
}

static DWORD PALAPI enter_once(LPVOID param)
{
    (void)param;
    EnterCriticalSection(&cs);
    entered = 1;
    LeaveCriticalSection(&cs);
    return 0;
}

static DWORD PALAPI try_enter(LPVOID param)
{
    (void)param;
    if (!TryEnterCriticalSection(&cs))
        return 0;
    LeaveCriticalSection(&cs);
    return 1;
}

static DWORD other_thread_gets_in(void)
{
    DWORD code = 2;
    HANDLE thread = CreateThread(NULL, 0, try_enter, NULL, 0, NULL);
    CHECK(thread != NULL, "CreateThread failed");
    CHECK(WaitForSingleObject(thread, 10000) == WAIT_OBJECT_0, "thread did not end");
    CHECK(GetExitCodeThread(thread, &code), "GetExitCodeThread failed");
    CHECK(CloseHandle(thread), "CloseHandle failed");
    return code;
}

int main(int argc, char *argv[])
{
    HANDLE threads[THREADS];
    HANDLE waiter;
    DWORD self;
    int i;

    PALSUITE_INIT(argc, argv);
    InitializeCriticalSection(&cs);
    self = GetCurrentThreadId();

    /* Recursion. */
    SetLastError(PALSUITE_SENTINEL_ERROR);
    EnterCriticalSection(&cs);
    EnterCriticalSection(&cs);
    EnterCriticalSection(&cs);
    CHECK_ERROR(PALSUITE_SENTINEL_ERROR);
    CHECK((DWORD)(ULONG_PTR)cs.OwningThread == self, "OwningThread %p, thread id %u",
          cs.OwningThread, self);
    CHECK(cs.RecursionCount == 3, "RecursionCount %d after 3 entries", (int)cs.RecursionCount);
    CHECK(other_thread_gets_in() == 0, "another thread entered a held section");
    LeaveCriticalSection(&cs);
    LeaveCriticalSection(&cs);
    CHECK(cs.RecursionCount == 1, "RecursionCount %d", (int)cs.RecursionCount);
    CHECK(other_thread_gets_in() == 0, "another thread entered a section still held once");
    LeaveCriticalSection(&cs);
    CHECK_ERROR(PALSUITE_SENTINEL_ERROR);
    CHECK(other_thread_gets_in() == 1, "another thread could not enter a free section");

    /* Another thread waits in EnterCriticalSection until the owner leaves. */
    EnterCriticalSection(&cs);
    waiter = CreateThread(NULL, 0, enter_once, NULL, 0, NULL);
    CHECK(waiter != NULL, "CreateThread failed");
    CHECK(WaitForSingleObject(waiter, 100) == WAIT_TIMEOUT, "the waiter did not wait");
    CHECK(entered == 0, "the waiter entered a held section");
    LeaveCriticalSection(&cs);
    CHECK(WaitForSingleObject(waiter, 10000) == WAIT_OBJECT_0, "the waiter never got in");
    CHECK(entered == 1, "the waiter ended without entering");
    CHECK(CloseHandle(waiter), "CloseHandle failed");

    /* Mutual exclusion under contention. */
    for (i = 0; i < THREADS; i++) {
        threads[i] = CreateThread(NULL, 0, incrementer, NULL, 0, NULL);
        CHECK(threads[i] != NULL, "CreateThread %d failed", i);
    }
    CHECK(WaitForMultipleObjects(THREADS, threads, TRUE, 60000) == WAIT_OBJECT_0,
          "the incrementing threads did not end");
    for (i = 0; i < THREADS; i++)
        CHECK(CloseHandle(threads[i]), "CloseHandle failed");
    CHECK(overlaps == 0, "%d times two threads were inside at once", (int)overlaps);
    CHECK(counter == THREADS * INCREMENTS, "counter %d, expected %d", (int)counter,
          THREADS * INCREMENTS);
    CHECK(cs.OwningThread == NULL && cs.RecursionCount == 0, "left held: owner %p, count %d",
          cs.OwningThread, (int)cs.RecursionCount);

    DeleteCriticalSection(&cs);
    PAL_Terminate();
    return 0;
}
