/*
 * _stricmp, _strnicmp: ASCII case-insensitive compare on the lowercase forms;
 * NULL returns _NLSCMPERROR.
 */
#include <palsuite.h>

#ifndef _NLSCMPERROR
#define _NLSCMPERROR 2147483647
#endif

int main(int argc, char **argv)
{
    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    if (_stricmp("Hello", "hELLO") != 0)
        Fail("_stricmp of strings differing in case is not 0\n");
    if (_stricmp("abc", "ABD") >= 0 || _stricmp("ABD", "abc") <= 0 || _stricmp("ab", "ABC") >= 0)
        Fail("_stricmp ordering is wrong\n");
    if (_stricmp("a_", "A[") <= 0)
        Fail("_stricmp does not compare the lowercase forms\n");
    if (_strnicmp("ABCx", "abcy", 3) != 0 || _strnicmp("ABCx", "abcy", 4) >= 0 || _strnicmp("a", "b", 0) != 0)
        Fail("_strnicmp is wrong\n");
    if (_stricmp(NULL, "a") != _NLSCMPERROR || _strnicmp("a", NULL, 1) != _NLSCMPERROR)
        Fail("NULL did not return _NLSCMPERROR\n");

    PAL_Terminate();
    return 0;
}
