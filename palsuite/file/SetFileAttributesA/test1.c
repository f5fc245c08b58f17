/*
 * SetFileAttributesA: FILE_ATTRIBUTE_READONLY is set and cleared (by NORMAL
 * and by 0) as GetFileAttributesA shows; attributes without a Unix meaning
 * are accepted; a directory accepts READONLY and stays a directory; a
 * missing name is ERROR_FILE_NOT_FOUND / ERROR_PATH_NOT_FOUND, NULL
 * ERROR_PATH_NOT_FOUND.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    FILE *f;

    PALSUITE_INIT(argc, argv);

    f = fopen("sfaa_file", "w");
    CHECK(f != NULL, "fopen");
    fclose(f);
    CreateDirectoryA("sfaa_dir", NULL);

    CHECK_SUCCEEDS(SetFileAttributesA("sfaa_file", FILE_ATTRIBUTE_READONLY), TRUE);
    CHECK(GetFileAttributesA("sfaa_file") & FILE_ATTRIBUTE_READONLY, "not read-only");
    CHECK_SUCCEEDS(SetFileAttributesA("sfaa_file", FILE_ATTRIBUTE_NORMAL), TRUE);
    CHECK(!(GetFileAttributesA("sfaa_file") & FILE_ATTRIBUTE_READONLY), "still read-only");
    CHECK_SUCCEEDS(SetFileAttributesA("sfaa_file.", FILE_ATTRIBUTE_READONLY | FILE_ATTRIBUTE_ARCHIVE), TRUE);
    CHECK(GetFileAttributesA("sfaa_file") & FILE_ATTRIBUTE_READONLY, "not read-only");
    CHECK_SUCCEEDS(SetFileAttributesA("sfaa_file", 0), TRUE);
    CHECK(!(GetFileAttributesA("sfaa_file") & FILE_ATTRIBUTE_READONLY), "0 left it read-only");
    CHECK_SUCCEEDS(SetFileAttributesA("sfaa_file", FILE_ATTRIBUTE_ARCHIVE | FILE_ATTRIBUTE_TEMPORARY), TRUE);
    CHECK(!(GetFileAttributesA("sfaa_file") & (FILE_ATTRIBUTE_READONLY | FILE_ATTRIBUTE_DIRECTORY)),
          "attributes %#x", GetFileAttributesA("sfaa_file"));

    CHECK_SUCCEEDS(SetFileAttributesA("sfaa_dir", FILE_ATTRIBUTE_READONLY), TRUE);
    CHECK(GetFileAttributesA("sfaa_dir") & FILE_ATTRIBUTE_DIRECTORY, "no longer a directory");
    CHECK_SUCCEEDS(SetFileAttributesA("sfaa_dir", FILE_ATTRIBUTE_NORMAL), TRUE);

    CHECK_FAILS(SetFileAttributesA("sfaa_none", FILE_ATTRIBUTE_NORMAL), FALSE, ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(SetFileAttributesA("sfaa_none\\x", FILE_ATTRIBUTE_NORMAL), FALSE, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(SetFileAttributesA(NULL, FILE_ATTRIBUTE_NORMAL), FALSE, ERROR_PATH_NOT_FOUND);

    CHECK(DeleteFileA("sfaa_file"), "DeleteFileA");
    CHECK(RemoveDirectoryW((const WCHAR *)u"sfaa_dir"), "RemoveDirectoryW");

    PAL_Terminate();
    return 0;
}
