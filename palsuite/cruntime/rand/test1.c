/*
 * rand, srand: results in 0..RAND_MAX (0x7fff); the same seed repeats the
 * sequence; the initial seed is 1.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    int first[8], i, r;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    if (RAND_MAX != 0x7fff)
        Fail("RAND_MAX is %d\n", RAND_MAX);
    for (i = 0; i < 8; i++)
        first[i] = rand();
    srand(1);
    for (i = 0; i < 8; i++)
        if (rand() != first[i])
            Fail("srand(1) does not restart the initial sequence\n");
    srand(12345);
    for (i = 0; i < 1000; i++) {
        r = rand();
        if (r < 0 || r > RAND_MAX)
            Fail("rand returned %d\n", r);
    }
    srand(1);
    if (rand() != 41 || rand() != 18467 || rand() != 6334)
        Fail("srand(1) does not give msvcrt's sequence 41 18467 6334\n");

    PAL_Terminate();
    return 0;
}
