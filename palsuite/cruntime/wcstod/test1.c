/*
 * wcstod: decimal floating point with the end pointer; no digits gives 0 and
 * the end at the start; overflow sets ERANGE.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    const WCHAR *s = u"  -2.5e3xyz";
    WCHAR *end;
    double d;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    d = wcstod(s, &end);
    if (d != -2500.0 || end != s + 8)
        Fail("wcstod gave %f, end offset %d\n", d, (int)(end - s));
    if (wcstod(u"0.125", NULL) != 0.125 || wcstod(u"1E2", NULL) != 100.0 || wcstod(u".5", NULL) != 0.5)
        Fail("wcstod of simple values is wrong\n");
    s = u"abc";
    d = wcstod(s, &end);
    if (d != 0.0 || end != s)
        Fail("wcstod without digits gave %f\n", d);
    errno = 0;
    d = wcstod(u"1e999", NULL);
    if (errno != ERANGE || d < 1e308)
        Fail("wcstod overflow gave %f errno %d\n", d, errno);

    PAL_Terminate();
    return 0;
}
