/*
 * wcslen, lstrlenW, lstrlenA: lengths in 16-bit units; lstrlen*(NULL) is 0.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    if (wcslen(u"") != 0 || wcslen(u"abc") != 3)
        Fail("wcslen returned a wrong length\n");
    /* a surrogate pair is two WCHARs */
    if (wcslen(u"a\xD83D\xDE00z") != 4)
        Fail("wcslen of a surrogate pair string is not 4\n");
    if (lstrlenW(u"hello") != 5 || lstrlenW(u"") != 0)
        Fail("lstrlenW returned a wrong length\n");
    if (lstrlenW(NULL) != 0)
        Fail("lstrlenW(NULL) is not 0\n");
    if (lstrlenA("hello") != 5 || lstrlenA(NULL) != 0)
        Fail("lstrlenA returned a wrong length\n");

    PAL_Terminate();
    return 0;
}
