/*
 * CopyFileA: copies the bytes, the READONLY attribute and the last write
 * time; bFailIfExists makes an existing target ERROR_FILE_EXISTS (and leaves
 * it alone), otherwise it is replaced; a missing source is
 * ERROR_FILE_NOT_FOUND, a missing target directory ERROR_PATH_NOT_FOUND, a
 * directory as source or target ERROR_ACCESS_DENIED, NULL names
 * ERROR_PATH_NOT_FOUND. (Success may change the LastError: Windows's copy
 * goes through CreateFile.)
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
    WIN32_FILE_ATTRIBUTE_DATA src, dst;

    PALSUITE_INIT(argc, argv);

    /* Leftovers of an interrupted run. */
    SetFileAttributesA("cfa_ro", FILE_ATTRIBUTE_NORMAL);
    SetFileAttributesA("cfa_src", FILE_ATTRIBUTE_NORMAL);
    DeleteFileA("cfa_ro");
    DeleteFileA("cfa_dir\\copy");
    CreateDirectoryA("cfa_dir", NULL);
    make_file("cfa_src", "source bytes");
    Sleep(1100); /* a copy made later still carries the source's write time */

    CHECK(CopyFileA("cfa_src", "cfa_dir\\copy", TRUE), "CopyFileA failed");
    check_content("cfa_dir/copy", "source bytes");
    CHECK(GetFileAttributesExW((const WCHAR *)u"cfa_src", GetFileExInfoStandard, &src), "src");
    CHECK(GetFileAttributesExW((const WCHAR *)u"cfa_dir/copy", GetFileExInfoStandard, &dst), "dst");
    CHECK(CompareFileTime(&src.ftLastWriteTime, &dst.ftLastWriteTime) == 0, "last write time not copied");

    make_file("cfa_other", "other");
    CHECK_FAILS(CopyFileA("cfa_other", "cfa_dir\\copy", TRUE), FALSE, ERROR_FILE_EXISTS);
    check_content("cfa_dir/copy", "source bytes");
    CHECK(CopyFileA("cfa_other", "cfa_dir\\copy", FALSE), "CopyFileA failed");
    check_content("cfa_dir/copy", "other");

    /* A read-only source gives a read-only copy. */
    CHECK(SetFileAttributesA("cfa_src", FILE_ATTRIBUTE_READONLY), "SetFileAttributesA");
    CHECK(CopyFileA("cfa_src", "cfa_ro", FALSE), "CopyFileA failed");
    CHECK(GetFileAttributesA("cfa_ro") & FILE_ATTRIBUTE_READONLY, "the copy is not read-only");
    CHECK(SetFileAttributesA("cfa_src", FILE_ATTRIBUTE_NORMAL), "SetFileAttributesA");
    CHECK(SetFileAttributesA("cfa_ro", FILE_ATTRIBUTE_NORMAL), "SetFileAttributesA");

    CHECK_FAILS(CopyFileA("cfa_none", "cfa_x", FALSE), FALSE, ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(CopyFileA("cfa_src", "cfa_none\\x", FALSE), FALSE, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(CopyFileA("cfa_dir", "cfa_x", FALSE), FALSE, ERROR_ACCESS_DENIED);
    CHECK_FAILS(CopyFileA("cfa_src", "cfa_dir", FALSE), FALSE, ERROR_ACCESS_DENIED);
    CHECK_FAILS(CopyFileA(NULL, "cfa_x", FALSE), FALSE, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(CopyFileA("cfa_src", NULL, FALSE), FALSE, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(GetFileAttributesA("cfa_x"), INVALID_FILE_ATTRIBUTES, ERROR_FILE_NOT_FOUND);
    check_content("cfa_src", "source bytes");

    CHECK(DeleteFileA("cfa_src") && DeleteFileA("cfa_other") && DeleteFileA("cfa_ro"), "DeleteFileA");
    CHECK(DeleteFileA("cfa_dir\\copy"), "DeleteFileA");
    CHECK(RemoveDirectoryW((const WCHAR *)u"cfa_dir"), "RemoveDirectoryW");

    PAL_Terminate();
    return 0;
}
