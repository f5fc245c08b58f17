/*
 * towlower, towupper: ASCII letters change case, other chars stay.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    WCHAR c;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    for (c = 'A'; c <= 'Z'; c++)
        if (towlower(c) != c + 32 || towupper((WCHAR)(c + 32)) != c)
            Fail("case mapping of '%c' is wrong\n", (int)c);
    if (towlower('a') != 'a' || towupper('A') != 'A')
        Fail("a letter already in the right case changed\n");
    if (towlower('1') != '1' || towupper('[') != '[' || towlower('@') != '@' || towupper('{') != '{')
        Fail("a non-letter changed\n");
    if (towupper(0x4E00) != 0x4E00)
        Fail("a CJK char changed\n");

    PAL_Terminate();
    return 0;
}
