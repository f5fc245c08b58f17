/*
 * InterlockedCompareExchangePointer: returns the initial pointer whether or
 * not it matched the comperand (all 64 bits compared), and stores the new
 * one only when it did. Four threads push 25,000 nodes each onto one
 * lock-free stack with a compare-exchange loop: every node ends up on it
 * exactly once. Natively the function is also exported. The LastError is
 * left alone.
 */
#include <palsuite.h>

#define THREADS 4
#define NODES 25000

struct node {
    struct node *next;
    int pushed;
};

static struct node nodes[THREADS][NODES];
static PVOID volatile top;

static DWORD PALAPI pusher(LPVOID param)
{
    int index = (int)(ULONG_PTR)param, i;
    for (i = 0; i < NODES; i++) {
        struct node *n = &nodes[index][i];
        PVOID old = NULL, seen; /* a guess, corrected by each failed compare */
        for (;;) {
            n->next = (struct node *)old;
            seen = InterlockedCompareExchangePointer(&top, n, old);
            if (seen == old)
                break;
            old = seen;
        }
    }
    return 0;
}

int main(int argc, char *argv[])
{
    PVOID volatile value = NULL;
    PVOID a = (PVOID)(ULONG_PTR)0x1234567800000000ull;
    PVOID b = (PVOID)(ULONG_PTR)0x0000000012345678ull;
    HANDLE threads[THREADS];
    struct node *n;
    long count = 0;
    int i, j;

    PALSUITE_INIT(argc, argv);

    CHECK_SUCCEEDS(InterlockedCompareExchangePointer(&value, a, NULL), NULL);
    CHECK(value == a, "value %p", value);
    /* Differs only in the high half from what is stored: no match. */
    CHECK_SUCCEEDS(InterlockedCompareExchangePointer(&value, b, (PVOID)0), a);
    CHECK(value == a, "value %p after a failed compare", value);
    CHECK(InterlockedCompareExchangePointer(&value, b, (PVOID)(ULONG_PTR)0x5678000000000000ull) ==
              a && value == a,
          "value %p", value);
    CHECK(InterlockedCompareExchangePointer(&value, b, a) == a && value == b, "value %p", value);

#ifndef _WIN32
    {
        PVOID(PALAPI * exported)(PVOID volatile *, PVOID, PVOID) =
            InterlockedCompareExchangePointer;
        CHECK(exported(&value, a, b) == b && value == a, "through its address: %p", value);
        CHECK(exported(&value, b, b) == a && value == a, "through its address: %p", value);
    }
#endif

    for (i = 0; i < THREADS; i++) {
        threads[i] = CreateThread(NULL, 0, pusher, (LPVOID)(ULONG_PTR)i, 0, NULL);
        CHECK(threads[i] != NULL, "CreateThread %d failed", i);
    }
    CHECK(WaitForMultipleObjects(THREADS, threads, TRUE, 60000) == WAIT_OBJECT_0,
          "threads did not end");
    for (i = 0; i < THREADS; i++)
        CHECK(CloseHandle(threads[i]), "CloseHandle failed");
    for (n = (struct node *)top; n && count <= THREADS * NODES; n = n->next) {
        n->pushed++;
        count++;
    }
    CHECK(count == THREADS * NODES, "%ld nodes on the stack, expected %d", count, THREADS * NODES);
    for (i = 0; i < THREADS; i++)
        for (j = 0; j < NODES; j++)
            CHECK(nodes[i][j].pushed == 1, "node %d/%d is on the stack %d times", i, j,
                  nodes[i][j].pushed);

    PAL_Terminate();
    return 0;
}
