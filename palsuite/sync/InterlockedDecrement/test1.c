/*
 * InterlockedDecrement: subtracts one and returns the new value (as MSDN
 * says), wrapping from MINLONG to MAXLONG; four threads decrementing one
 * counter 100,000 times each, from 400,000, leave it at exactly 0, and the
 * value 0 is returned to exactly one of them. Natively the function is also
 * exported. The LastError is left alone.
 */
#include <palsuite.h>

#define THREADS 4
#define TIMES 100000

static LONG volatile counter = THREADS * TIMES;
static LONG volatile zeros;

static DWORD PALAPI decrementer(LPVOID param)
{
    int i;
    (void)param;
    for (i = 0; i < TIMES; i++)
        if (InterlockedDecrement(&counter) == 0)
            InterlockedIncrement(&zeros);
    return 0;
}

int main(int argc, char *argv[])
{
    LONG volatile value = 2;
    HANDLE threads[THREADS];
    int i;

    PALSUITE_INIT(argc, argv);

    CHECK_SUCCEEDS(InterlockedDecrement(&value), 1);
    CHECK_SUCCEEDS(InterlockedDecrement(&value), 0);
    CHECK(value == 0, "value %d", (int)value);
    CHECK(InterlockedDecrement(&value) == -1 && value == -1, "0 - 1: value %d", (int)value);
    value = MINLONG;
    CHECK(InterlockedDecrement(&value) == MAXLONG, "MINLONG - 1 did not wrap");
    CHECK(value == MAXLONG, "value %d", (int)value);

#ifndef _WIN32
    {
        LONG(PALAPI * exported)(LONG volatile *) = InterlockedDecrement;
        value = 43;
        CHECK(exported(&value) == 42 && value == 42, "through its address: value %d", (int)value);
    }
#endif

    for (i = 0; i < THREADS; i++) {
        threads[i] = CreateThread(NULL, 0, decrementer, NULL, 0, NULL);
        CHECK(threads[i] != NULL, "CreateThread %d failed", i);
    }
    CHECK(WaitForMultipleObjects(THREADS, threads, TRUE, 60000) == WAIT_OBJECT_0,
          "threads did not end");
    for (i = 0; i < THREADS; i++)
        CHECK(CloseHandle(threads[i]), "CloseHandle failed");
    CHECK(counter == 0, "counter %d, expected 0", (int)counter);
    CHECK(zeros == 1, "0 was returned %d times", (int)zeros);

    PAL_Terminate();
    return 0;
}
