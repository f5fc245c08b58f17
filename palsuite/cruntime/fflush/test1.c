/*
 * fflush: makes written data visible to another stream on the same file;
 * fflush(NULL) flushes every stream.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    const char *name = "fflush_test1.txt";
    FILE *w, *r;
    char buf[16];
    size_t n;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    w = fopen(name, "wb");
    if (w == NULL)
        Fail("fopen failed\n");
    fputs("flushed", w);
    if (fflush(w) != 0)
        Fail("fflush returned nonzero\n");
    r = fopen(name, "rb");
    if (r == NULL)
        Fail("second fopen failed\n");
    n = fread(buf, 1, sizeof(buf) - 1, r);
    buf[n] = 0;
    if (strcmp(buf, "flushed") != 0)
        Fail("the other stream reads \"%s\"\n", buf);
    fclose(r);
    fputs("more", w);
    if (fflush(NULL) != 0)
        Fail("fflush(NULL) returned nonzero\n");
    fclose(w);
    if (fflush(stdout) != 0)
        Fail("fflush(stdout) returned nonzero\n");
    DeleteFileA(name);

    PAL_Terminate();
    return 0;
}
