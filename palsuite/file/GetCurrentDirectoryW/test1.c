/*
 * GetCurrentDirectoryW: the length without the NUL when the buffer holds the
 * path; the size needed with the NUL, writing nothing, when it does not;
 * the same path as GetCurrentDirectoryA; follows SetCurrentDirectoryW.
 */
#include <palsuite.h>

static size_t wlen(const WCHAR *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

int main(int argc, char *argv[])
{
    WCHAR buf[1024], sub[1024];
    char narrow[1024];
    DWORD n, i;

    PALSUITE_INIT(argc, argv);

    n = GetCurrentDirectoryW(0, NULL);
    CHECK(n > 1 && n < 1024, "GetCurrentDirectoryW(0, NULL) = %u", n);
    for (i = 0; i < 1024; i++)
        buf[i] = 0x5A5A;
    CHECK_SUCCEEDS(GetCurrentDirectoryW(n, buf), n - 1);
    CHECK(wlen(buf) == n - 1 && buf[n] == 0x5A5A, "wrong length written");
    for (i = 0; i < 1024; i++)
        buf[i] = 0x5A5A;
    CHECK_SUCCEEDS(GetCurrentDirectoryW(n - 1, buf), n);
    CHECK(buf[0] == 0x5A5A && buf[n - 2] == 0x5A5A, "a short buffer was written");
    CHECK_SUCCEEDS(GetCurrentDirectoryW(1024, buf), n - 1);

    /* The same path as the ANSI form (ASCII test directories). */
    CHECK(GetCurrentDirectoryA(sizeof(narrow), narrow) == n - 1, "GetCurrentDirectoryA");
    for (i = 0; i < n; i++)
        if (narrow[i] >= 0 && buf[i] != (WCHAR)narrow[i])
            Fail("character %u differs from GetCurrentDirectoryA's", i);

    CreateDirectoryW((const WCHAR *)u"gcdw_sub", NULL);
    CHECK(SetCurrentDirectoryW((const WCHAR *)u"gcdw_sub"), "SetCurrentDirectoryW");
    CHECK(GetCurrentDirectoryW(1024, sub) == n - 1 + 9, "length in the subdirectory");
    CHECK(sub[n - 1] == '\\' || sub[n - 1] == '/', "no separator before the subdirectory");
    CHECK(sub[n] == 'g' && sub[n + 7] == 'b' && sub[n + 8] == 0, "not in gcdw_sub: %ws", sub);
    CHECK(SetCurrentDirectoryW((const WCHAR *)u".."), "SetCurrentDirectoryW(..)");
    CHECK(GetCurrentDirectoryW(1024, sub) == n - 1, "back in the parent");
    CHECK(RemoveDirectoryW((const WCHAR *)u"gcdw_sub"), "RemoveDirectoryW");

    PAL_Terminate();
    return 0;
}
