/*
 * FindFirstFileA / FindNextFileA over a directory of three files and a
 * subdirectory: "*" (also written "*.*" and "*.") lists every entry, "." and
 * ".." included, in no particular order; "*.txt" and "?.c" select; a name
 * without wildcards finds that entry alone, file or directory. Attributes
 * and sizes come with each entry. Nothing found: ERROR_FILE_NOT_FOUND (also
 * for "dir\"), ERROR_PATH_NOT_FOUND when the directory part is missing, the
 * name is empty or NULL. The end of a search: ERROR_NO_MORE_FILES.
 */
#include <palsuite.h>

static void make_file(const char *name, const char *content)
{
    FILE *f = fopen(name, "w");
    CHECK(f != NULL, "cannot create %s", name);
    fputs(content, f);
    fclose(f);
}

/* Lists `pattern`; returns a bit per expected name seen (in `names`) and
 * fails on any other name or a repeated one. */
static unsigned list(const char *pattern, const char *const *names, int count)
{
    WIN32_FIND_DATAA data;
    unsigned seen = 0;
    int i;
    HANDLE h = FindFirstFileA(pattern, &data);
    CHECK(h != INVALID_HANDLE_VALUE, "FindFirstFileA(%s) failed", pattern);
    do {
        for (i = 0; i < count; i++)
            if (strcmp(data.cFileName, names[i]) == 0)
                break;
        CHECK(i < count, "FindFirstFileA(%s) found %s", pattern, data.cFileName);
        CHECK(!(seen & (1u << i)), "%s found twice", data.cFileName);
        seen |= 1u << i;
        /* Directories are directories, files are not; a.txt has 5 bytes. */
        if (strcmp(names[i], "sub") == 0 || names[i][0] == '.')
            CHECK(data.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY, "%s: attributes %#x",
                  names[i], data.dwFileAttributes);
        else
            CHECK(!(data.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY), "%s: attributes %#x",
                  names[i], data.dwFileAttributes);
        if (strcmp(names[i], "a.txt") == 0)
            CHECK(data.nFileSizeLow == 5 && data.nFileSizeHigh == 0, "a.txt: size %u",
                  data.nFileSizeLow);
        SetLastError(PALSUITE_SENTINEL_ERROR);
    } while (FindNextFileA(h, &data));
    CHECK_ERROR(ERROR_NO_MORE_FILES);
    CHECK_SUCCEEDS(FindClose(h), TRUE);
    return seen;
}

int main(int argc, char *argv[])
{
    static const char *const all[] = {".", "..", "a.txt", "b.c", "noext", "sub"};
    WIN32_FIND_DATAA data;
    HANDLE h;

    PALSUITE_INIT(argc, argv);
    CHECK(CreateDirectoryA("ffa_dir", NULL), "CreateDirectoryA failed");
    CHECK(CreateDirectoryA("ffa_dir\\sub", NULL), "CreateDirectoryA failed");
    make_file("ffa_dir\\a.txt", "12345");
    make_file("ffa_dir\\b.c", "");
    make_file("ffa_dir\\noext", "x");

    CHECK(list("ffa_dir\\*", all, 6) == 0x3f, "\"*\" missed entries");
    CHECK(list("ffa_dir\\*.*", all, 6) == 0x3f, "\"*.*\" missed entries");
    CHECK(list("ffa_dir\\*.", all, 6) == 0x3f, "\"*.\" missed entries");
    CHECK(list("ffa_dir/*", all, 6) == 0x3f, "\"/\" as a separator missed entries");
    CHECK(list("ffa_dir\\*.txt", all, 6) == 0x04, "\"*.txt\" did not select a.txt alone");
    CHECK(list("ffa_dir\\?.c", all, 6) == 0x08, "\"?.c\" did not select b.c alone");
    CHECK(list("ffa_dir\\a.txt", all, 6) == 0x04, "a.txt was not found alone");
    CHECK(list("ffa_dir\\sub", all, 6) == 0x20, "sub was not found alone");

    CHECK_FAILS(FindFirstFileA("ffa_dir\\nomatch*", &data), INVALID_HANDLE_VALUE,
                ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(FindFirstFileA("ffa_dir\\nosuch", &data), INVALID_HANDLE_VALUE,
                ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(FindFirstFileA("ffa_dir\\", &data), INVALID_HANDLE_VALUE, ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(FindFirstFileA("ffa_nodir\\*", &data), INVALID_HANDLE_VALUE,
                ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(FindFirstFileA("ffa_nodir\\x", &data), INVALID_HANDLE_VALUE,
                ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(FindFirstFileA("", &data), INVALID_HANDLE_VALUE, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(FindFirstFileA(NULL, &data), INVALID_HANDLE_VALUE, ERROR_PATH_NOT_FOUND);

    /* The directory itself. */
    h = FindFirstFileA("ffa_dir", &data);
    CHECK(h != INVALID_HANDLE_VALUE, "FindFirstFileA(ffa_dir) failed");
    CHECK(strcmp(data.cFileName, "ffa_dir") == 0 &&
              (data.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY),
          "found %s %#x", data.cFileName, data.dwFileAttributes);
    CHECK_FAILS(FindNextFileA(h, &data), FALSE, ERROR_NO_MORE_FILES);
    CHECK_SUCCEEDS(FindClose(h), TRUE);

    CHECK(DeleteFileA("ffa_dir\\a.txt") && DeleteFileA("ffa_dir\\b.c") &&
              DeleteFileA("ffa_dir\\noext"),
          "DeleteFileA failed");
    CHECK(RemoveDirectoryW((const WCHAR *)u"ffa_dir\\sub") &&
              RemoveDirectoryW((const WCHAR *)u"ffa_dir"),
          "RemoveDirectoryW failed");
    PAL_Terminate();
    return 0;
}
