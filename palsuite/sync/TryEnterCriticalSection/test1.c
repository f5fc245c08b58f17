/*
 * TryEnterCriticalSection: TRUE and ownership on a free section; TRUE again
 * for the owner (recursively: it must leave as often); FALSE, at once, while
 * another thread holds it, and TRUE once that thread has left. Success and
 * failure both leave the LastError alone.
 */
#include <palsuite.h>

static CRITICAL_SECTION cs;
static HANDLE holding, release;

/* Takes the section, reports it, keeps it until told, leaves. */
static DWORD PALAPI holder(LPVOID param)
{
    (void)param;
    EnterCriticalSection(&cs);
    SetEvent(holding);
    WaitForSingleObject(release, INFINITE);
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

static DWORD run(LPTHREAD_START_ROUTINE routine)
{
    DWORD code = 2;
    HANDLE thread = CreateThread(NULL, 0, routine, NULL, 0, NULL);
    CHECK(thread != NULL, "CreateThread failed");
    CHECK(WaitForSingleObject(thread, 10000) == WAIT_OBJECT_0, "thread did not end");
    CHECK(GetExitCodeThread(thread, &code), "GetExitCodeThread failed");
    CHECK(CloseHandle(thread), "CloseHandle failed");
    return code;
}

int main(int argc, char *argv[])
{
    HANDLE thread;
    int i;

    PALSUITE_INIT(argc, argv);
    InitializeCriticalSection(&cs);
    holding = CreateEventW(NULL, FALSE, FALSE, NULL);
    release = CreateEventW(NULL, FALSE, FALSE, NULL);
    CHECK(holding != NULL && release != NULL, "CreateEventW failed");

    /* Free: taken; then the owner takes it again. */
    CHECK_SUCCEEDS(TryEnterCriticalSection(&cs), TRUE);
    CHECK((DWORD)(ULONG_PTR)cs.OwningThread == GetCurrentThreadId(), "OwningThread %p",
          cs.OwningThread);
    CHECK_SUCCEEDS(TryEnterCriticalSection(&cs), TRUE);
    CHECK(cs.RecursionCount == 2, "RecursionCount %d", (int)cs.RecursionCount);
    EnterCriticalSection(&cs);
    CHECK(cs.RecursionCount == 3, "RecursionCount %d", (int)cs.RecursionCount);

    /* Held here: another thread fails, without waiting. */
    CHECK(run(try_enter) == 0, "TryEnterCriticalSection succeeded on a held section");
    LeaveCriticalSection(&cs);
    LeaveCriticalSection(&cs);
    CHECK(run(try_enter) == 0, "TryEnterCriticalSection succeeded on a section held once");
    LeaveCriticalSection(&cs);
    CHECK(run(try_enter) == 1, "TryEnterCriticalSection failed on a free section");

    /* Held by another thread: fails here, as often as asked. */
    thread = CreateThread(NULL, 0, holder, NULL, 0, NULL);
    CHECK(thread != NULL, "CreateThread failed");
    CHECK(WaitForSingleObject(holding, 10000) == WAIT_OBJECT_0, "holder did not start");
    for (i = 0; i < 100; i++)
        CHECK_SUCCEEDS(TryEnterCriticalSection(&cs), FALSE);
    CHECK(SetEvent(release), "SetEvent failed");
    CHECK(WaitForSingleObject(thread, 10000) == WAIT_OBJECT_0, "holder did not end");
    CHECK(CloseHandle(thread), "CloseHandle failed");
    CHECK_SUCCEEDS(TryEnterCriticalSection(&cs), TRUE);
    LeaveCriticalSection(&cs);

    CHECK(CloseHandle(holding) && CloseHandle(release), "CloseHandle failed");
    DeleteCriticalSection(&cs);
    PAL_Terminate();
    return 0;
}
