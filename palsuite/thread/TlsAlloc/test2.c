/*
 * TlsAlloc until it fails: indexes exist up to at least 1,087 (Windows has
 * 64 + 1,024 of them; some may already be taken by the system, so the count
 * this process gets is a little lower), every index is distinct and holds
 * its own value, and once none is left TlsAlloc returns TLS_OUT_OF_INDEXES
 * with ERROR_NO_MORE_ITEMS. After TlsFree, an index can be allocated again.
 */
#include <palsuite.h>

#define MAX_INDEXES 100000
static DWORD indexes[MAX_INDEXES];
static BYTE seen[MAX_INDEXES];

int main(int argc, char *argv[])
{
    DWORD count = 0, highest = 0, i, index;

    PALSUITE_INIT(argc, argv);

    for (;;) {
        index = TlsAlloc();
        if (index == TLS_OUT_OF_INDEXES)
            break;
        CHECK(count < MAX_INDEXES, "more than %u indexes", (DWORD)MAX_INDEXES);
        CHECK(index < MAX_INDEXES && !seen[index], "index %u given twice or out of range", index);
        seen[index] = 1;
        indexes[count++] = index;
        if (index > highest)
            highest = index;
    }
    CHECK_ERROR(ERROR_NO_MORE_ITEMS);
    Trace("%u indexes allocated, the highest %u\n", count, highest);
    CHECK(highest >= 1087, "the highest index is %u, expected at least 1087", highest);
    CHECK(count >= 1000, "only %u indexes", count);
    CHECK_FAILS(TlsAlloc(), TLS_OUT_OF_INDEXES, ERROR_NO_MORE_ITEMS);

    /* Each index holds its own value, the lowest 64 and the expansion slots alike. */
    for (i = 0; i < count; i++)
        CHECK(TlsSetValue(indexes[i], (LPVOID)(ULONG_PTR)(indexes[i] + 1)), "set %u", indexes[i]);
    for (i = 0; i < count; i++)
        CHECK(TlsGetValue(indexes[i]) == (LPVOID)(ULONG_PTR)(indexes[i] + 1), "index %u",
              indexes[i]);

    /* A freed index is available again, and reads NULL. */
    CHECK_SUCCEEDS(TlsFree(indexes[count / 2]), TRUE);
    index = TlsAlloc();
    CHECK(index == indexes[count / 2], "got %u after freeing %u", index, indexes[count / 2]);
    CHECK(TlsGetValue(index) == NULL, "a reallocated index kept its old value");

    for (i = 0; i < count; i++)
        CHECK(TlsFree(indexes[i]), "TlsFree(%u) failed", indexes[i]);
    index = TlsAlloc();
    CHECK(index != TLS_OUT_OF_INDEXES, "TlsAlloc fails after freeing everything");
    CHECK(TlsFree(index), "TlsFree failed");

    PAL_Terminate();
    return 0;
}
