/*
 * Sleep: Sleep(0) gives up the rest of the time slice and returns; Sleep(50)
 * lasts at least about 50 ms (measured with GetTickCount; a
 * lower bound only: tests never assert speed); sleeping blocks only the
 * calling thread. The LastError is left alone.
 */
#include <palsuite.h>

static volatile LONG slept;

static DWORD PALAPI sleeper(LPVOID param)
{
    Sleep((DWORD)(ULONG_PTR)param);
    slept = 1;
    return 0;
}

int main(int argc, char *argv[])
{
    HANDLE thread;
    int i;

    PALSUITE_INIT(argc, argv);

    SetLastError(PALSUITE_SENTINEL_ERROR);
    Sleep(0);
    CHECK_ERROR(PALSUITE_SENTINEL_ERROR);
    for (i = 0; i < 1000; i++)
        Sleep(0);
    Sleep(1);
    CHECK_ERROR(PALSUITE_SENTINEL_ERROR);

    {
        DWORD start = GetTickCount(), elapsed;
        Sleep(50);
        elapsed = GetTickCount() - start;
        /* GetTickCount advances in steps of up to 16 ms. */
        CHECK(elapsed >= 30, "Sleep(50) returned after %u ms", elapsed);
    }
    CHECK_ERROR(PALSUITE_SENTINEL_ERROR);

    /* Another thread's sleep does not hold this one up. */
    thread = CreateThread(NULL, 0, sleeper, (LPVOID)(ULONG_PTR)200, 0, NULL);
    CHECK(thread != NULL, "CreateThread failed");
    CHECK(WaitForSingleObject(thread, 0) == WAIT_TIMEOUT, "the sleeper ended at once");
    CHECK(WaitForSingleObject(thread, 10000) == WAIT_OBJECT_0, "the sleeper never woke");
    CHECK(slept == 1, "the sleeper ended without sleeping");
    CHECK(CloseHandle(thread), "CloseHandle failed");

    PAL_Terminate();
    return 0;
}
