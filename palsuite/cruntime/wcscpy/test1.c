/*
 * wcscpy, wcsncpy: wcsncpy pads with zeros up to count and does not
 * terminate a source of count chars or more.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    WCHAR buf[16];
    WCHAR *r;
    int i;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    r = wcscpy(buf, u"hello");
    if (r != buf || wcscmp(buf, u"hello") != 0)
        Fail("wcscpy gave \"%S\"\n", buf);
    r = wcscpy(buf, u"");
    if (r != buf || buf[0] != 0)
        Fail("wcscpy of an empty string\n");

    for (i = 0; i < 16; i++)
        buf[i] = 'x';
    r = wcsncpy(buf, u"ab", 5);
    if (r != buf || buf[0] != 'a' || buf[1] != 'b' || buf[2] != 0 || buf[3] != 0 || buf[4] != 0 || buf[5] != 'x')
        Fail("wcsncpy did not pad with zeros to count\n");
    for (i = 0; i < 16; i++)
        buf[i] = 'x';
    r = wcsncpy(buf, u"abcdef", 3);
    if (r != buf || buf[2] != 'c' || buf[3] != 'x')
        Fail("wcsncpy of a longer source wrote more than count chars\n");

    PAL_Terminate();
    return 0;
}
