/*
 * getc: returns each byte as an unsigned char, then EOF.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    const char *name = "getc_test1.txt";
    FILE *f;
    int c;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    f = fopen(name, "wb");
    if (f == NULL)
        Fail("fopen failed\n");
    fwrite("a\xff", 1, 2, f);
    fclose(f);
    f = fopen(name, "rb");
    if ((c = getc(f)) != 'a')
        Fail("getc returned %d, expected 'a'\n", c);
    if ((c = getc(f)) != 0xff)
        Fail("getc returned %d, expected 255\n", c);
    if ((c = getc(f)) != EOF)
        Fail("getc at the end returned %d, expected EOF\n", c);
    fclose(f);
    DeleteFileA(name);

    PAL_Terminate();
    return 0;
}
