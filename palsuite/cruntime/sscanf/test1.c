/*
 * sscanf: %d %u %x %s %c %[...] %n %I64d, %ws into a WCHAR buffer, '*',
 * widths, 32-bit %ld, the count of assigned fields and EOF on empty input.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    int i = 0, n = 0;
    unsigned int u = 0, x = 0;
    LONG l = 0;
    __int64 big = 0;
    short h = 0;
    char s[32], c[4], set[32];
    WCHAR ws[32];
    int r;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    r = sscanf("  -12 4000000000 0x1f abc", "%d %u %x %s", &i, &u, &x, s);
    if (r != 4 || i != -12 || u != 4000000000u || x != 0x1f || strcmp(s, "abc") != 0)
        Fail("sscanf basic: r=%d i=%d u=%u x=%x s=%s\n", r, i, u, x, s);

    r = sscanf("12345678901 -7 70000", "%I64d %ld %hd", &big, &l, &h);
    if (r != 3 || big != 12345678901LL || l != -7 || h != (short)70000)
        Fail("sscanf sizes: r=%d big=%I64d l=%ld h=%d\n", r, big, l, h);

    r = sscanf("key=value,rest", "%[^=]=%[^,],%n", s, set, &n);
    if (r != 2 || strcmp(s, "key") != 0 || strcmp(set, "value") != 0 || n != 10)
        Fail("sscanf scanset: r=%d s=%s set=%s n=%d\n", r, s, set, n);

    r = sscanf("abcdef", "%3c%2s", c, s);
    if (r != 2 || memcmp(c, "abc", 3) != 0 || strcmp(s, "de") != 0)
        Fail("sscanf %%c width: r=%d s=%s\n", r, s);

    r = sscanf("wide 99", "%ws %d", ws, &i);
    if (r != 2 || ws[0] != 'w' || ws[3] != 'e' || ws[4] != 0 || i != 99)
        Fail("sscanf %%ws: r=%d i=%d\n", r, i);

    r = sscanf("1 2 3", "%*d %d %d", &i, &n);
    if (r != 2 || i != 2 || n != 3)
        Fail("sscanf suppression: r=%d i=%d n=%d\n", r, i, n);

    r = sscanf("5 abc", "%d %d", &i, &n);
    if (r != 1 || i != 5)
        Fail("sscanf matching failure: r=%d, expected 1\n", r);

    r = sscanf("", "%d", &i);
    if (r != EOF)
        Fail("sscanf on empty input returned %d, expected EOF\n", r);

    r = sscanf("   ", "%s", s);
    if (r != EOF)
        Fail("sscanf %%s on blank input returned %d, expected EOF\n", r);

    r = sscanf("x", "%d", &i);
    if (r != 0)
        Fail("sscanf on a non-number returned %d, expected 0\n", r);

    r = sscanf("3.5 -2e3", "%f %lf", (float *)&u, (double *)&big);
    if (r != 2 || *(float *)&u != 3.5f || *(double *)&big != -2000.0)
        Fail("sscanf floats: r=%d\n", r);

    PAL_Terminate();
    return 0;
}
