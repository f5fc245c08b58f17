/*
 * fwprintf: a WCHAR format (%s WCHAR, %S narrow) written to a text stream;
 * ASCII text reads back as the same bytes.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    const char *name = "fwprintf_test1.txt";
    char buf[64];
    FILE *f;
    int r;
    size_t n;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    f = fopen(name, "w");
    if (f == NULL)
        Fail("fopen failed\n");
    r = fwprintf(f, u"%s-%S-%d-%c", u"wide", "narrow", 42, (WCHAR)'z');
    if (r != 16)
        Fail("fwprintf returned %d, expected 16\n", r);
    fclose(f);
    f = fopen(name, "r");
    if (f == NULL)
        Fail("fopen for reading failed\n");
    n = fread(buf, 1, sizeof(buf) - 1, f);
    buf[n] = 0;
    fclose(f);
    DeleteFileA(name);
    if (strcmp(buf, "wide-narrow-42-z") != 0)
        Fail("file holds \"%s\"\n", buf);

    PAL_Terminate();
    return 0;
}
