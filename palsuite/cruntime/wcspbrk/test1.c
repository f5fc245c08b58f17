/*
 * wcspbrk: first char of the string that is in the set.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    const WCHAR *s = u"hello, world";

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    if (wcspbrk(s, u",w") != s + 5)
        Fail("wcspbrk did not find ','\n");
    if (wcspbrk(s, u"xyz") != NULL)
        Fail("wcspbrk found a char not in the string\n");
    if (wcspbrk(s, u"") != NULL)
        Fail("wcspbrk with an empty set found something\n");
    if (wcspbrk(u"", u"abc") != NULL)
        Fail("wcspbrk in an empty string found something\n");

    PAL_Terminate();
    return 0;
}
