/*
 * _putw: writes sizeof(int) bytes in machine order and returns the value.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    const char *name = "_putw_test1.txt";
    unsigned char b[8];
    FILE *f;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    f = fopen(name, "wb");
    if (f == NULL)
        Fail("fopen failed\n");
    if (_putw(0x04030201, f) != 0x04030201)
        Fail("_putw did not return its value\n");
    fclose(f);
    f = fopen(name, "rb");
    if (fread(b, 1, sizeof(b), f) != 4 || b[0] != 1 || b[1] != 2 || b[2] != 3 || b[3] != 4)
        Fail("_putw did not write 4 little-endian bytes\n");
    fclose(f);
    f = fopen(name, "rb");
    if (_putw(5, f) != EOF)
        Fail("_putw on a read-only stream did not return EOF\n");
    fclose(f);
    DeleteFileA(name);

    PAL_Terminate();
    return 0;
}
