/*
 * wcscat, wcsncat: append; wcsncat appends at most count chars and always
 * terminates.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    WCHAR buf[32] = u"abc";
    WCHAR *r;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    r = wcscat(buf, u"def");
    if (r != buf || wcscmp(buf, u"abcdef") != 0)
        Fail("wcscat gave \"%S\"\n", buf);
    r = wcscat(buf, u"");
    if (r != buf || wcscmp(buf, u"abcdef") != 0)
        Fail("wcscat of an empty string changed the buffer\n");
    r = wcsncat(buf, u"ghijk", 2);
    if (r != buf || wcscmp(buf, u"abcdefgh") != 0)
        Fail("wcsncat(2) gave \"%S\"\n", buf);
    r = wcsncat(buf, u"xy", 10);
    if (r != buf || wcscmp(buf, u"abcdefghxy") != 0)
        Fail("wcsncat(10) gave \"%S\"\n", buf);
    r = wcsncat(buf, u"zz", 0);
    if (r != buf || wcscmp(buf, u"abcdefghxy") != 0)
        Fail("wcsncat(0) changed the buffer\n");

    PAL_Terminate();
    return 0;
}
