/*
 * GetTempFileNameW: creates <dir><separator><prefix><4 hex digits>.tmp in
 * the temporary directory (GetTempPathW) and returns the number; a missing
 * directory or "" is ERROR_DIRECTORY, NULL ERROR_INVALID_PARAMETER.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    WCHAR dir[MAX_PATH], name[MAX_PATH], other[MAX_PATH];
    DWORD n, i;
    UINT u;

    PALSUITE_INIT(argc, argv);

    n = GetTempPathW(MAX_PATH, dir);
    CHECK(n > 0 && n < MAX_PATH - 14, "GetTempPathW");
    u = GetTempFileNameW(dir, (const WCHAR *)u"pal", 0, name);
    CHECK(u != 0, "GetTempFileNameW failed");
    for (i = 0; i < n; i++)
        CHECK(name[i] == dir[i], "\"%ws\" is not in \"%ws\"", name, dir);
    CHECK(name[n] == 'p' && name[n + 1] == 'a' && name[n + 2] == 'l', "prefix of \"%ws\"", name);
    CHECK(name[n + 7] == '.' && name[n + 11] == 0, "\"%ws\" is not pal####.tmp", name);
    CHECK(GetFileAttributesW(name) != INVALID_FILE_ATTRIBUTES, "\"%ws\" was not created", name);

    CHECK(GetTempFileNameW(dir, NULL, 0, other) != 0, "no prefix");
    CHECK(other[n + 4] == '.', "\"%ws\" is not ####.tmp", other);
    CHECK(DeleteFileW(other), "DeleteFileW");

    CHECK_FAILS(GetTempFileNameW((const WCHAR *)u"gtfw_none", (const WCHAR *)u"pal", 0, other), 0, ERROR_DIRECTORY);
    CHECK_FAILS(GetTempFileNameW((const WCHAR *)u"", (const WCHAR *)u"pal", 0, other), 0, ERROR_DIRECTORY);
    CHECK_FAILS(GetTempFileNameW(NULL, (const WCHAR *)u"pal", 0, other), 0, ERROR_INVALID_PARAMETER);

    CHECK(DeleteFileW(name), "DeleteFileW");

    PAL_Terminate();
    return 0;
}
