/*
 * vfprintf: the va_list form of fprintf.
 */
#include <palsuite.h>

static int call(FILE *f, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vfprintf(f, fmt, ap);
    va_end(ap);
    return r;
}

int main(int argc, char **argv)
{
    const char *name = "vfprintf_test1.txt";
    char buf[64];
    FILE *f;
    int r;
    size_t n;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    f = fopen(name, "w");
    if (f == NULL)
        Fail("fopen failed\n");
    r = call(f, "%s|%3d|%lu", "abc", 7, (ULONG)4000000000u);
    if (r != 18)
        Fail("vfprintf returned %d, expected 18\n", r);
    fclose(f);
    f = fopen(name, "r");
    if (f == NULL)
        Fail("fopen for reading failed\n");
    n = fread(buf, 1, sizeof(buf) - 1, f);
    buf[n] = 0;
    fclose(f);
    DeleteFileA(name);
    if (strcmp(buf, "abc|  7|4000000000") != 0)
        Fail("file holds \"%s\"\n", buf);

    PAL_Terminate();
    return 0;
}
