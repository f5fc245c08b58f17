/*
 * InitializeCriticalSection: a new section is free and owned by nobody
 * (OwningThread NULL, RecursionCount 0, the fields Windows documents in
 * RTL_CRITICAL_SECTION); memory full of garbage before the call makes no
 * difference; another thread can take it; a deleted section can be
 * initialized again; a thousand sections can exist at once. The LastError is
 * left alone.
 */
#include <palsuite.h>

#define MANY 1000

static CRITICAL_SECTION many[MANY];

/* Takes and leaves the section given; returns 1 if TryEnter got it. */
static DWORD PALAPI try_take(LPVOID param)
{
    LPCRITICAL_SECTION cs = (LPCRITICAL_SECTION)param;
    if (!TryEnterCriticalSection(cs))
        return 0;
    LeaveCriticalSection(cs);
    return 1;
}

static void check_free(LPCRITICAL_SECTION cs, const char *what)
{
    HANDLE thread;
    DWORD code = 0;

    CHECK(cs->OwningThread == NULL, "%s: OwningThread %p", what, cs->OwningThread);
    CHECK(cs->RecursionCount == 0, "%s: RecursionCount %d", what, (int)cs->RecursionCount);
    thread = CreateThread(NULL, 0, try_take, cs, 0, NULL);
    CHECK(thread != NULL, "CreateThread failed");
    CHECK(WaitForSingleObject(thread, 10000) == WAIT_OBJECT_0, "thread did not end");
    CHECK(GetExitCodeThread(thread, &code), "GetExitCodeThread failed");
    CHECK(code == 1, "%s: another thread could not enter a new section", what);
    CHECK(CloseHandle(thread), "CloseHandle failed");
}

int main(int argc, char *argv[])
{
    CRITICAL_SECTION cs;
    LPCRITICAL_SECTION heap;
    int i;

    PALSUITE_INIT(argc, argv);

    SetLastError(PALSUITE_SENTINEL_ERROR);
    InitializeCriticalSection(&cs);
    CHECK_ERROR(PALSUITE_SENTINEL_ERROR);
    check_free(&cs, "new section");

    /* Usable by the initializing thread too. */
    EnterCriticalSection(&cs);
    CHECK((DWORD)(ULONG_PTR)cs.OwningThread == GetCurrentThreadId(), "owner %p", cs.OwningThread);
    LeaveCriticalSection(&cs);
    DeleteCriticalSection(&cs);

    /* Garbage before the call. */
    heap = (LPCRITICAL_SECTION)malloc(sizeof(*heap));
    CHECK(heap != NULL, "malloc failed");
    memset(heap, 0xcc, sizeof(*heap));
    InitializeCriticalSection(heap);
    check_free(heap, "section in garbage-filled memory");
    EnterCriticalSection(heap);
    EnterCriticalSection(heap);
    CHECK(heap->RecursionCount == 2, "RecursionCount %d", (int)heap->RecursionCount);
    LeaveCriticalSection(heap);
    LeaveCriticalSection(heap);
    DeleteCriticalSection(heap);

    /* Again after DeleteCriticalSection. */
    InitializeCriticalSection(heap);
    check_free(heap, "re-initialized section");
    DeleteCriticalSection(heap);
    free(heap);

    /* Many at once, each independent of the others. */
    for (i = 0; i < MANY; i++)
        InitializeCriticalSection(&many[i]);
    for (i = 0; i < MANY; i++)
        EnterCriticalSection(&many[i]);
    for (i = 0; i < MANY; i++)
        CHECK(many[i].RecursionCount == 1, "section %d: RecursionCount %d", i,
              (int)many[i].RecursionCount);
    for (i = MANY; i-- > 0;)
        LeaveCriticalSection(&many[i]);
    check_free(&many[MANY / 2], "one of many");
    for (i = 0; i < MANY; i++)
        DeleteCriticalSection(&many[i]);

    PAL_Terminate();
    return 0;
}
