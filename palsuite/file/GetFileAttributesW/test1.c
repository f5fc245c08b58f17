/*
 * GetFileAttributesW: DIRECTORY for a directory, READONLY following
 * SetFileAttributesW, INVALID_FILE_ATTRIBUTES with ERROR_FILE_NOT_FOUND /
 * ERROR_PATH_NOT_FOUND as the name or a directory on its way is missing;
 * NULL and "" ERROR_PATH_NOT_FOUND.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    DWORD attr;
    FILE *f;

    PALSUITE_INIT(argc, argv);

    CreateDirectoryW((const WCHAR *)u"gfaw_dir", NULL);
    f = fopen("gfaw_dir\\file", "w");
    CHECK(f != NULL, "fopen");
    fclose(f);

    CHECK_SUCCEEDS(GetFileAttributesW((const WCHAR *)u"gfaw_dir"), FILE_ATTRIBUTE_DIRECTORY);
    attr = GetFileAttributesW((const WCHAR *)u"gfaw_dir\\file");
    CHECK(attr != INVALID_FILE_ATTRIBUTES && !(attr & (FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_READONLY)),
          "file attributes %#x", attr);
    CHECK(SetFileAttributesW((const WCHAR *)u"gfaw_dir/file", FILE_ATTRIBUTE_READONLY), "SetFileAttributesW");
    attr = GetFileAttributesW((const WCHAR *)u"gfaw_dir\\file");
    CHECK(attr != INVALID_FILE_ATTRIBUTES && (attr & FILE_ATTRIBUTE_READONLY), "attributes %#x", attr);
    CHECK(SetFileAttributesW((const WCHAR *)u"gfaw_dir/file", FILE_ATTRIBUTE_NORMAL), "SetFileAttributesW");

    CHECK_FAILS(GetFileAttributesW((const WCHAR *)u"gfaw_dir\\none"), INVALID_FILE_ATTRIBUTES, ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(GetFileAttributesW((const WCHAR *)u"gfaw_none\\none"), INVALID_FILE_ATTRIBUTES, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(GetFileAttributesW(NULL), INVALID_FILE_ATTRIBUTES, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(GetFileAttributesW((const WCHAR *)u""), INVALID_FILE_ATTRIBUTES, ERROR_PATH_NOT_FOUND);

    CHECK(DeleteFileW((const WCHAR *)u"gfaw_dir\\file"), "DeleteFileW");
    CHECK(RemoveDirectoryW((const WCHAR *)u"gfaw_dir"), "RemoveDirectoryW");

    PAL_Terminate();
    return 0;
}
