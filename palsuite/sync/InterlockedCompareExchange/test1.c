/*
 * InterlockedCompareExchange: returns the initial value (as MSDN says)
 * whether or not it matched the comperand, and stores the exchange value
 * only when it did. Four threads incrementing one counter 100,000 times each
 * with a compare-exchange loop leave it at exactly 400,000. Natively the
 * function is also exported. The LastError is left alone.
 */
#include <palsuite.h>

#define THREADS 4
#define TIMES 100000

static LONG volatile counter;

static DWORD PALAPI incrementer(LPVOID param)
{
    int i;
    (void)param;
    for (i = 0; i < TIMES; i++) {
        /* A guess: each failed compare returns the value to try next. */
        LONG seen, old = 0;
        while ((seen = InterlockedCompareExchange(&counter, old + 1, old)) != old)
            old = seen;
    }
    return 0;
}

int main(int argc, char *argv[])
{
    LONG volatile value = 5;
    HANDLE threads[THREADS];
    int i;

    PALSUITE_INIT(argc, argv);

    /* Match: stored, the initial value returned. */
    CHECK_SUCCEEDS(InterlockedCompareExchange(&value, 7, 5), 5);
    CHECK(value == 7, "value %d", (int)value);
    /* No match: unchanged, the initial value returned. */
    CHECK_SUCCEEDS(InterlockedCompareExchange(&value, 9, 5), 7);
    CHECK(value == 7, "value %d after a failed compare", (int)value);
    CHECK(InterlockedCompareExchange(&value, MINLONG, 7) == 7 && value == MINLONG, "value %d",
          (int)value);
    CHECK(InterlockedCompareExchange(&value, 0, MAXLONG) == MINLONG && value == MINLONG,
          "value %d", (int)value);

#ifndef _WIN32
    {
        LONG(PALAPI * exported)(LONG volatile *, LONG, LONG) = InterlockedCompareExchange;
        CHECK(exported(&value, 42, MINLONG) == MINLONG && value == 42, "through its address: %d",
              (int)value);
        CHECK(exported(&value, 1, 2) == 42 && value == 42, "through its address: %d", (int)value);
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
