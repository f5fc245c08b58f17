/*
 * TlsAlloc: a new index reads NULL in the calling thread and in threads
 * created later; its value belongs to each thread. Success leaves the
 * LastError alone. Two allocations give two different indexes.
 */
#include <palsuite.h>

static DWORD shared_index;

static DWORD PALAPI other_thread(LPVOID parameter)
{
    SetLastError(PALSUITE_SENTINEL_ERROR);
    if (TlsGetValue(shared_index) != NULL || GetLastError() != ERROR_SUCCESS)
        return 1;
    if (!TlsSetValue(shared_index, parameter))
        return 2;
    if (TlsGetValue(shared_index) != parameter)
        return 3;
    return 0;
}

int main(int argc, char *argv[])
{
    DWORD second, code;
    HANDLE thread;
    int mine = 0, theirs = 0;

    PALSUITE_INIT(argc, argv);

    SetLastError(PALSUITE_SENTINEL_ERROR);
    shared_index = TlsAlloc();
    CHECK(shared_index != TLS_OUT_OF_INDEXES, "TlsAlloc failed");
    CHECK_ERROR(PALSUITE_SENTINEL_ERROR);
    CHECK_SUCCEEDS(TlsAlloc() != TLS_OUT_OF_INDEXES, TRUE);
    second = TlsAlloc();
    CHECK(second != TLS_OUT_OF_INDEXES && second != shared_index, "second index %u", second);

    CHECK(TlsGetValue(shared_index) == NULL, "a new index holds a value");
    CHECK_SUCCEEDS(TlsSetValue(shared_index, &mine), TRUE);

    thread = CreateThread(NULL, 0, other_thread, &theirs, 0, NULL);
    CHECK(thread != NULL, "CreateThread failed");
    CHECK(WaitForSingleObject(thread, INFINITE) == WAIT_OBJECT_0, "wait failed");
    CHECK(GetExitCodeThread(thread, &code), "GetExitCodeThread failed");
    CHECK(code == 0, "the other thread failed at step %u", code);
    CloseHandle(thread);

    /* The other thread's value did not replace this thread's. */
    CHECK(TlsGetValue(shared_index) == &mine, "this thread's value changed");
    CHECK_SUCCEEDS(TlsFree(second), TRUE);
    CHECK_SUCCEEDS(TlsFree(shared_index), TRUE);

    PAL_Terminate();
    return 0;
}
