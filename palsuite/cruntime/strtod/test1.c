/*
 * strtod: value and end pointer; overflow sets ERANGE with a huge value.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    const char *s = " 12.5e-1 rest";
    char *end;
    double d;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    d = strtod(s, &end);
    if (d != 1.25 || end != s + 8)
        Fail("strtod gave %f, end offset %d\n", d, (int)(end - s));
    s = "x1";
    d = strtod(s, &end);
    if (d != 0.0 || end != s)
        Fail("strtod without digits gave %f\n", d);
    errno = 0;
    d = strtod("-1e999", NULL);
    if (errno != ERANGE || d > -1e308)
        Fail("strtod overflow gave %f errno %d\n", d, errno);

    PAL_Terminate();
    return 0;
}
