/*
 * GetFileAttributesA: FILE_ATTRIBUTE_DIRECTORY for a directory (with or
 * without a trailing separator), neither DIRECTORY nor READONLY for a new
 * file (a trailing dot names the same file); INVALID_FILE_ATTRIBUTES with
 * ERROR_FILE_NOT_FOUND for a missing name, ERROR_PATH_NOT_FOUND when a
 * directory on the way is missing or a file, or for NULL and ""; a name
 * longer than MAX_PATH is ERROR_FILENAME_EXCED_RANGE.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    char longname[400];
    DWORD attr;
    FILE *f;

    PALSUITE_INIT(argc, argv);

    CreateDirectoryA("gfaa_dir", NULL);
    f = fopen("gfaa_file", "w");
    CHECK(f != NULL, "fopen");
    fclose(f);

    attr = GetFileAttributesA("gfaa_file");
    CHECK(attr != INVALID_FILE_ATTRIBUTES, "GetFileAttributesA(file)");
    CHECK(!(attr & (FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_READONLY)), "file attributes %#x", attr);
    CHECK_SUCCEEDS(GetFileAttributesA("gfaa_file."), attr);
    CHECK_SUCCEEDS(GetFileAttributesA(".\\gfaa_file"), attr);
    CHECK_SUCCEEDS(GetFileAttributesA("gfaa_dir"), FILE_ATTRIBUTE_DIRECTORY);
    CHECK_SUCCEEDS(GetFileAttributesA("gfaa_dir\\"), FILE_ATTRIBUTE_DIRECTORY);
    CHECK_SUCCEEDS(GetFileAttributesA("gfaa_dir\\..\\gfaa_dir"), FILE_ATTRIBUTE_DIRECTORY);
    CHECK_SUCCEEDS(GetFileAttributesA("."), FILE_ATTRIBUTE_DIRECTORY);

    CHECK_FAILS(GetFileAttributesA("gfaa_none"), INVALID_FILE_ATTRIBUTES, ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(GetFileAttributesA("gfaa_dir\\none"), INVALID_FILE_ATTRIBUTES, ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(GetFileAttributesA("gfaa_none\\x"), INVALID_FILE_ATTRIBUTES, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(GetFileAttributesA("gfaa_file\\x"), INVALID_FILE_ATTRIBUTES, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(GetFileAttributesA("gfaa_file\\"), INVALID_FILE_ATTRIBUTES, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(GetFileAttributesA(NULL), INVALID_FILE_ATTRIBUTES, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(GetFileAttributesA(""), INVALID_FILE_ATTRIBUTES, ERROR_PATH_NOT_FOUND);
    memset(longname, 'x', 300);
    longname[300] = '\0';
    CHECK_FAILS(GetFileAttributesA(longname), INVALID_FILE_ATTRIBUTES, ERROR_FILENAME_EXCED_RANGE);

    CHECK(DeleteFileA("gfaa_file"), "DeleteFileA");
    CHECK(RemoveDirectoryW((const WCHAR *)u"gfaa_dir"), "RemoveDirectoryW");

    PAL_Terminate();
    return 0;
}
