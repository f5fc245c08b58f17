/*
 * SetFileAttributesW: READONLY set and cleared; a read-only file cannot be
 * deleted until it is cleared; a missing name is ERROR_FILE_NOT_FOUND, NULL
 * ERROR_PATH_NOT_FOUND.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    FILE *f;

    PALSUITE_INIT(argc, argv);

    f = fopen("sfaw_file", "w");
    CHECK(f != NULL, "fopen");
    fclose(f);

    CHECK_SUCCEEDS(SetFileAttributesW((const WCHAR *)u"sfaw_file", FILE_ATTRIBUTE_READONLY), TRUE);
    CHECK(GetFileAttributesW((const WCHAR *)u"sfaw_file") & FILE_ATTRIBUTE_READONLY, "not read-only");
    CHECK_FAILS(DeleteFileW((const WCHAR *)u"sfaw_file"), FALSE, ERROR_ACCESS_DENIED);
    CHECK_SUCCEEDS(SetFileAttributesW((const WCHAR *)u"sfaw_file", FILE_ATTRIBUTE_NORMAL), TRUE);
    CHECK(!(GetFileAttributesW((const WCHAR *)u"sfaw_file") & FILE_ATTRIBUTE_READONLY), "still read-only");

    CHECK_FAILS(SetFileAttributesW((const WCHAR *)u"sfaw_none", FILE_ATTRIBUTE_NORMAL), FALSE, ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(SetFileAttributesW(NULL, FILE_ATTRIBUTE_NORMAL), FALSE, ERROR_PATH_NOT_FOUND);

    CHECK_SUCCEEDS(DeleteFileW((const WCHAR *)u"sfaw_file"), TRUE);

    PAL_Terminate();
    return 0;
}
