/*
 * InterlockedExchange: stores the new value and returns the old one. Four
 * threads each holding a distinct token swap it 100,000 times with a shared
 * slot: no swap loses or duplicates a token, so at the end the slot and the
 * threads hold the five tokens exactly once. Natively the function is also
 * exported. The LastError is left alone.
 */
#include <palsuite.h>

#define THREADS 4
#define TIMES 100000

static LONG volatile slot = 100;
static LONG held[THREADS];

static DWORD PALAPI swapper(LPVOID param)
{
    int index = (int)(ULONG_PTR)param, i;
    LONG mine = 101 + index;
    for (i = 0; i < TIMES; i++)
        mine = InterlockedExchange(&slot, mine);
    held[index] = mine;
    return 0;
}

int main(int argc, char *argv[])
{
    LONG volatile value = 5;
    HANDLE threads[THREADS];
    int seen[THREADS + 1] = {0};
    int i;

    PALSUITE_INIT(argc, argv);

    CHECK_SUCCEEDS(InterlockedExchange(&value, 7), 5);
    CHECK(value == 7, "value %d", (int)value);
    CHECK_SUCCEEDS(InterlockedExchange(&value, 7), 7);
    CHECK(InterlockedExchange(&value, MINLONG) == 7 && value == MINLONG, "value %d", (int)value);
    CHECK(InterlockedExchange(&value, -1) == MINLONG && value == -1, "value %d", (int)value);

#ifndef _WIN32
    {
        LONG(PALAPI * exported)(LONG volatile *, LONG) = InterlockedExchange;
        CHECK(exported(&value, 42) == -1 && value == 42, "through its address: value %d",
              (int)value);
    }
#endif

    for (i = 0; i < THREADS; i++) {
        threads[i] = CreateThread(NULL, 0, swapper, (LPVOID)(ULONG_PTR)i, 0, NULL);
        CHECK(threads[i] != NULL, "CreateThread %d failed", i);
    }
    CHECK(WaitForMultipleObjects(THREADS, threads, TRUE, 60000) == WAIT_OBJECT_0,
          "threads did not end");
    for (i = 0; i < THREADS; i++)
        CHECK(CloseHandle(threads[i]), "CloseHandle failed");
    for (i = 0; i <= THREADS; i++) {
        LONG token = i < THREADS ? held[i] : slot;
        CHECK(token >= 100 && token <= 100 + THREADS, "token %d is not one of the five",
              (int)token);
        seen[token - 100]++;
    }
    for (i = 0; i <= THREADS; i++)
        CHECK(seen[i] == 1, "token %d ended up %d times", 100 + i, seen[i]);

    PAL_Terminate();
    return 0;
}
