/*
 * SetCurrentDirectoryA: relative names (with '\' or '/', a trailing
 * separator, a trailing dot) and ".."; a missing directory is
 * ERROR_FILE_NOT_FOUND, a missing parent ERROR_PATH_NOT_FOUND, a file
 * ERROR_DIRECTORY, NULL and "" ERROR_INVALID_NAME; failures stay put.
 */
#include <palsuite.h>

static void check_in(const char *start, const char *tail)
{
    char now[1024];
    size_t n = strlen(start);
    CHECK(GetCurrentDirectoryA(sizeof(now), now) > 0, "GetCurrentDirectoryA");
    if (!tail) {
        CHECK(strcmp(now, start) == 0, "in \"%s\", not \"%s\"", now, start);
        return;
    }
    CHECK(strncmp(now, start, n) == 0 && (now[n] == '\\' || now[n] == '/'), "in \"%s\"", now);
    CHECK(strcmp(now + n + 1, tail) == 0, "in \"%s\", not under %s", now, tail);
}

int main(int argc, char *argv[])
{
    char start[1024];
    FILE *f;

    PALSUITE_INIT(argc, argv);

    CHECK(GetCurrentDirectoryA(sizeof(start), start) > 0, "GetCurrentDirectoryA");
    CreateDirectoryA("scda", NULL);
    CreateDirectoryA("scda\\sub", NULL);
    f = fopen("scda_file", "w");
    CHECK(f != NULL, "fopen");
    fclose(f);

    CHECK_SUCCEEDS(SetCurrentDirectoryA("scda"), TRUE);
    check_in(start, "scda");
    CHECK_SUCCEEDS(SetCurrentDirectoryA(".."), TRUE);
    check_in(start, NULL);
    CHECK_SUCCEEDS(SetCurrentDirectoryA("scda\\sub\\"), TRUE);
    CHECK_SUCCEEDS(SetCurrentDirectoryA("..\\..\\scda/sub/.."), TRUE);
    check_in(start, "scda");
    CHECK_SUCCEEDS(SetCurrentDirectoryA("..\\scda."), TRUE);
    check_in(start, "scda");
    CHECK_SUCCEEDS(SetCurrentDirectoryA(start), TRUE);
    check_in(start, NULL);

    CHECK_FAILS(SetCurrentDirectoryA("scda_none"), FALSE, ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(SetCurrentDirectoryA("scda_none\\sub"), FALSE, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(SetCurrentDirectoryA("scda_file"), FALSE, ERROR_DIRECTORY);
    CHECK_FAILS(SetCurrentDirectoryA(NULL), FALSE, ERROR_INVALID_NAME);
    CHECK_FAILS(SetCurrentDirectoryA(""), FALSE, ERROR_INVALID_NAME);
    check_in(start, NULL);

    CHECK(DeleteFileA("scda_file"), "DeleteFileA");
    CHECK(RemoveDirectoryW((const WCHAR *)u"scda\\sub"), "RemoveDirectoryW");
    CHECK(RemoveDirectoryW((const WCHAR *)u"scda"), "RemoveDirectoryW");

    PAL_Terminate();
    return 0;
}
