/*
 * TlsGetValue: returns the calling thread's value, NULL for an index the
 * thread never set, and sets the LastError to ERROR_SUCCESS on success (MSDN:
 * so that a NULL value can be told from a failure), for indexes among the
 * first 64 and beyond them. An index that does not exist (1088 and above,
 * TLS_OUT_OF_INDEXES) returns NULL with ERROR_INVALID_PARAMETER.
 */
#include <palsuite.h>

#define COUNT 200
static DWORD indexes[COUNT];

static DWORD PALAPI reader(LPVOID parameter)
{
    DWORD i;
    (void)parameter;
    for (i = 0; i < COUNT; i++) {
        SetLastError(PALSUITE_SENTINEL_ERROR);
        if (TlsGetValue(indexes[i]) != NULL || GetLastError() != ERROR_SUCCESS)
            return i + 1;
    }
    return 0;
}

int main(int argc, char *argv[])
{
    DWORD i, code;
    HANDLE thread;
    int values[COUNT];

    PALSUITE_INIT(argc, argv);

    /* Enough indexes to go past the first 64. */
    for (i = 0; i < COUNT; i++) {
        indexes[i] = TlsAlloc();
        CHECK(indexes[i] != TLS_OUT_OF_INDEXES, "TlsAlloc #%u failed", i);
    }
    CHECK(indexes[COUNT - 1] >= 64, "index %u", indexes[COUNT - 1]);

    for (i = 0; i < COUNT; i++) {
        SetLastError(PALSUITE_SENTINEL_ERROR);
        CHECK(TlsGetValue(indexes[i]) == NULL, "index %u is not NULL", indexes[i]);
        CHECK_ERROR(ERROR_SUCCESS);
        CHECK(TlsSetValue(indexes[i], &values[i]), "TlsSetValue(%u) failed", indexes[i]);
    }
    for (i = 0; i < COUNT; i++) {
        SetLastError(PALSUITE_SENTINEL_ERROR);
        CHECK(TlsGetValue(indexes[i]) == &values[i], "index %u: wrong value", indexes[i]);
        CHECK_ERROR(ERROR_SUCCESS);
    }

    /* Another thread sees none of this thread's values. */
    thread = CreateThread(NULL, 0, reader, NULL, 0, NULL);
    CHECK(thread != NULL, "CreateThread failed");
    CHECK(WaitForSingleObject(thread, INFINITE) == WAIT_OBJECT_0, "wait failed");
    CHECK(GetExitCodeThread(thread, &code) && code == 0, "the other thread saw index #%u", code);
    CloseHandle(thread);

    /* Bad indexes. */
    CHECK_FAILS(TlsGetValue(1088), NULL, ERROR_INVALID_PARAMETER);
    CHECK_FAILS(TlsGetValue(100000), NULL, ERROR_INVALID_PARAMETER);
    CHECK_FAILS(TlsGetValue(TLS_OUT_OF_INDEXES), NULL, ERROR_INVALID_PARAMETER);

    for (i = 0; i < COUNT; i++)
        CHECK(TlsFree(indexes[i]), "TlsFree(%u) failed", indexes[i]);
    PAL_Terminate();
    return 0;
}
