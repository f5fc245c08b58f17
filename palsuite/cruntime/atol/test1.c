/*
 * atol: a 32-bit LONG from decimal text with blanks and a sign.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    LONG v;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    if ((v = atol("  -2147483648")) != (LONG)0x80000000)
        Fail("atol(LONG_MIN) = %ld\n", v);
    if ((v = atol("2147483647xyz")) != 2147483647)
        Fail("atol(LONG_MAX) = %ld\n", v);
    if (atol("+12") != 12 || atol("abc") != 0 || atol("") != 0 || atol("0x10") != 0)
        Fail("atol is wrong\n");
    if (sizeof(atol("1")) != 4)
        Fail("atol does not return a 32-bit LONG\n");

    PAL_Terminate();
    return 0;
}
