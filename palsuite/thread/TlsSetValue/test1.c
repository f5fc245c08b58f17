/*
 * TlsSetValue: stores a value for the calling thread only (NULL too), in a
 * low index and in one beyond the first 64, and leaves the LastError alone
 * on success. An index that does not exist fails with
 * ERROR_INVALID_PARAMETER and changes nothing.
 */
#include <palsuite.h>

static DWORD low, high;

static DWORD PALAPI other_thread(LPVOID parameter)
{
    if (TlsGetValue(low) != NULL || TlsGetValue(high) != NULL)
        return 1;
    if (!TlsSetValue(low, parameter) || !TlsSetValue(high, parameter))
        return 2;
    return TlsGetValue(low) == parameter && TlsGetValue(high) == parameter ? 0 : 3;
}

int main(int argc, char *argv[])
{
    DWORD extra[70], i, code;
    HANDLE thread;
    int a, b;

    PALSUITE_INIT(argc, argv);
    low = TlsAlloc();
    CHECK(low != TLS_OUT_OF_INDEXES, "TlsAlloc failed");
    high = low;
    /* Allocate until an index past the first 64 turns up. */
    for (i = 0; i < 70 && high < 64; i++) {
        extra[i] = high = TlsAlloc();
        CHECK(high != TLS_OUT_OF_INDEXES, "TlsAlloc failed");
    }
    CHECK(high >= 64, "no index beyond 63");

    CHECK_SUCCEEDS(TlsSetValue(low, &a), TRUE);
    CHECK_SUCCEEDS(TlsSetValue(high, &b), TRUE);
    CHECK(TlsGetValue(low) == &a && TlsGetValue(high) == &b, "values not stored");

    thread = CreateThread(NULL, 0, other_thread, &code, 0, NULL);
    CHECK(thread != NULL, "CreateThread failed");
    CHECK(WaitForSingleObject(thread, INFINITE) == WAIT_OBJECT_0, "wait failed");
    CHECK(GetExitCodeThread(thread, &code) && code == 0, "other thread: step %u", code);
    CloseHandle(thread);
    CHECK(TlsGetValue(low) == &a && TlsGetValue(high) == &b, "another thread changed ours");

    /* Storing NULL. */
    CHECK_SUCCEEDS(TlsSetValue(high, NULL), TRUE);
    CHECK(TlsGetValue(high) == NULL, "NULL not stored");

    /* Bad indexes. */
    CHECK_FAILS(TlsSetValue(1088, &a), FALSE, ERROR_INVALID_PARAMETER);
    CHECK_FAILS(TlsSetValue(5000, &a), FALSE, ERROR_INVALID_PARAMETER);
    CHECK_FAILS(TlsSetValue(TLS_OUT_OF_INDEXES, &a), FALSE, ERROR_INVALID_PARAMETER);
    CHECK(TlsGetValue(low) == &a, "a failed TlsSetValue changed a value");

    for (i = 0; extra[i] != high; i++)
        CHECK(TlsFree(extra[i]), "TlsFree failed");
    CHECK(TlsFree(high) && TlsFree(low), "TlsFree failed");
    PAL_Terminate();
    return 0;
}
