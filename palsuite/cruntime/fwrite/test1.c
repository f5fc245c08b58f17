/*
 * fwrite: returns the count of items written; a zero size or count writes
 * nothing; writing to a read-only stream fails and sets the error flag.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    const char *name = "fwrite_test1.txt";
    int data[4] = {1, 2, 3, 4}, back[4] = {0};
    FILE *f;
    size_t n;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    f = fopen(name, "wb");
    if (f == NULL)
        Fail("fopen failed\n");
    n = fwrite(data, sizeof(int), 4, f);
    if (n != 4)
        Fail("fwrite returned %d, expected 4\n", (int)n);
    if (fwrite(data, 0, 4, f) != 0 || fwrite(data, 4, 0, f) != 0)
        Fail("fwrite with a zero size or count did not return 0\n");
    fclose(f);

    f = fopen(name, "rb");
    if (f == NULL)
        Fail("fopen for reading failed\n");
    n = fread(back, sizeof(int), 4, f);
    if (n != 4 || memcmp(back, data, sizeof(data)) != 0)
        Fail("read back %d items that differ\n", (int)n);
    n = fwrite(data, 1, 1, f);
    if (n != 0 || !ferror(f))
        Fail("fwrite on a read-only stream returned %d, ferror %d\n", (int)n, ferror(f));
    fclose(f);
    DeleteFileA(name);

    PAL_Terminate();
    return 0;
}
