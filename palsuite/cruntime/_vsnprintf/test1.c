/*
 * _vsnprintf: the va_list form of _snprintf (no terminator on overflow or
 * exact fit, -1 on overflow).
 */
#include <palsuite.h>

/* msvcrt's errno values: rotor_pal.h defines only ERANGE (spec "errno"). */
#ifndef EINVAL
#define EINVAL 22
#endif

static int call(char *buf, size_t count, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = _vsnprintf(buf, count, fmt, ap);
    va_end(ap);
    return r;
}

int main(int argc, char **argv)
{
    char buf[32];
    int r;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    memset(buf, 'x', sizeof(buf));
    r = call(buf, sizeof(buf), "%ws=%ld", u"key", (LONG)-1);
    if (r != 6 || strcmp(buf, "key=-1") != 0)
        Fail("_vsnprintf: got \"%s\" (%d)\n", buf, r);

    memset(buf, 'x', sizeof(buf));
    r = call(buf, 4, "%s", "abcd");
    if (r != 4 || memcmp(buf, "abcdx", 5) != 0)
        Fail("_vsnprintf exact fit: returned %d \"%.5s\"\n", r, buf);

    memset(buf, 'x', sizeof(buf));
    r = call(buf, 4, "%d", 123456);
    if (r != -1 || memcmp(buf, "1234x", 5) != 0)
        Fail("_vsnprintf overflow: returned %d \"%.5s\"\n", r, buf);

    errno = 0;
    r = call(buf, 4, NULL);
    if (r != -1 || errno != EINVAL)
        Fail("_vsnprintf NULL format: returned %d errno %d\n", r, errno);

    PAL_Terminate();
    return 0;
}
