/*
 * sprintf: wide arguments in a narrow format: %ws %ls %S print a WCHAR string,
 * %wc %lc %C a WCHAR; %hs and %hc stay narrow.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    char buf[256];
    int r;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    r = sprintf(buf, "[%ws][%ls][%S][%hs][%s]", u"wide", u"long", u"cap", "narrow", "plain");
    if (r != 32 || strcmp(buf, "[wide][long][cap][narrow][plain]") != 0)
        Fail("sprintf wide strings: got \"%s\" (%d)\n", buf, r);

    r = sprintf(buf, "[%wc][%lc][%C][%hc][%c]", (WCHAR)'a', (WCHAR)'b', (WCHAR)'c', 'd', 'e');
    if (r != 15 || strcmp(buf, "[a][b][c][d][e]") != 0)
        Fail("sprintf wide chars: got \"%s\" (%d)\n", buf, r);

    r = sprintf(buf, "[%.3ws][%5ws][%-5S]", u"abcdef", u"ab", u"cd");
    if (strcmp(buf, "[abc][   ab][cd   ]") != 0 || r != 19)
        Fail("sprintf wide width/precision: got \"%s\" (%d)\n", buf, r);

    r = sprintf(buf, "[%ws]", (WCHAR *)NULL);
    if (strcmp(buf, "[(null)]") != 0 || r != 8)
        Fail("sprintf %%ws NULL: got \"%s\" (%d)\n", buf, r);

    PAL_Terminate();
    return 0;
}
