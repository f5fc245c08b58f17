/*
 * vprintf: the va_list form of printf.
 */
#include <palsuite.h>

static int call(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vprintf(fmt, ap);
    va_end(ap);
    return r;
}

int main(int argc, char **argv)
{
    int r;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    r = call("vprintf test: %5d|%-3s|%S\n", 42, "a", u"wide");
    if (r != 29)
        Fail("vprintf returned %d, expected 29\n", r);

    PAL_Terminate();
    return 0;
}
