/*
 * vswprintf (Rotor's form without a count): the va_list form of swprintf.
 */
#include <palsuite.h>

static int call(WCHAR *buf, const WCHAR *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
#ifdef _WIN32
    int r = _vswprintf(buf, fmt, ap);
#else
    int r = vswprintf(buf, fmt, ap);
#endif
    va_end(ap);
    return r;
}

int main(int argc, char **argv)
{
    WCHAR buf[128];
    int r;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    r = call(buf, u"%s=%d (%S) %I64x", u"key", 7, "narrow", (__int64)0xabcdef012LL);
    if (r != 24 || wcscmp(buf, u"key=7 (narrow) abcdef012") != 0)
        Fail("vswprintf: got \"%S\" (%d)\n", buf, r);

    r = call(buf, u"");
    if (r != 0 || buf[0] != 0)
        Fail("vswprintf empty format returned %d\n", r);

    PAL_Terminate();
    return 0;
}
