/*
 * _snprintf: writes at most count chars; adds a NUL only when the output is
 * shorter than count; output of exactly count chars returns count with no
 * NUL; longer output returns -1 (count chars written, no NUL).
 */
#include <palsuite.h>

/* msvcrt's errno values: rotor_pal.h defines only ERANGE (spec "errno"). */
#ifndef EINVAL
#define EINVAL 22
#endif

int main(int argc, char **argv)
{
    char buf[32];
    int r;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    memset(buf, 'x', sizeof(buf));
    r = _snprintf(buf, sizeof(buf), "%s-%d", "ab", 12);
    if (r != 5 || strcmp(buf, "ab-12") != 0)
        Fail("_snprintf fit: got \"%s\" (%d)\n", buf, r);

    memset(buf, 'x', sizeof(buf));
    r = _snprintf(buf, 3, "abc");
    if (r != 3 || memcmp(buf, "abcx", 4) != 0)
        Fail("_snprintf exact fit: returned %d, buffer \"%.4s\"; expected 3 and no terminator\n", r, buf);

    memset(buf, 'x', sizeof(buf));
    r = _snprintf(buf, 2, "abc");
    if (r != -1 || memcmp(buf, "abxx", 4) != 0)
        Fail("_snprintf overflow: returned %d, buffer \"%.4s\"; expected -1 and \"abxx\"\n", r, buf);

    memset(buf, 'x', sizeof(buf));
    r = _snprintf(buf, 0, "abc");
    if (r != -1 || buf[0] != 'x')
        Fail("_snprintf count 0: returned %d, expected -1 and nothing written\n", r);

    r = _snprintf(NULL, 0, "%d", 12345);
    if (r != 5)
        Fail("_snprintf(NULL, 0) returned %d, expected the needed length 5\n", r);

    memset(buf, 'x', sizeof(buf));
    r = _snprintf(buf, 8, "%I64d", (__int64)123456789012LL);
    if (r != -1 || memcmp(buf, "12345678x", 9) != 0)
        Fail("_snprintf %%I64d overflow: returned %d \"%.9s\"\n", r, buf);

    errno = 0;
    r = _snprintf(buf, sizeof(buf), NULL);
    if (r != -1 || errno != EINVAL)
        Fail("_snprintf NULL format returned %d errno %d, expected -1 EINVAL\n", r, errno);

    PAL_Terminate();
    return 0;
}
