/*
 * CompareFileTime: -1, 0 or 1 as the first time is earlier, equal or later;
 * the high DWORD counts first and both words compare unsigned.
 */
#include <palsuite.h>

static FILETIME ft(DWORD high, DWORD low)
{
    FILETIME f;
    f.dwHighDateTime = high;
    f.dwLowDateTime = low;
    return f;
}

int main(int argc, char *argv[])
{
    FILETIME a, b;

    PALSUITE_INIT(argc, argv);

    a = ft(0, 0);
    b = ft(0, 0);
    CHECK_SUCCEEDS(CompareFileTime(&a, &b), 0);
    a = ft(0x01D2C3B4, 0x12345678);
    b = a;
    CHECK_SUCCEEDS(CompareFileTime(&a, &b), 0);
    CHECK_SUCCEEDS(CompareFileTime(&a, &a), 0);

    /* Low word only. */
    a = ft(5, 1);
    b = ft(5, 2);
    CHECK_SUCCEEDS(CompareFileTime(&a, &b), (LONG)-1);
    CHECK_SUCCEEDS(CompareFileTime(&b, &a), 1);
    /* The high word wins over the low word. */
    a = ft(6, 0);
    b = ft(5, 0xFFFFFFFF);
    CHECK_SUCCEEDS(CompareFileTime(&a, &b), 1);
    CHECK_SUCCEEDS(CompareFileTime(&b, &a), (LONG)-1);
    /* Unsigned: 0x80000000 in either word is large, not negative. */
    a = ft(0x80000000, 0);
    b = ft(0x7FFFFFFF, 0xFFFFFFFF);
    CHECK_SUCCEEDS(CompareFileTime(&a, &b), 1);
    a = ft(1, 0x80000000);
    b = ft(1, 0x7FFFFFFF);
    CHECK_SUCCEEDS(CompareFileTime(&a, &b), 1);
    a = ft(0xFFFFFFFF, 0xFFFFFFFF);
    b = ft(0, 0);
    CHECK_SUCCEEDS(CompareFileTime(&a, &b), 1);
    CHECK_SUCCEEDS(CompareFileTime(&b, &a), (LONG)-1);

    /* Times read from the clock compare in order. */
    GetSystemTimeAsFileTime(&a);
    Sleep(50);
    GetSystemTimeAsFileTime(&b);
    CHECK_SUCCEEDS(CompareFileTime(&a, &b), (LONG)-1);
    CHECK_SUCCEEDS(CompareFileTime(&b, &a), 1);

    PAL_Terminate();
    return 0;
}
