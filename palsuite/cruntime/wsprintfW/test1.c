/*
 * wsprintfW (user32): %s is WCHAR, %S/%hs narrow; output is cut at 1023
 * WCHARs plus the terminator.
 */
#include <palsuite.h>

static WCHAR buf[2048];

int main(int argc, char **argv)
{
    char big[3000];
    int r, i;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    r = wsprintfW(buf, u"%s|%S|%hs|%ls|%c|%C|%d|%x", u"ab", "cd", "ef", u"gh", (WCHAR)'x', 'y', 42, 0xbeef);
    if (r != 23 || wcscmp(buf, u"ab|cd|ef|gh|x|y|42|beef") != 0)
        Fail("wsprintfW: got \"%S\" (%d)\n", buf, r);

    r = wsprintfW(buf, u"%I64u", (ULONGLONG)12345678901234LL);
    if (r != 14 || wcscmp(buf, u"12345678901234") != 0)
        Fail("wsprintfW %%I64u: got \"%S\" (%d)\n", buf, r);

    memset(big, 'a', sizeof(big) - 1);
    big[sizeof(big) - 1] = 0;
    for (i = 0; i < 2048; i++)
        buf[i] = 'z';
    r = wsprintfW(buf, u"%S", big);
    if (wcslen(buf) != 1023 || buf[1024] != 'z')
        Fail("wsprintfW long output: length %d, expected 1023 (returned %d)\n", (int)wcslen(buf), r);

    PAL_Terminate();
    return 0;
}
