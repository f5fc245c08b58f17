/*
 * strtoul: a 32-bit ULONG; overflow gives ULONG_MAX (0xFFFFFFFF) and ERANGE.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    const char *s = "0x1fz";
    char *end;
    ULONG v;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    v = strtoul(s, &end, 16);
    if (v != 31 || end != s + 4)
        Fail("strtoul(0x1fz, 16) = %lu, end offset %d\n", v, (int)(end - s));
    errno = 0;
    v = strtoul("4294967295", NULL, 10);
    if (v != 0xffffffffU || errno != 0)
        Fail("strtoul(ULONG_MAX) = %lu errno %d\n", v, errno);
    errno = 0;
    v = strtoul("99999999999", NULL, 10);
    if (v != 0xffffffffU || errno != ERANGE)
        Fail("strtoul overflow = %lu errno %d, expected 4294967295 and ERANGE\n", v, errno);
    v = strtoul("-1", NULL, 10);
    if (v != 0xffffffffU)
        Fail("strtoul(-1) = %lu\n", v);
    v = strtoul("zz", &end, 10);
    if (v != 0)
        Fail("strtoul without digits = %lu\n", v);

    PAL_Terminate();
    return 0;
}
