/*
 * GetFullPathNameW: the same full path as GetFullPathNameA; lpFilePart at
 * the last component; a short buffer gets nothing and the size needed with
 * the NUL; "" fails.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    char narrow[1024];
    WCHAR buf[1024];
    WCHAR *part;
    DWORD n, i;

    PALSUITE_INIT(argc, argv);

    n = GetFullPathNameA("gfpw\\file.txt", sizeof(narrow), narrow, NULL);
    CHECK(n > 0, "GetFullPathNameA");
    part = NULL;
    CHECK_SUCCEEDS(GetFullPathNameW((const WCHAR *)u"gfpw\\file.txt", 1024, buf, &part), n);
    for (i = 0; i <= n; i++)
        CHECK(buf[i] == (WCHAR)(unsigned char)narrow[i], "character %u differs from GetFullPathNameA's", i);
    CHECK(part == buf + n - 8, "lpFilePart at %d", (int)(part - buf));

    for (i = 0; i < 1024; i++)
        buf[i] = 0x5A5A;
    CHECK_SUCCEEDS(GetFullPathNameW((const WCHAR *)u"gfpw\\file.txt", n, buf, &part), n + 1);
    CHECK(buf[0] == 0x5A5A && buf[n - 1] == 0x5A5A, "a short buffer was written");
    CHECK_SUCCEEDS(GetFullPathNameW((const WCHAR *)u"gfpw\\file.txt", 0, NULL, NULL), n + 1);
    CHECK(GetFullPathNameW((const WCHAR *)u"", 1024, buf, &part) == 0, "\"\" accepted");

    PAL_Terminate();
    return 0;
}
