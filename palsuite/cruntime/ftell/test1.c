/*
 * ftell: the position as a LONG, after reads, writes and in append mode.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    const char *name = "ftell_test1.txt";
    FILE *f;
    LONG pos;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    f = fopen(name, "wb");
    if (f == NULL)
        Fail("fopen failed\n");
    if ((pos = ftell(f)) != 0)
        Fail("ftell on a new file returned %ld\n", pos);
    fwrite("abcdef", 1, 6, f);
    if ((pos = ftell(f)) != 6)
        Fail("ftell after writing 6 bytes returned %ld\n", pos);
    fclose(f);

    f = fopen(name, "rb");
    getc(f);
    getc(f);
    if ((pos = ftell(f)) != 2)
        Fail("ftell after reading 2 bytes returned %ld\n", pos);
    fclose(f);

    f = fopen(name, "ab");
    fputs("gh", f);
    fflush(f); /* msvcrt places appended data at the end when it writes it */
    if ((pos = ftell(f)) != 8)
        Fail("ftell in append mode returned %ld, expected 8\n", pos);
    fclose(f);
    DeleteFileA(name);

    PAL_Terminate();
    return 0;
}
