/*
 * wcscmp, wcsncmp: compare 16-bit units as unsigned values.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    if (wcscmp(u"abc", u"abc") != 0)
        Fail("wcscmp of equal strings is not 0\n");
    if (wcscmp(u"abc", u"abd") >= 0 || wcscmp(u"abd", u"abc") <= 0)
        Fail("wcscmp ordering is wrong\n");
    if (wcscmp(u"ab", u"abc") >= 0 || wcscmp(u"abc", u"ab") <= 0)
        Fail("wcscmp of a prefix is wrong\n");
    if (wcscmp(u"\xFFFF", u"a") <= 0)
        Fail("wcscmp does not compare units as unsigned\n");
    if (wcscmp(u"", u"") != 0)
        Fail("wcscmp of empty strings is not 0\n");

    if (wcsncmp(u"abcX", u"abcY", 3) != 0)
        Fail("wcsncmp(3) of strings equal in 3 chars is not 0\n");
    if (wcsncmp(u"abcX", u"abcY", 4) >= 0)
        Fail("wcsncmp(4) ordering is wrong\n");
    if (wcsncmp(u"a", u"b", 0) != 0)
        Fail("wcsncmp with count 0 is not 0\n");
    if (wcsncmp(u"ab", u"abc", 10) >= 0)
        Fail("wcsncmp past the shorter string is wrong\n");

    PAL_Terminate();
    return 0;
}
