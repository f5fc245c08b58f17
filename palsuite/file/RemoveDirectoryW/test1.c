/*
 * RemoveDirectoryW: removes an empty directory; one with an entry is
 * ERROR_DIR_NOT_EMPTY, a missing one ERROR_FILE_NOT_FOUND, one under a
 * missing parent ERROR_PATH_NOT_FOUND, a file ERROR_DIRECTORY (and stays),
 * NULL and "" ERROR_INVALID_NAME.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    FILE *f;

    PALSUITE_INIT(argc, argv);

    CHECK(CreateDirectoryW((const WCHAR *)u"rdw", NULL), "CreateDirectoryW");
    CHECK(CreateDirectoryW((const WCHAR *)u"rdw\\sub", NULL), "CreateDirectoryW");
    f = fopen("rdw_file", "w");
    CHECK(f != NULL, "fopen");
    fclose(f);

    CHECK_FAILS(RemoveDirectoryW((const WCHAR *)u"rdw"), FALSE, ERROR_DIR_NOT_EMPTY);
    CHECK_FAILS(RemoveDirectoryW((const WCHAR *)u"rdw_none"), FALSE, ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(RemoveDirectoryW((const WCHAR *)u"rdw_none\\x"), FALSE, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(RemoveDirectoryW((const WCHAR *)u"rdw_file"), FALSE, ERROR_DIRECTORY);
    CHECK(GetFileAttributesA("rdw_file") != INVALID_FILE_ATTRIBUTES, "the file went");
    CHECK_FAILS(RemoveDirectoryW(NULL), FALSE, ERROR_INVALID_NAME);
    CHECK_FAILS(RemoveDirectoryW((const WCHAR *)u""), FALSE, ERROR_INVALID_NAME);

    CHECK_SUCCEEDS(RemoveDirectoryW((const WCHAR *)u"rdw/sub\\"), TRUE);
    CHECK_SUCCEEDS(RemoveDirectoryW((const WCHAR *)u"rdw"), TRUE);
    CHECK_FAILS(GetFileAttributesA("rdw"), INVALID_FILE_ATTRIBUTES, ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(RemoveDirectoryW((const WCHAR *)u"rdw"), FALSE, ERROR_FILE_NOT_FOUND);

    CHECK(DeleteFileA("rdw_file"), "DeleteFileA");

    PAL_Terminate();
    return 0;
}
