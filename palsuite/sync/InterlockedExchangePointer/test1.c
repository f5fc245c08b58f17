/*
 * InterlockedExchangePointer: stores the new pointer and returns the old
 * one, all 64 bits of it. Four threads each holding a distinct pointer swap
 * it 100,000 times with a shared slot: at the end the slot and the threads
 * hold the five pointers exactly once. Natively the function is also
 * exported. The LastError is left alone.
 */
#include <palsuite.h>

#define THREADS 4
#define TIMES 100000

static char tokens[THREADS + 1];
static PVOID volatile slot = &tokens[THREADS];
static PVOID held[THREADS];

static DWORD PALAPI swapper(LPVOID param)
{
    int index = (int)(ULONG_PTR)param, i;
    PVOID mine = &tokens[index];
    for (i = 0; i < TIMES; i++)
        mine = InterlockedExchangePointer(&slot, mine);
    held[index] = mine;
    return 0;
}

int main(int argc, char *argv[])
{
    PVOID volatile value = NULL;
    PVOID high = (PVOID)(ULONG_PTR)0x8765432112345678ull;
    HANDLE threads[THREADS];
    int seen[THREADS + 1] = {0};
    int i;

    PALSUITE_INIT(argc, argv);

    CHECK_SUCCEEDS(InterlockedExchangePointer(&value, tokens), NULL);
    CHECK(value == (PVOID)tokens, "value %p", value);
    CHECK_SUCCEEDS(InterlockedExchangePointer(&value, high), tokens);
    CHECK(value == high, "value %p", value);
    CHECK(InterlockedExchangePointer(&value, NULL) == high && value == NULL, "value %p", value);

#ifndef _WIN32
    {
        PVOID(PALAPI * exported)(PVOID volatile *, PVOID) = InterlockedExchangePointer;
        CHECK(exported(&value, high) == NULL && value == high, "through its address: %p", value);
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
        char *token = (char *)(i < THREADS ? held[i] : slot);
        CHECK(token >= tokens && token <= tokens + THREADS, "%p is not one of the five",
              (void *)token);
        seen[token - tokens]++;
    }
    for (i = 0; i <= THREADS; i++)
        CHECK(seen[i] == 1, "pointer %d ended up %d times", i, seen[i]);

    PAL_Terminate();
    return 0;
}
