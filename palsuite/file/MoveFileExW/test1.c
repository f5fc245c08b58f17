/*
 * MoveFileExW: without MOVEFILE_REPLACE_EXISTING an existing target is
 * ERROR_ALREADY_EXISTS; with it the target is replaced, but never a
 * directory (ERROR_ACCESS_DENIED); MOVEFILE_COPY_ALLOWED moves as usual; a
 * missing source is ERROR_FILE_NOT_FOUND, a missing target directory
 * ERROR_PATH_NOT_FOUND.
 */
#include <palsuite.h>

static void make_file(const char *name, const char *text)
{
    FILE *f = fopen(name, "w");
    CHECK(f != NULL, "fopen(%s)", name);
    fputs(text, f);
    fclose(f);
}

static void check_content(const char *name, const char *text)
{
    char buf[64];
    size_t n;
    FILE *f = fopen(name, "r");
    CHECK(f != NULL, "fopen(%s)", name);
    n = fread(buf, 1, sizeof(buf) - 1, f);
    fclose(f);
    buf[n] = '\0';
    CHECK(strcmp(buf, text) == 0, "%s holds \"%s\", not \"%s\"", name, buf, text);
}

int main(int argc, char *argv[])
{
    PALSUITE_INIT(argc, argv);

    make_file("mfx_a", "a");
    make_file("mfx_b", "b");
    CreateDirectoryA("mfx_dir", NULL);

    CHECK_FAILS(MoveFileExW((const WCHAR *)u"mfx_a", (const WCHAR *)u"mfx_b", 0), FALSE, ERROR_ALREADY_EXISTS);
    check_content("mfx_b", "b");
    CHECK_SUCCEEDS(MoveFileExW((const WCHAR *)u"mfx_a", (const WCHAR *)u"mfx_b", MOVEFILE_REPLACE_EXISTING), TRUE);
    check_content("mfx_b", "a");
    CHECK_FAILS(GetFileAttributesA("mfx_a"), INVALID_FILE_ATTRIBUTES, ERROR_FILE_NOT_FOUND);

    CHECK_FAILS(MoveFileExW((const WCHAR *)u"mfx_b", (const WCHAR *)u"mfx_dir", MOVEFILE_REPLACE_EXISTING), FALSE,
                ERROR_ACCESS_DENIED);
    CHECK(GetFileAttributesA("mfx_dir") == FILE_ATTRIBUTE_DIRECTORY, "the directory was replaced");

    CHECK_SUCCEEDS(MoveFileExW((const WCHAR *)u"mfx_b", (const WCHAR *)u"mfx_dir\\c",
                               MOVEFILE_COPY_ALLOWED | MOVEFILE_REPLACE_EXISTING), TRUE);
    check_content("mfx_dir\\c", "a");

    CHECK_FAILS(MoveFileExW((const WCHAR *)u"mfx_none", (const WCHAR *)u"mfx_x", 0), FALSE, ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(MoveFileExW((const WCHAR *)u"mfx_dir\\c", (const WCHAR *)u"mfx_none\\x", MOVEFILE_REPLACE_EXISTING),
                FALSE, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(MoveFileExW(NULL, (const WCHAR *)u"mfx_x", 0), FALSE, ERROR_PATH_NOT_FOUND);

    CHECK(DeleteFileA("mfx_dir\\c"), "DeleteFileA");
    CHECK(RemoveDirectoryW((const WCHAR *)u"mfx_dir"), "RemoveDirectoryW");

    PAL_Terminate();
    return 0;
}
