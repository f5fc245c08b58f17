/*
 * __iscsym: letters, digits and '_' (C identifier chars).
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    int c;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    for (c = 0; c < 128; c++) {
        int expect = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        if ((__iscsym(c) != 0) != expect)
            Fail("__iscsym(%d) = %d\n", c, __iscsym(c));
    }

    PAL_Terminate();
    return 0;
}
