/*
 * _swab: swaps adjacent bytes; an odd last byte is not copied.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    char src[8] = "abcdef";
    char dst[8];

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    memset(dst, 'z', sizeof(dst));
    _swab(src, dst, 6);
    if (memcmp(dst, "badcfez", 7) != 0)
        Fail("_swab(6) gave \"%.7s\"\n", dst);
    memset(dst, 'z', sizeof(dst));
    _swab(src, dst, 5);
    if (memcmp(dst, "badczz", 6) != 0)
        Fail("_swab(5) gave \"%.6s\"\n", dst);
    memset(dst, 'z', sizeof(dst));
    _swab(src, dst, 0);
    if (dst[0] != 'z')
        Fail("_swab(0) wrote\n");

    PAL_Terminate();
    return 0;
}
