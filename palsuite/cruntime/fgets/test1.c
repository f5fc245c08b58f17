/*
 * fgets: reads up to n-1 chars or through a newline; NULL at end of file and
 * when n is 1 or 0.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    const char *name = "fgets_test1.txt";
    char buf[32];
    FILE *f;
    char *p;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    f = fopen(name, "wb");
    if (f == NULL)
        Fail("fopen failed\n");
    fputs("hello\nworld", f);
    fclose(f);

    f = fopen(name, "rb");
    if (f == NULL)
        Fail("fopen for reading failed\n");
    p = fgets(buf, 4, f);
    if (p != buf || strcmp(buf, "hel") != 0)
        Fail("fgets(n=4) gave \"%s\"\n", buf);
    p = fgets(buf, sizeof(buf), f);
    if (p != buf || strcmp(buf, "lo\n") != 0)
        Fail("fgets to the newline gave \"%s\"\n", buf);
    strcpy(buf, "unchanged");
    if (fgets(buf, 1, f) != NULL)
        Fail("fgets with n=1 did not return NULL\n");
    if (fgets(buf, 0, f) != NULL)
        Fail("fgets with n=0 did not return NULL\n");
    p = fgets(buf, sizeof(buf), f);
    if (p != buf || strcmp(buf, "world") != 0)
        Fail("fgets of the last line gave \"%s\"\n", buf);
    if (fgets(buf, sizeof(buf), f) != NULL)
        Fail("fgets at end of file did not return NULL\n");
    fclose(f);
    DeleteFileA(name);

    PAL_Terminate();
    return 0;
}
