/*
 * errno: per-thread C runtime error value; wcstoul overflow sets ERANGE (the
 * one value the spec requires) and a success leaves errno alone.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    ULONG v;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    errno = 0;
    v = wcstoul(u"99999999999", NULL, 10);
    if (v != 0xffffffffU || errno != ERANGE)
        Fail("wcstoul overflow gave %lu errno %d, expected ULONG_MAX and ERANGE\n", v, errno);
    errno = 0;
    v = wcstoul(u"42", NULL, 10);
    if (v != 42 || errno != 0)
        Fail("wcstoul(42) gave %lu errno %d\n", v, errno);
    errno = 12345;
    if (errno != 12345)
        Fail("errno does not keep its value\n");

    PAL_Terminate();
    return 0;
}
