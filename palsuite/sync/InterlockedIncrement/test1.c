/*
 * InterlockedIncrement: adds one and returns the new value (as MSDN says),
 * wrapping from MAXLONG to MINLONG; four threads incrementing one counter
 * 100,000 times each leave it at exactly 400,000. Natively the function is
 * also exported: its address calls the same operation. The LastError is
 * left alone.
 */
#include <palsuite.h>

#define THREADS 4
#define TIMES 100000

static LONG volatile counter;

static DWORD PALAPI incrementer(LPVOID param)
{
    int i;
    (void)param;
    for (i = 0; i < TIMES; i++)
        InterlockedIncrement(&counter);
    return 0;
}

int main(int argc, char *argv[])
{
    LONG volatile value = 0;
    HANDLE threads[THREADS];
    int i;

    PALSUITE_INIT(argc, argv);

    CHECK_SUCCEEDS(InterlockedIncrement(&value), 1);
    CHECK(value == 1, "value %d", (int)value);
    CHECK_SUCCEEDS(InterlockedIncrement(&value), 2);
    value = -1;
    CHECK(InterlockedIncrement(&value) == 0 && value == 0, "-1 + 1: value %d", (int)value);
    value = MAXLONG;
    CHECK(InterlockedIncrement(&value) == MINLONG, "MAXLONG + 1 did not wrap");
    CHECK(value == MINLONG, "value %d", (int)value);

#ifndef _WIN32
    {
        /* x64 Windows has it only as a compiler intrinsic; the PAL exports it. */
        LONG(PALAPI * exported)(LONG volatile *) = InterlockedIncrement;
        value = 41;
        CHECK(exported(&value) == 42 && value == 42, "through its address: value %d", (int)value);
    }
#endif

    for (i = 0; i < THREADS; i++) {
        threads[i] = CreateThread(NULL, 0, incrementer, NULL, 0, NULL);
        CHECK(threads[i] != NULL, "CreateThread %d failed", i);
    }
    CHECK(WaitForMultipleObjects(THREADS, threads, TRUE, 60000) == WAIT_OBJECT_0,
          "threads did not end");
    for (i = 0; i < THREADS; i++)
        CHECK(CloseHandle(threads[i]), "CloseHandle failed");
    CHECK(counter == THREADS * TIMES, "counter %d, expected %d", (int)counter, THREADS * TIMES);

    PAL_Terminate();
    return 0;
}
