/*
 * LeaveCriticalSection: each call undoes one entry; the last one frees the
 * section (OwningThread back to NULL) and lets in a thread waiting in
 * EnterCriticalSection. Eight threads queued on one held section all get in,
 * one at a time, as it is left. The LastError is left alone.
 */
#include <palsuite.h>

#define QUEUED 8

static CRITICAL_SECTION cs;
static volatile LONG inside, overlaps, done;

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

static DWORD PALAPI queued(LPVOID param)
{
    (void)param;
    EnterCriticalSection(&cs);
    if (InterlockedIncrement(&inside) != 1)
        InterlockedIncrement(&overlaps);
    Sleep(1);
    InterlockedDecrement(&inside);
    InterlockedIncrement(&done);
    LeaveCriticalSection(&cs);
    return 0;
}

int main(int argc, char *argv[])
{
    HANDLE threads[QUEUED];
    int i;

    PALSUITE_INIT(argc, argv);
    InitializeCriticalSection(&cs);

    EnterCriticalSection(&cs);
    EnterCriticalSection(&cs);
    SetLastError(PALSUITE_SENTINEL_ERROR);
    LeaveCriticalSection(&cs);
    CHECK_ERROR(PALSUITE_SENTINEL_ERROR);
    CHECK(cs.RecursionCount == 1, "RecursionCount %d", (int)cs.RecursionCount);
    CHECK((DWORD)(ULONG_PTR)cs.OwningThread == GetCurrentThreadId(), "OwningThread %p",
          cs.OwningThread);
    CHECK(other_thread_gets_in() == 0, "a section entered twice and left once was free");
    LeaveCriticalSection(&cs);
    CHECK_ERROR(PALSUITE_SENTINEL_ERROR);
    CHECK(cs.OwningThread == NULL, "OwningThread %p after the last leave", cs.OwningThread);
    CHECK(cs.RecursionCount == 0, "RecursionCount %d", (int)cs.RecursionCount);
    CHECK(other_thread_gets_in() == 1, "the section stayed held after the last leave");

    /* Waiters queued on a held section get in one by one. */
    EnterCriticalSection(&cs);
    for (i = 0; i < QUEUED; i++) {
        threads[i] = CreateThread(NULL, 0, queued, NULL, 0, NULL);
        CHECK(threads[i] != NULL, "CreateThread %d failed", i);
    }
    Sleep(100);
    CHECK(done == 0, "%d threads got into a held section", (int)done);
    LeaveCriticalSection(&cs);
    CHECK(WaitForMultipleObjects(QUEUED, threads, TRUE, 60000) == WAIT_OBJECT_0,
          "queued threads did not all get in");
    CHECK(done == QUEUED && overlaps == 0, "done %d, overlaps %d", (int)done, (int)overlaps);
    for (i = 0; i < QUEUED; i++)
        CHECK(CloseHandle(threads[i]), "CloseHandle failed");

    DeleteCriticalSection(&cs);
    PAL_Terminate();
    return 0;
}
