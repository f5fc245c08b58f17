/*
 * lstrcpynW copies at most n-1 chars and always terminates; lstrcpyW and
 * lstrcatW; NULL pointers return NULL.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    WCHAR buf[32];
    int i;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    if (lstrcpynW(buf, u"abcdef", 3) != buf || wcscmp(buf, u"ab") != 0)
        Fail("lstrcpynW(3) gave \"%S\"\n", buf);
    if (lstrcpynW(buf, u"xy", 10) != buf || wcscmp(buf, u"xy") != 0)
        Fail("lstrcpynW(10) gave \"%S\"\n", buf);
    for (i = 0; i < 32; i++)
        buf[i] = 'z';
    if (lstrcpynW(buf, u"abc", 1) != buf || buf[0] != 0 || buf[1] != 'z')
        Fail("lstrcpynW(1) did not write just a terminator\n");
    buf[0] = 'q';
    if (lstrcpynW(buf, u"abc", 0) != buf || buf[0] != 'q')
        Fail("lstrcpynW(0) wrote to the buffer\n");
    if (lstrcpynW(buf, NULL, 3) != NULL)
        Fail("lstrcpynW with a NULL source did not return NULL\n");

    if (lstrcpyW(buf, u"one") != buf || wcscmp(buf, u"one") != 0)
        Fail("lstrcpyW gave \"%S\"\n", buf);
    if (lstrcatW(buf, u"two") != buf || wcscmp(buf, u"onetwo") != 0)
        Fail("lstrcatW gave \"%S\"\n", buf);
    if (lstrcpyW(NULL, u"x") != NULL || lstrcatW(buf, NULL) != NULL)
        Fail("lstrcpyW/lstrcatW with NULL did not return NULL\n");

    PAL_Terminate();
    return 0;
}
