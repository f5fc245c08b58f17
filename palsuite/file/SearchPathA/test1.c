/*
 * SearchPathA: finds a name in the listed directories (the first that has
 * it), returns its full path (as GetFullPathNameA gives it) and lpFilePart;
 * lpExtension is appended only to a name without one; an absolute name is
 * taken as it is; a short buffer gets the size needed with the NUL; a name
 * found nowhere is ERROR_FILE_NOT_FOUND, NULL or "" ERROR_INVALID_PARAMETER.
 */
#include <palsuite.h>

#ifdef _WIN32
#define LIST_SEP ";"
#else
#define LIST_SEP ":"
#endif

static void make_file(const char *name)
{
    FILE *f = fopen(name, "w");
    CHECK(f != NULL, "fopen(%s)", name);
    fclose(f);
}

int main(int argc, char *argv[])
{
    char buf[1024], expected[1024];
    char *part;
    DWORD len;

    PALSUITE_INIT(argc, argv);

    CreateDirectoryA("spa_1", NULL);
    CreateDirectoryA("spa_2", NULL);
    make_file("spa_1\\one");
    make_file("spa_2\\one");
    make_file("spa_2\\two.txt");

    len = GetFullPathNameA("spa_1\\one", sizeof(expected), expected, NULL);
    CHECK(len > 0, "GetFullPathNameA");
    part = NULL;
    CHECK_SUCCEEDS(SearchPathA("spa_1", "one", NULL, sizeof(buf), buf, &part), len);
    CHECK(strcmp(buf, expected) == 0, "\"%s\", expected \"%s\"", buf, expected);
    CHECK(part != NULL && strcmp(part, "one") == 0, "lpFilePart");
    /* The first directory that has it. */
    CHECK_SUCCEEDS(SearchPathA("spa_none" LIST_SEP "spa_1" LIST_SEP "spa_2", "one", NULL, sizeof(buf), buf, NULL),
                   len);
    CHECK(strcmp(buf, expected) == 0, "\"%s\", expected \"%s\"", buf, expected);
    len = GetFullPathNameA("spa_2\\two.txt", sizeof(expected), expected, NULL);
    CHECK_SUCCEEDS(SearchPathA("spa_1" LIST_SEP "spa_2", "two", ".txt", sizeof(buf), buf, &part), len);
    CHECK(strcmp(buf, expected) == 0 && strcmp(part, "two.txt") == 0, "\"%s\"", buf);
    CHECK_SUCCEEDS(SearchPathA("spa_2", "two.txt", ".dat", sizeof(buf), buf, NULL), len);
    CHECK_FAILS(SearchPathA("spa_2", "two", NULL, sizeof(buf), buf, NULL), 0, ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(SearchPathA("spa_1", "one", ".txt", sizeof(buf), buf, NULL), 0, ERROR_FILE_NOT_FOUND);

    /* An absolute name needs no list. */
    CHECK_SUCCEEDS(SearchPathA("spa_none", expected, NULL, sizeof(buf), buf, NULL), len);
    CHECK(strcmp(buf, expected) == 0, "\"%s\"", buf);

    memset(buf, 'Z', sizeof(buf));
    CHECK_SUCCEEDS(SearchPathA("spa_2", "two.txt", NULL, len, buf, NULL), len + 1);
    CHECK(buf[len] == 'Z', "written past a short buffer");

    CHECK_FAILS(SearchPathA("spa_1" LIST_SEP "spa_2", "none", NULL, sizeof(buf), buf, NULL), 0, ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(SearchPathA("spa_1", NULL, NULL, sizeof(buf), buf, NULL), 0, ERROR_INVALID_PARAMETER);
    CHECK_FAILS(SearchPathA("spa_1", "", NULL, sizeof(buf), buf, NULL), 0, ERROR_INVALID_PARAMETER);

    CHECK(DeleteFileA("spa_1\\one") && DeleteFileA("spa_2\\one") && DeleteFileA("spa_2\\two.txt"), "DeleteFileA");
    CHECK(RemoveDirectoryW((const WCHAR *)u"spa_1") && RemoveDirectoryW((const WCHAR *)u"spa_2"), "RemoveDirectoryW");

    PAL_Terminate();
    return 0;
}
