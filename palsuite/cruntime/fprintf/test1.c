/*
 * fprintf: formats into a stream; the file holds exactly the returned count
 * of chars. A NULL format fails with -1 and EINVAL.
 */
#include <palsuite.h>

/* msvcrt's errno values: rotor_pal.h defines only ERANGE (spec "errno"). */
#ifndef EINVAL
#define EINVAL 22
#endif

int main(int argc, char **argv)
{
    const char *name = "fprintf_test1.txt";
    const char *expect = "x=-12 y=00FF w=wide big=123456789012 p=00000000DEADBEEF";
    char buf[128];
    FILE *f;
    int r;
    size_t n;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    f = fopen(name, "w");
    if (f == NULL)
        Fail("fopen(%s, w) failed\n", name);
    r = fprintf(f, "x=%d y=%04X w=%ws big=%I64d p=%p", -12, 255, u"wide", (__int64)123456789012LL, (void *)0xdeadbeef);
    if (r != (int)strlen(expect))
        Fail("fprintf returned %d, expected %d\n", r, (int)strlen(expect));
    errno = 0;
    r = fprintf(f, NULL);
    if (r != -1 || errno != EINVAL)
        Fail("fprintf NULL format returned %d errno %d\n", r, errno);
    fclose(f);

    f = fopen(name, "r");
    if (f == NULL)
        Fail("fopen(%s, r) failed\n", name);
    n = fread(buf, 1, sizeof(buf) - 1, f);
    buf[n] = 0;
    fclose(f);
    DeleteFileA(name);
    if (strcmp(buf, expect) != 0)
        Fail("file holds \"%s\", expected \"%s\"\n", buf, expect);

    r = fprintf(stderr, "%s", "");
    if (r != 0)
        Fail("fprintf(stderr, \"\") returned %d\n", r);

    PAL_Terminate();
    return 0;
}
