/*
 * wcstoul: 32-bit ULONG; a minus sign negates modulo 2^32; overflow returns
 * ULONG_MAX with ERANGE (spec).
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    const WCHAR *s = u"4294967295 rest";
    WCHAR *end;
    ULONG v;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    errno = 0;
    v = wcstoul(s, &end, 10);
    if (v != 0xffffffffU || end != s + 10 || errno != 0)
        Fail("wcstoul(ULONG_MAX) = %lu errno %d\n", v, errno);
    errno = 0;
    v = wcstoul(u"4294967296", NULL, 10);
    if (v != 0xffffffffU || errno != ERANGE)
        Fail("wcstoul overflow = %lu errno %d\n", v, errno);
    errno = 0;
    v = wcstoul(u"-1", NULL, 10);
    if (v != 0xffffffffU || errno != 0)
        Fail("wcstoul(\"-1\") = %lu errno %d, expected 4294967295 without error\n", v, errno);
    if (wcstoul(u"ff", NULL, 16) != 255 || wcstoul(u"0xFF", NULL, 0) != 255)
        Fail("wcstoul hex is wrong\n");
    v = wcstoul(u"  ", &end, 10);
    if (v != 0)
        Fail("wcstoul of blanks is not 0\n");

    PAL_Terminate();
    return 0;
}
