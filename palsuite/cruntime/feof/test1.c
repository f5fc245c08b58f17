/*
 * feof: zero until a read hits the end of the file; fseek clears it.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    const char *name = "feof_test1.txt";
    FILE *f;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    f = fopen(name, "wb");
    if (f == NULL)
        Fail("fopen failed\n");
    fputs("ab", f);
    fclose(f);
    f = fopen(name, "rb");
    if (f == NULL)
        Fail("fopen for reading failed\n");
    if (feof(f))
        Fail("feof set on a fresh stream\n");
    getc(f);
    getc(f);
    if (feof(f))
        Fail("feof set before reading past the end\n");
    if (getc(f) != EOF || !feof(f))
        Fail("reading past the end did not set feof\n");
    if (fseek(f, 0, SEEK_SET) != 0 || feof(f))
        Fail("fseek did not clear feof\n");
    fclose(f);
    DeleteFileA(name);

    PAL_Terminate();
    return 0;
}
