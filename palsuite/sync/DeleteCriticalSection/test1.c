/*
 * DeleteCriticalSection: deletes a section never entered, one entered and
 * left by several threads, and one re-initialized after a delete; the
 * memory can then be reused for a new section. The LastError is left alone.
 */
#include <palsuite.h>

#define THREADS 4

static DWORD PALAPI use(LPVOID param)
{
    LPCRITICAL_SECTION cs = (LPCRITICAL_SECTION)param;
    int i;
    for (i = 0; i < 1000; i++) {
        EnterCriticalSection(cs);
        LeaveCriticalSection(cs);
    }
    return 0;
}

int main(int argc, char *argv[])
{
    CRITICAL_SECTION cs;
    HANDLE threads[THREADS];
    int i, round;

    PALSUITE_INIT(argc, argv);

    InitializeCriticalSection(&cs);
    SetLastError(PALSUITE_SENTINEL_ERROR);
    DeleteCriticalSection(&cs);
    CHECK_ERROR(PALSUITE_SENTINEL_ERROR);

    for (round = 0; round < 3; round++) {
        InitializeCriticalSection(&cs);
        for (i = 0; i < THREADS; i++) {
            threads[i] = CreateThread(NULL, 0, use, &cs, 0, NULL);
            CHECK(threads[i] != NULL, "CreateThread %d failed", i);
        }
        CHECK(WaitForMultipleObjects(THREADS, threads, TRUE, 60000) == WAIT_OBJECT_0,
              "threads did not end");
        for (i = 0; i < THREADS; i++)
            CHECK(CloseHandle(threads[i]), "CloseHandle failed");
        EnterCriticalSection(&cs);
        LeaveCriticalSection(&cs);
        SetLastError(PALSUITE_SENTINEL_ERROR);
        DeleteCriticalSection(&cs);
        CHECK_ERROR(PALSUITE_SENTINEL_ERROR);
    }

    PAL_Terminate();
    return 0;
}
