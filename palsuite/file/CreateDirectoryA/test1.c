/*
 * CreateDirectoryA: creates a directory (nested names with '\', a trailing
 * separator); a name already taken, by a directory or a file, is
 * ERROR_ALREADY_EXISTS; a missing parent, or a file as parent,
 * ERROR_PATH_NOT_FOUND; NULL and "" ERROR_PATH_NOT_FOUND; a name too long
 * ERROR_FILENAME_EXCED_RANGE.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    char longname[400];
    FILE *f;

    PALSUITE_INIT(argc, argv);

    CHECK_SUCCEEDS(CreateDirectoryA("cda", NULL), TRUE);
    CHECK(GetFileAttributesA("cda") == FILE_ATTRIBUTE_DIRECTORY, "not a directory");
    CHECK_SUCCEEDS(CreateDirectoryA("cda\\sub", NULL), TRUE);
    CHECK_SUCCEEDS(CreateDirectoryA("cda/sub2\\", NULL), TRUE);
    CHECK(GetFileAttributesA("cda\\sub2") == FILE_ATTRIBUTE_DIRECTORY, "sub2 not a directory");

    CHECK_FAILS(CreateDirectoryA("cda", NULL), FALSE, ERROR_ALREADY_EXISTS);
    CHECK_FAILS(CreateDirectoryA("cda\\sub\\", NULL), FALSE, ERROR_ALREADY_EXISTS);
    f = fopen("cda_file", "w");
    CHECK(f != NULL, "fopen");
    fclose(f);
    CHECK_FAILS(CreateDirectoryA("cda_file", NULL), FALSE, ERROR_ALREADY_EXISTS);
    CHECK_FAILS(CreateDirectoryA("cda_file\\x", NULL), FALSE, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(CreateDirectoryA("cda_none\\x", NULL), FALSE, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(CreateDirectoryA(NULL, NULL), FALSE, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(CreateDirectoryA("", NULL), FALSE, ERROR_PATH_NOT_FOUND);
    memset(longname, 'd', 300);
    longname[300] = '\0';
    CHECK_FAILS(CreateDirectoryA(longname, NULL), FALSE, ERROR_FILENAME_EXCED_RANGE);

    CHECK(DeleteFileA("cda_file"), "DeleteFileA");
    CHECK(RemoveDirectoryW((const WCHAR *)u"cda\\sub"), "RemoveDirectoryW");
    CHECK(RemoveDirectoryW((const WCHAR *)u"cda\\sub2"), "RemoveDirectoryW");
    CHECK(RemoveDirectoryW((const WCHAR *)u"cda"), "RemoveDirectoryW");

    PAL_Terminate();
    return 0;
}
