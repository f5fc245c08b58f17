/*
 * DeleteFileA: deletes a file (names with '\' and a trailing dot too); a
 * missing file is ERROR_FILE_NOT_FOUND, a missing directory
 * ERROR_PATH_NOT_FOUND; a directory and a read-only file are
 * ERROR_ACCESS_DENIED (and stay); NULL and "" ERROR_PATH_NOT_FOUND.
 */
#include <palsuite.h>

static void make_file(const char *name)
{
    FILE *f = fopen(name, "w");
    CHECK(f != NULL, "fopen(%s)", name);
    fputs("data", f);
    fclose(f);
}

int main(int argc, char *argv[])
{
    PALSUITE_INIT(argc, argv);

    CreateDirectoryA("dfa", NULL);
    make_file("dfa_file");
    make_file("dfa/inner");

    CHECK_SUCCEEDS(DeleteFileA("dfa_file"), TRUE);
    CHECK_FAILS(GetFileAttributesA("dfa_file"), INVALID_FILE_ATTRIBUTES, ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(DeleteFileA("dfa_file"), FALSE, ERROR_FILE_NOT_FOUND);
    CHECK_SUCCEEDS(DeleteFileA("dfa\\inner."), TRUE);
    CHECK_FAILS(DeleteFileA("dfa\\inner"), FALSE, ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(DeleteFileA("dfa_none\\x"), FALSE, ERROR_PATH_NOT_FOUND);

    CHECK_FAILS(DeleteFileA("dfa"), FALSE, ERROR_ACCESS_DENIED);
    CHECK(GetFileAttributesA("dfa") == FILE_ATTRIBUTE_DIRECTORY, "the directory went");

    make_file("dfa_ro");
    CHECK(SetFileAttributesA("dfa_ro", FILE_ATTRIBUTE_READONLY), "SetFileAttributesA");
    CHECK_FAILS(DeleteFileA("dfa_ro"), FALSE, ERROR_ACCESS_DENIED);
    CHECK(GetFileAttributesA("dfa_ro") != INVALID_FILE_ATTRIBUTES, "the read-only file went");
    CHECK(SetFileAttributesA("dfa_ro", FILE_ATTRIBUTE_NORMAL), "SetFileAttributesA");
    CHECK_SUCCEEDS(DeleteFileA("dfa_ro"), TRUE);

    CHECK_FAILS(DeleteFileA(NULL), FALSE, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(DeleteFileA(""), FALSE, ERROR_PATH_NOT_FOUND);

    CHECK(RemoveDirectoryW((const WCHAR *)u"dfa"), "RemoveDirectoryW");

    PAL_Terminate();
    return 0;
}
