/*
 * DeleteFileW: deletes a file (a non-ASCII name too); a missing file is
 * ERROR_FILE_NOT_FOUND, a missing directory ERROR_PATH_NOT_FOUND, a
 * directory ERROR_ACCESS_DENIED, NULL and "" ERROR_PATH_NOT_FOUND.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    FILE *f;

    PALSUITE_INIT(argc, argv);

    f = _wfopen((const WCHAR *)u"dfw_\u00e9", (const WCHAR *)u"w");
    CHECK(f != NULL, "_wfopen");
    fclose(f);
    CHECK(CreateDirectoryW((const WCHAR *)u"dfw_dir", NULL), "CreateDirectoryW");

    CHECK_SUCCEEDS(DeleteFileW((const WCHAR *)u"dfw_\u00e9"), TRUE);
    CHECK_FAILS(DeleteFileW((const WCHAR *)u"dfw_\u00e9"), FALSE, ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(DeleteFileW((const WCHAR *)u"dfw_none\\x"), FALSE, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(DeleteFileW((const WCHAR *)u"dfw_dir"), FALSE, ERROR_ACCESS_DENIED);
    CHECK_FAILS(DeleteFileW(NULL), FALSE, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(DeleteFileW((const WCHAR *)u""), FALSE, ERROR_PATH_NOT_FOUND);

    CHECK(RemoveDirectoryW((const WCHAR *)u"dfw_dir"), "RemoveDirectoryW");

    PAL_Terminate();
    return 0;
}
