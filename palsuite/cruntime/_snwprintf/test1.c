/*
 * _snwprintf: counts in WCHARs; no terminator on exact fit or overflow,
 * -1 on overflow, a NULL format fails with EINVAL.
 */
#include <palsuite.h>

/* msvcrt's errno values: rotor_pal.h defines only ERANGE (spec "errno"). */
#ifndef EINVAL
#define EINVAL 22
#endif

int main(int argc, char **argv)
{
    WCHAR buf[32];
    int r, i;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    r = _snwprintf(buf, 32, u"%s-%d", u"ab", 12);
    if (r != 5 || wcscmp(buf, u"ab-12") != 0)
        Fail("_snwprintf fit: got \"%S\" (%d)\n", buf, r);

    for (i = 0; i < 32; i++)
        buf[i] = 'x';
    r = _snwprintf(buf, 3, u"abc");
    if (r != 3 || buf[2] != 'c' || buf[3] != 'x')
        Fail("_snwprintf exact fit returned %d, expected 3 and no terminator\n", r);

    for (i = 0; i < 32; i++)
        buf[i] = 'x';
    r = _snwprintf(buf, 2, u"%hs", "abc");
    if (r != -1 || buf[0] != 'a' || buf[1] != 'b' || buf[2] != 'x')
        Fail("_snwprintf overflow returned %d, expected -1 with 2 chars written\n", r);

    r = _snwprintf(NULL, 0, u"%d", 1234);
    if (r != 4)
        Fail("_snwprintf(NULL, 0) returned %d, expected 4\n", r);

    errno = 0;
    r = _snwprintf(buf, 32, NULL);
    if (r != -1 || errno != EINVAL)
        Fail("_snwprintf NULL format returned %d errno %d\n", r, errno);

    PAL_Terminate();
    return 0;
}
