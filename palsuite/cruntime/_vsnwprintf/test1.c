/*
 * _vsnwprintf: the va_list form of _snwprintf.
 */
#include <palsuite.h>

/* msvcrt's errno values: rotor_pal.h defines only ERANGE (spec "errno"). */
#ifndef EINVAL
#define EINVAL 22
#endif

static int call(WCHAR *buf, size_t count, const WCHAR *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = _vsnwprintf(buf, count, fmt, ap);
    va_end(ap);
    return r;
}

int main(int argc, char **argv)
{
    WCHAR buf[32];
    int r, i;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    r = call(buf, 32, u"%c%C%s", (WCHAR)'a', 'b', u"cd");
    if (r != 4 || wcscmp(buf, u"abcd") != 0)
        Fail("_vsnwprintf: got \"%S\" (%d)\n", buf, r);

    for (i = 0; i < 32; i++)
        buf[i] = 'x';
    r = call(buf, 4, u"%d", 123456);
    if (r != -1 || buf[3] != '4' || buf[4] != 'x')
        Fail("_vsnwprintf overflow returned %d\n", r);

    errno = 0;
    r = call(buf, 4, NULL);
    if (r != -1 || errno != EINVAL)
        Fail("_vsnwprintf NULL format returned %d errno %d\n", r, errno);

    PAL_Terminate();
    return 0;
}
