/*
 * _getw/_putw: binary ints; _getw returns EOF (and sets feof) at the end.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    const char *name = "_getw_test1.txt";
    FILE *f;
    int w;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    f = fopen(name, "wb");
    if (f == NULL)
        Fail("fopen failed\n");
    if (_putw(0x12345678, f) != 0x12345678 || _putw(-2, f) != -2)
        Fail("_putw did not return the value written\n");
    fclose(f);
    f = fopen(name, "rb");
    if ((w = _getw(f)) != 0x12345678)
        Fail("_getw returned %x\n", w);
    if (ftell(f) != 4)
        Fail("_getw did not consume 4 bytes\n");
    if ((w = _getw(f)) != -2)
        Fail("_getw returned %d, expected -2\n", w);
    if ((w = _getw(f)) != EOF || !feof(f))
        Fail("_getw at the end returned %d feof %d\n", w, feof(f));
    fclose(f);
    DeleteFileA(name);

    PAL_Terminate();
    return 0;
}
