/*
 * _wcsicmp, _wcsnicmp: case-insensitive (ASCII) compare on the lowercase
 * forms; a NULL string returns _NLSCMPERROR.
 */
#include <palsuite.h>

#ifndef _NLSCMPERROR
#define _NLSCMPERROR 2147483647
#endif

int main(int argc, char **argv)
{
    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    if (_wcsicmp(u"Hello World", u"hELLO wORLD") != 0)
        Fail("_wcsicmp of strings differing in case is not 0\n");
    if (_wcsicmp(u"abc", u"ABD") >= 0 || _wcsicmp(u"ABD", u"abc") <= 0)
        Fail("_wcsicmp ordering is wrong\n");
    /* compared as lowercase: '_' (0x5F) > '[' (0x5B), 'a' (0x61) > '_' */
    if (_wcsicmp(u"a_", u"A[") <= 0 || _wcsicmp(u"A", u"_") <= 0)
        Fail("_wcsicmp does not compare the lowercase forms\n");
    if (_wcsicmp(u"ab", u"ABC") >= 0)
        Fail("_wcsicmp of a prefix is wrong\n");

    if (_wcsnicmp(u"ABCx", u"abcy", 3) != 0)
        Fail("_wcsnicmp(3) is not 0\n");
    if (_wcsnicmp(u"ABCx", u"abcy", 4) >= 0)
        Fail("_wcsnicmp(4) ordering is wrong\n");
    if (_wcsnicmp(u"a", u"b", 0) != 0)
        Fail("_wcsnicmp with count 0 is not 0\n");

    if (_wcsicmp(NULL, u"a") != _NLSCMPERROR || _wcsicmp(u"a", NULL) != _NLSCMPERROR)
        Fail("_wcsicmp with NULL did not return _NLSCMPERROR\n");

    PAL_Terminate();
    return 0;
}
