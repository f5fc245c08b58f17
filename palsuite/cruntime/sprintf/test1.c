/*
 * sprintf: Win32 (msvcrt) formats: flags, width and precision, %ld is 32-bit,
 * %I64d/%I32d/%Id sizes, %p is 16 uppercase hex digits without 0x, "(null)".
 */
#include <palsuite.h>

/* msvcrt's errno values: rotor_pal.h defines only ERANGE (spec "errno"). */
#ifndef EINVAL
#define EINVAL 22
#endif

static void check(const char *fmt_desc, const char *got, int ret, const char *expect)
{
    if (strcmp(got, expect) != 0 || ret != (int)strlen(expect))
        Fail("sprintf(%s): got \"%s\" (%d), expected \"%s\" (%d)\n", fmt_desc, got, ret, expect,
             (int)strlen(expect));
}

int main(int argc, char **argv)
{
    char buf[256];
    int r;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    r = sprintf(buf, "%d|%i|%u|%o|%x|%X", -42, 17, 3000000000u, 8, 255, 255);
    check("ints", buf, r, "-42|17|3000000000|10|ff|FF");
    r = sprintf(buf, "[% d][%+d][%05d][%-5d][%5.3d][%.0d][%#x][%#X][%#o][%#x]", 5, 5, -5, 5, 7, 0, 255, 255, 8, 0);
    check("flags", buf, r, "[ 5][+5][-0005][5    ][  007][][0xff][0XFF][010][0]");
    r = sprintf(buf, "[%*d][%-*d][%.*d]", 4, 1, 4, 2, 3, 3);
    check("star", buf, r, "[   1][2   ][003]");
    r = sprintf(buf, "[%*d]", -3, 9);
    check("negative star width", buf, r, "[9  ]");
    /* %ld takes a 32-bit LONG on Win32 */
    r = sprintf(buf, "%ld %lu %lx", (LONG)-7, (ULONG)4000000000u, (ULONG)0xdeadbeef);
    check("%ld", buf, r, "-7 4000000000 deadbeef");
    r = sprintf(buf, "%I64d %I64u %I64x %lld", (__int64)-1234567890123LL, (ULONGLONG)18446744073709551615ULL,
                (__int64)0x123456789abLL, (__int64)1 << 40);
    check("%I64d", buf, r, "-1234567890123 18446744073709551615 123456789ab 1099511627776");
    r = sprintf(buf, "%I32d %Id %Iu", (int)-5, (INT_PTR)-6, (UINT_PTR)7);
    check("%I32d %Id", buf, r, "-5 -6 7");
    r = sprintf(buf, "%hd %hu %hx", 70000, 70000, 0x12345);
    check("%hd", buf, r, "4464 4464 2345");
    r = sprintf(buf, "[%p][%25p][%-20p][%#p]", (void *)0x1234abcd, (void *)0x10, (void *)0x1, (void *)0xab);
    check("%p", buf, r, "[000000001234ABCD][         0000000000000010][0000000000000001    ][0X00000000000000AB]");
    r = sprintf(buf, "[%s][%5s][%-5s][%.2s][%5.1s]", "abc", "ab", "ab", "abc", "xyz");
    check("%s", buf, r, "[abc][   ab][ab   ][ab][    x]");
    r = sprintf(buf, "[%s]", (char *)NULL);
    check("%s NULL", buf, r, "[(null)]");
    r = sprintf(buf, "[%c][%3c][%-3c]", 'a', 'b', 'c');
    check("%c", buf, r, "[a][  b][c  ]");
    r = sprintf(buf, "100%%");
    check("%%", buf, r, "100%");
    r = sprintf(buf, "[%.2f][%8.3f][%-8.1f][%+.1f][%e][%.2E][%g][%G]", 3.14159, 2.5, 1.26, 2.24, 1.5, 12345.678, 0.0001,
                1e20);
    check("float", buf, r, "[3.14][   2.500][1.3     ][+2.2][1.500000e+000][1.23E+004][0.0001][1E+020]");
    r = sprintf(buf, "[%010.2f][%-10.2f]", -3.5, 3.5);
    check("float pad", buf, r, "[-000003.50][3.50      ]");
    r = sprintf(buf, "%c", 0);
    if (r != 1 || buf[0] != 0)
        Fail("sprintf(%%c, 0) returned %d, expected 1 with a NUL char\n", r);

    errno = 0;
    r = sprintf(buf, NULL);
    if (r != -1 || errno != EINVAL)
        Fail("sprintf(buf, NULL) returned %d errno %d, expected -1 and EINVAL\n", r, errno);

    PAL_Terminate();
    return 0;
}
