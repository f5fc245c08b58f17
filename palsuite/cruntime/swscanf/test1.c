/*
 * swscanf: the formats the Rotor spec lists ("%[^,],%[^,],%s", "%u%n",
 * "%[^,],%[^,],%[^,],%c,%c"); %s is WCHAR, %hs/%S narrow.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    WCHAR a[32], b[32], c[32], ch1 = 0, ch2 = 0;
    char narrow[32];
    unsigned int u = 0;
    int n = 0, r;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    r = swscanf(u"one,two,three", u"%[^,],%[^,],%s", a, b, c);
    if (r != 3 || wcscmp(a, u"one") != 0 || wcscmp(b, u"two") != 0 || wcscmp(c, u"three") != 0)
        Fail("swscanf %%[^,]: r=%d a=%S b=%S c=%S\n", r, a, b, c);

    r = swscanf(u"12345xyz", u"%u%n", &u, &n);
    if (r != 1 || u != 12345 || n != 5)
        Fail("swscanf %%u%%n: r=%d u=%u n=%d\n", r, u, n);

    r = swscanf(u"Sys,Ver,1.0,a,b", u"%[^,],%[^,],%[^,],%c,%c", a, b, c, &ch1, &ch2);
    if (r != 5 || wcscmp(a, u"Sys") != 0 || wcscmp(c, u"1.0") != 0 || ch1 != 'a' || ch2 != 'b')
        Fail("swscanf %%c: r=%d a=%S c=%S\n", r, a, c);

    r = swscanf(u"narrow 42", u"%hs %d", narrow, &n);
    if (r != 2 || strcmp(narrow, "narrow") != 0 || n != 42)
        Fail("swscanf %%hs: r=%d narrow=%s n=%d\n", r, narrow, n);

    r = swscanf(u"tail", u"%S", narrow);
    if (r != 1 || strcmp(narrow, "tail") != 0)
        Fail("swscanf %%S: r=%d narrow=%s\n", r, narrow);

    r = swscanf(u"", u"%d", &n);
    if (r != EOF)
        Fail("swscanf on empty input returned %d, expected EOF\n", r);

    PAL_Terminate();
    return 0;
}
