/*
 * wcstok: tokens separated by any run of delimiters; NULL continues the
 * previous string; NULL when no token is left.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    WCHAR buf[32] = u",,one, two,,three,";
    WCHAR *t;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    t = wcstok(buf, u", ");
    if (t == NULL || wcscmp(t, u"one") != 0)
        Fail("first token wrong\n");
    t = wcstok(NULL, u", ");
    if (t == NULL || wcscmp(t, u"two") != 0)
        Fail("second token wrong\n");
    t = wcstok(NULL, u",");
    if (t == NULL || wcscmp(t, u"three") != 0)
        Fail("third token wrong\n");
    t = wcstok(NULL, u",");
    if (t != NULL)
        Fail("a token after the last one\n");

    wcscpy(buf, u",,,");
    if (wcstok(buf, u",") != NULL)
        Fail("a string of delimiters only has a token\n");

    PAL_Terminate();
    return 0;
}
