/*
 * wsprintfA (user32): c C d i u x X p s S with h/l/w and I64 sizes; no
 * floating point (the conversion prints as itself and takes no argument);
 * output is cut at 1023 chars plus the terminator.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    char buf[2048];
    char big[3000];
    int r;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    r = wsprintfA(buf, "%d|%ld|%u|%x|%X|%#x|%lu", -5, (LONG)7, 4294967295u, 255, 171, 255, (ULONG)3);
    if (r != 28 || strcmp(buf, "-5|7|4294967295|ff|AB|0xff|3") != 0)
        Fail("wsprintfA ints: got \"%s\" (%d)\n", buf, r);

    r = wsprintfA(buf, "%I64d|%I64u|%I64x", (__int64)1 << 40, (ULONGLONG)-1, (__int64)0xabcdef123LL);
    if (strcmp(buf, "1099511627776|18446744073709551615|abcdef123") != 0 || r != 44)
        Fail("wsprintfA %%I64: got \"%s\" (%d)\n", buf, r);

    r = wsprintfA(buf, "%5.2s|%ws|%S|%hs|%c|%C|%s", "abc", u"w", u"S", "h", 'c', (WCHAR)'C', "end");
    if (strcmp(buf, "   ab|w|S|h|c|C|end") != 0 || r != 19)
        Fail("wsprintfA strings: got \"%s\" (%d)\n", buf, r);

    r = wsprintfA(buf, "%-5d|%05d|%.3d", 10, 11, 12);
    if (strcmp(buf, "10   |00011|012") != 0 || r != 15)
        Fail("wsprintfA width: got \"%s\" (%d)\n", buf, r);

    r = wsprintfA(buf, "%p", (void *)0x1234);
    if (strcmp(buf, "0000000000001234") != 0 || r != 16)
        Fail("wsprintfA %%p: got \"%s\" (%d)\n", buf, r);

    /* no floating point: %f prints "f" and consumes nothing */
    r = wsprintfA(buf, "%f|%d", 42);
    if (strcmp(buf, "f|42") != 0 || r != 4)
        Fail("wsprintfA %%f: got \"%s\" (%d)\n", buf, r);

    r = wsprintfA(buf, "%s", (char *)NULL);
    if (strcmp(buf, "(null)") != 0 || r != 6)
        Fail("wsprintfA NULL string: got \"%s\" (%d)\n", buf, r);

    memset(big, 'a', sizeof(big) - 1);
    big[sizeof(big) - 1] = 0;
    memset(buf, 'z', sizeof(buf));
    r = wsprintfA(buf, "%s", big);
    if (strlen(buf) != 1023 || buf[1024] != 'z')
        Fail("wsprintfA long output: length %d, expected 1023 (returned %d)\n", (int)strlen(buf), r);

    PAL_Terminate();
    return 0;
}
