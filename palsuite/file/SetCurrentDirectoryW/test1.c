/*
 * SetCurrentDirectoryW: into a directory and back (GetCurrentDirectoryW
 * follows); a missing directory is ERROR_FILE_NOT_FOUND, a missing parent
 * ERROR_PATH_NOT_FOUND, a file ERROR_DIRECTORY, NULL and ""
 * ERROR_INVALID_NAME.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    WCHAR start[1024], now[1024];
    DWORD n;
    FILE *f;

    PALSUITE_INIT(argc, argv);

    n = GetCurrentDirectoryW(1024, start);
    CHECK(n > 0, "GetCurrentDirectoryW");
    CreateDirectoryW((const WCHAR *)u"scdw", NULL);
    f = fopen("scdw_file", "w");
    CHECK(f != NULL, "fopen");
    fclose(f);

    CHECK_SUCCEEDS(SetCurrentDirectoryW((const WCHAR *)u"scdw\\"), TRUE);
    CHECK(GetCurrentDirectoryW(1024, now) == n + 5, "not in scdw");
    CHECK_SUCCEEDS(SetCurrentDirectoryW((const WCHAR *)u".."), TRUE);
    CHECK(GetCurrentDirectoryW(1024, now) == n, "not back");
    CHECK_SUCCEEDS(SetCurrentDirectoryW(start), TRUE);

    CHECK_FAILS(SetCurrentDirectoryW((const WCHAR *)u"scdw_none"), FALSE, ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(SetCurrentDirectoryW((const WCHAR *)u"scdw_none\\x"), FALSE, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(SetCurrentDirectoryW((const WCHAR *)u"scdw_file"), FALSE, ERROR_DIRECTORY);
    CHECK_FAILS(SetCurrentDirectoryW(NULL), FALSE, ERROR_INVALID_NAME);
    CHECK_FAILS(SetCurrentDirectoryW((const WCHAR *)u""), FALSE, ERROR_INVALID_NAME);
    CHECK(GetCurrentDirectoryW(1024, now) == n, "a failure moved the current directory");

    CHECK(DeleteFileW((const WCHAR *)u"scdw_file"), "DeleteFileW");
    CHECK(RemoveDirectoryW((const WCHAR *)u"scdw"), "RemoveDirectoryW");

    PAL_Terminate();
    return 0;
}
