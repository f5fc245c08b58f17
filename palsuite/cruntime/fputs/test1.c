/*
 * fputs: writes the string without a newline and returns a non-negative value.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    const char *name = "fputs_test1.txt";
    char buf[32];
    FILE *f;
    size_t n;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    f = fopen(name, "wb");
    if (f == NULL)
        Fail("fopen failed\n");
    if (fputs("abc", f) < 0 || fputs("", f) < 0 || fputs("def", f) < 0)
        Fail("fputs returned a negative value\n");
    fclose(f);
    f = fopen(name, "rb");
    n = fread(buf, 1, sizeof(buf) - 1, f);
    buf[n] = 0;
    fclose(f);
    if (strcmp(buf, "abcdef") != 0)
        Fail("file holds \"%s\"\n", buf);
    DeleteFileA(name);

    PAL_Terminate();
    return 0;
}
