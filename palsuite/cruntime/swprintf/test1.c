/*
 * swprintf (Rotor's two-argument form): in the wide functions %s and %c are
 * WCHAR, %hs/%S and %hc/%C are narrow, %ls/%ws/%lc/%wc WCHAR.
 * MinGW's swprintf is the ISO form with a count; msvcrt's two-argument one is
 * _swprintf there.
 */
#include <palsuite.h>

#ifdef _WIN32
#define SWPRINTF _swprintf
#else
#define SWPRINTF swprintf
#endif

static void check(const WCHAR *got, int ret, const WCHAR *expect, const char *what)
{
    if (wcscmp(got, expect) != 0 || ret != (int)wcslen(expect))
        Fail("swprintf(%s): got \"%S\" (%d), expected \"%S\"\n", what, got, ret, expect);
}

int main(int argc, char **argv)
{
    WCHAR buf[256];
    int r;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    r = SWPRINTF(buf, u"%s|%S|%hs|%ls|%ws", u"ab", "cd", "ef", u"gh", u"ij");
    check(buf, r, u"ab|cd|ef|gh|ij", "strings");
    r = SWPRINTF(buf, u"%c|%C|%hc|%lc|%wc", (WCHAR)'x', 'y', 'z', (WCHAR)'q', (WCHAR)'w');
    check(buf, r, u"x|y|z|q|w", "chars");
    r = SWPRINTF(buf, u"%d|%5d|%-5x|%05X|%ld|%I64d|%p", -1, 42, 255, 255, (LONG)-2, (__int64)-3, (void *)0x1f);
    check(buf, r, u"-1|   42|ff   |000FF|-2|-3|000000000000001F", "numbers");
    r = SWPRINTF(buf, u"[%5s][%-4.2s][%s]", u"ab", u"xyz", (WCHAR *)NULL);
    check(buf, r, u"[   ab][xy  ][(null)]", "width");
    r = SWPRINTF(buf, u"%.1f%%", 99.44);
    check(buf, r, u"99.4%", "float");

    PAL_Terminate();
    return 0;
}
