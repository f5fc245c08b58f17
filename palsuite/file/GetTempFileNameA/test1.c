/*
 * GetTempFileNameA: with uUnique 0, creates an empty file named
 * <dir><separator><up to 3 prefix characters><4 hex digits>.tmp and returns
 * the number, a new one each call; with uUnique set, only builds the name
 * from its low 16 bits. A directory that is missing, a file, NULL or "" is
 * ERROR_DIRECTORY.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    char name1[MAX_PATH], name2[MAX_PATH], name3[MAX_PATH], expected[32];
    UINT u1, u2;
    FILE *f;

    PALSUITE_INIT(argc, argv);

    CreateDirectoryA("gtfa_dir", NULL);
    u1 = GetTempFileNameA("gtfa_dir", "abcdef", 0, name1);
    CHECK(u1 != 0 && u1 <= 0xFFFF, "GetTempFileNameA returned %u", u1);
    CHECK(strncmp(name1, "gtfa_dir", 8) == 0 && (name1[8] == '\\' || name1[8] == '/'), "name \"%s\"", name1);
    sprintf(expected, "abc%04x.tmp", u1);
    CHECK(_stricmp(name1 + 9, expected) == 0, "name \"%s\", expected %s", name1, expected);
    f = fopen(name1, "r");
    CHECK(f != NULL, "\"%s\" was not created", name1);
    CHECK(fread(expected, 1, 1, f) == 0, "\"%s\" is not empty", name1);
    fclose(f);

    u2 = GetTempFileNameA("gtfa_dir\\", "ab", 0, name2);
    CHECK(u2 != 0 && u2 != u1, "second number %u (first %u)", u2, u1);
    sprintf(expected, "ab%04x.tmp", u2);
    CHECK(_stricmp(name2 + 9, expected) == 0, "name \"%s\", expected %s", name2, expected);
    CHECK(GetFileAttributesA(name2) != INVALID_FILE_ATTRIBUTES, "\"%s\" was not created", name2);

    /* uUnique: the name only, from the low 16 bits. */
    CHECK(GetTempFileNameA("gtfa_dir", "xyz", 0x12345, name3) == 0x2345, "uUnique not used");
    CHECK(_stricmp(name3 + 9, "xyz2345.tmp") == 0, "name \"%s\"", name3);
    CHECK_FAILS(GetFileAttributesA(name3), INVALID_FILE_ATTRIBUTES, ERROR_FILE_NOT_FOUND);

    CHECK_FAILS(GetTempFileNameA("gtfa_none", "abc", 0, name3), 0, ERROR_DIRECTORY);
    CHECK_FAILS(GetTempFileNameA(name1, "abc", 0, name3), 0, ERROR_DIRECTORY);
    CHECK_FAILS(GetTempFileNameA(NULL, "abc", 0, name3), 0, ERROR_DIRECTORY);
    CHECK_FAILS(GetTempFileNameA("", "abc", 0, name3), 0, ERROR_DIRECTORY);

    CHECK(DeleteFileA(name1) && DeleteFileA(name2), "DeleteFileA");
    CHECK(RemoveDirectoryW((const WCHAR *)u"gtfa_dir"), "RemoveDirectoryW");

    PAL_Terminate();
    return 0;
}
