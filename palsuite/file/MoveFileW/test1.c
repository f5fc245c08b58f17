/*
 * MoveFileW: renames a file (into another directory too) and a directory;
 * never replaces: an existing target is ERROR_ALREADY_EXISTS; a missing
 * source is ERROR_FILE_NOT_FOUND, a missing target directory
 * ERROR_PATH_NOT_FOUND, a NULL source ERROR_PATH_NOT_FOUND.
 */
#include <palsuite.h>

static void make_file(const char *name)
{
    FILE *f = fopen(name, "w");
    CHECK(f != NULL, "fopen(%s)", name);
    fputs("x", f);
    fclose(f);
}

int main(int argc, char *argv[])
{
    PALSUITE_INIT(argc, argv);

    CreateDirectoryA("mfw_dir", NULL);
    make_file("mfw_a");
    make_file("mfw_b");

    CHECK_SUCCEEDS(MoveFileW((const WCHAR *)u"mfw_a", (const WCHAR *)u"mfw_dir\\a"), TRUE);
    CHECK_FAILS(GetFileAttributesA("mfw_a"), INVALID_FILE_ATTRIBUTES, ERROR_FILE_NOT_FOUND);
    CHECK(GetFileAttributesA("mfw_dir\\a") != INVALID_FILE_ATTRIBUTES, "not moved");

    CHECK_FAILS(MoveFileW((const WCHAR *)u"mfw_b", (const WCHAR *)u"mfw_dir\\a"), FALSE, ERROR_ALREADY_EXISTS);
    CHECK(GetFileAttributesA("mfw_b") != INVALID_FILE_ATTRIBUTES, "the source went");
    CHECK_FAILS(MoveFileW((const WCHAR *)u"mfw_none", (const WCHAR *)u"mfw_c"), FALSE, ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(MoveFileW((const WCHAR *)u"mfw_b", (const WCHAR *)u"mfw_none\\c"), FALSE, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(MoveFileW(NULL, (const WCHAR *)u"mfw_c"), FALSE, ERROR_PATH_NOT_FOUND);

    /* A directory moves with its content. */
    CHECK_SUCCEEDS(MoveFileW((const WCHAR *)u"mfw_dir", (const WCHAR *)u"mfw_dir2"), TRUE);
    CHECK(GetFileAttributesA("mfw_dir2\\a") != INVALID_FILE_ATTRIBUTES, "content not moved");

    CHECK(DeleteFileA("mfw_b") && DeleteFileA("mfw_dir2\\a"), "DeleteFileA");
    CHECK(RemoveDirectoryW((const WCHAR *)u"mfw_dir2"), "RemoveDirectoryW");

    PAL_Terminate();
    return 0;
}
