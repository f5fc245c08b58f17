/*
 * fread: short reads at end of file return the items read and set EOF.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    const char *name = "fread_test1.txt";
    char buf[16];
    FILE *f;
    size_t n;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    f = fopen(name, "wb");
    if (f == NULL)
        Fail("fopen failed\n");
    fwrite("0123456789", 1, 10, f);
    fclose(f);

    f = fopen(name, "rb");
    if (f == NULL)
        Fail("fopen for reading failed\n");
    n = fread(buf, 4, 2, f);
    if (n != 2 || memcmp(buf, "01234567", 8) != 0)
        Fail("fread(4, 2) returned %d\n", (int)n);
    n = fread(buf, 4, 2, f);
    if (n != 0 || !feof(f))
        Fail("fread past the end returned %d, feof %d\n", (int)n, feof(f));
    if (fread(buf, 0, 2, f) != 0)
        Fail("fread with size 0 did not return 0\n");
    fclose(f);
    DeleteFileA(name);

    PAL_Terminate();
    return 0;
}
