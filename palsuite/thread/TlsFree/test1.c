/*
 * TlsFree: an index freed and allocated again reads NULL in every thread,
 * also in a thread that stored a value in it before it was freed and is
 * still running (Windows clears the slot in all threads). Success leaves the
 * LastError alone. Freeing an index twice, or one that does not exist, fails
 * with ERROR_INVALID_PARAMETER.
 */
#include <palsuite.h>

static DWORD index_used;
static HANDLE stored, reallocated;
static int value;

static DWORD PALAPI holder(LPVOID parameter)
{
    (void)parameter;
    if (!TlsSetValue(index_used, &value))
        return 1;
    SetEvent(stored);
    if (WaitForSingleObject(reallocated, INFINITE) != WAIT_OBJECT_0)
        return 2;
    SetLastError(PALSUITE_SENTINEL_ERROR);
    if (TlsGetValue(index_used) != NULL)
        return 3;
    return GetLastError() == ERROR_SUCCESS ? 0 : 4;
}

int main(int argc, char *argv[])
{
    HANDLE thread;
    DWORD code, again;
    int mine;

    PALSUITE_INIT(argc, argv);
    stored = CreateEventW(NULL, TRUE, FALSE, NULL);
    reallocated = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(stored && reallocated, "CreateEventW failed");

    index_used = TlsAlloc();
    CHECK(index_used != TLS_OUT_OF_INDEXES, "TlsAlloc failed");
    CHECK(TlsSetValue(index_used, &mine), "TlsSetValue failed");
    thread = CreateThread(NULL, 0, holder, NULL, 0, NULL);
    CHECK(thread != NULL, "CreateThread failed");
    CHECK(WaitForSingleObject(stored, INFINITE) == WAIT_OBJECT_0, "wait failed");

    CHECK_SUCCEEDS(TlsFree(index_used), TRUE);
    /* The lowest free index: the one just freed. */
    again = TlsAlloc();
    CHECK(again == index_used, "TlsAlloc gave %u, not the freed %u", again, index_used);
    CHECK(TlsGetValue(index_used) == NULL, "this thread still sees its old value");
    SetEvent(reallocated);
    CHECK(WaitForSingleObject(thread, INFINITE) == WAIT_OBJECT_0, "wait failed");
    CHECK(GetExitCodeThread(thread, &code) && code == 0, "the other thread: step %u", code);
    CloseHandle(thread);

    /* Bad input. */
    CHECK_SUCCEEDS(TlsFree(index_used), TRUE);
    CHECK_FAILS(TlsFree(index_used), FALSE, ERROR_INVALID_PARAMETER);
    CHECK_FAILS(TlsFree(1088), FALSE, ERROR_INVALID_PARAMETER);
    CHECK_FAILS(TlsFree(TLS_OUT_OF_INDEXES), FALSE, ERROR_INVALID_PARAMETER);

    CloseHandle(stored);
    CloseHandle(reallocated);
    PAL_Terminate();
    return 0;
}
