/*
 * wcsstr: first occurrence of a substring; an empty needle matches at the start.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    const WCHAR *s = u"ababcabc";

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    if (wcsstr(s, u"abc") != s + 2)
        Fail("wcsstr did not find the first \"abc\"\n");
    if (wcsstr(s, u"abd") != NULL)
        Fail("wcsstr found a missing substring\n");
    if (wcsstr(s, u"") != s)
        Fail("wcsstr with an empty needle is not the string\n");
    if (wcsstr(u"ab", u"abc") != NULL)
        Fail("wcsstr found a needle longer than the string\n");

    PAL_Terminate();
    return 0;
}
