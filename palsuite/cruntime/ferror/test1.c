/*
 * ferror: zero on a healthy stream, nonzero after a failed write.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    const char *name = "ferror_test1.txt";
    FILE *f;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    f = fopen(name, "w");
    if (f == NULL)
        Fail("fopen failed\n");
    if (ferror(f))
        Fail("ferror set on a fresh stream\n");
    fclose(f);
    f = fopen(name, "r");
    if (f == NULL)
        Fail("fopen for reading failed\n");
    if (fputs("x", f) >= 0 && fflush(f) == 0)
        Fail("writing to a read-only stream succeeded\n");
    if (!ferror(f))
        Fail("ferror not set after a failed write\n");
    fclose(f);
    DeleteFileA(name);

    PAL_Terminate();
    return 0;
}
