/*
 * vsprintf: the va_list form of sprintf, always terminated.
 */
#include <palsuite.h>

/* msvcrt's errno values: rotor_pal.h defines only ERANGE (spec "errno"). */
#ifndef EINVAL
#define EINVAL 22
#endif

static int call(char *buf, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vsprintf(buf, fmt, ap);
    va_end(ap);
    return r;
}

int main(int argc, char **argv)
{
    char buf[128];
    int r;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    r = call(buf, "%s %d %I64u %p %S", "x", -3, (ULONGLONG)1 << 33, (void *)0xff, u"w");
    if (r != 34 || strcmp(buf, "x -3 8589934592 00000000000000FF w") != 0)
        Fail("vsprintf: got \"%s\" (%d)\n", buf, r);

    r = call(buf, "");
    if (r != 0 || buf[0] != 0)
        Fail("vsprintf empty format: returned %d\n", r);

    errno = 0;
    r = call(buf, NULL);
    if (r != -1 || errno != EINVAL)
        Fail("vsprintf NULL format: returned %d errno %d\n", r, errno);

    PAL_Terminate();
    return 0;
}
