/*
 * _wcslwr: lowercases ASCII letters in place and returns the string.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    WCHAR buf[32] = u"Hello WORLD 123_[]";

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    if (_wcslwr(buf) != buf || wcscmp(buf, u"hello world 123_[]") != 0)
        Fail("_wcslwr gave \"%S\"\n", buf);

    PAL_Terminate();
    return 0;
}
