/*
 * GetCurrentDirectoryA: the length without the NUL when the buffer holds the
 * path; the size needed with the NUL, writing nothing, when it does not
 * (NULL and 0 included); follows SetCurrentDirectoryA.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    char buf[1024], sub[1024];
    DWORD n, len;

    PALSUITE_INIT(argc, argv);

    n = GetCurrentDirectoryA(0, NULL);
    CHECK(n > 1 && n < sizeof(buf), "GetCurrentDirectoryA(0, NULL) = %u", n);
    memset(buf, 'Z', sizeof(buf));
    CHECK_SUCCEEDS(GetCurrentDirectoryA(n, buf), n - 1);
    CHECK(strlen(buf) == n - 1 && buf[n] == 'Z', "wrote %u characters, not %u", (DWORD)strlen(buf), n - 1);
    memset(buf, 'Z', sizeof(buf));
    CHECK_SUCCEEDS(GetCurrentDirectoryA(n - 1, buf), n);
    CHECK(buf[0] == 'Z' && buf[n - 2] == 'Z', "a short buffer was written");
    CHECK_SUCCEEDS(GetCurrentDirectoryA(1, buf), n);
    CHECK(buf[0] == 'Z', "a 1-character buffer was written");
    CHECK_SUCCEEDS(GetCurrentDirectoryA(sizeof(buf), buf), n - 1);

    /* Into a subdirectory and back. */
    CreateDirectoryA("gcda_sub", NULL);
    CHECK(SetCurrentDirectoryA("gcda_sub"), "SetCurrentDirectoryA");
    len = GetCurrentDirectoryA(sizeof(sub), sub);
    CHECK(len == n - 1 + 9, "length %u in the subdirectory", len);
    CHECK(strncmp(sub, buf, n - 1) == 0 && (sub[n - 1] == '\\' || sub[n - 1] == '/') &&
              strcmp(sub + n, "gcda_sub") == 0,
          "\"%s\" is not \"%s\" + gcda_sub", sub, buf);
    CHECK(SetCurrentDirectoryA(".."), "SetCurrentDirectoryA(..)");
    CHECK_SUCCEEDS(GetCurrentDirectoryA(sizeof(sub), sub), n - 1);
    CHECK(strcmp(sub, buf) == 0, "back in \"%s\", not \"%s\"", sub, buf);
    CHECK(RemoveDirectoryW((const WCHAR *)u"gcda_sub"), "RemoveDirectoryW");

    PAL_Terminate();
    return 0;
}
