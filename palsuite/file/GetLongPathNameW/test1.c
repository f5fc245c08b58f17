/*
 * GetLongPathNameW: for an existing name without short components, the name
 * as given (the length without the NUL); a short buffer gets nothing and the
 * size needed with the NUL; a missing name is ERROR_FILE_NOT_FOUND (the
 * buffer untouched), "" ERROR_PATH_NOT_FOUND, NULL ERROR_INVALID_PARAMETER.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    static const WCHAR name[] = { 'g', 'l', 'p', 'w', '\\', 'f', 'i', 'l', 'e', 0 };
    WCHAR buf[64];
    FILE *f;
    int i;

    PALSUITE_INIT(argc, argv);

    CreateDirectoryW((const WCHAR *)u"glpw", NULL);
    f = fopen("glpw\\file", "w");
    CHECK(f != NULL, "fopen");
    fclose(f);

    CHECK_SUCCEEDS(GetLongPathNameW(name, buf, 64), 9);
    for (i = 0; i < 10; i++)
        CHECK(buf[i] == name[i], "character %d differs: %ws", i, buf);
    CHECK_SUCCEEDS(GetLongPathNameW(name, buf, 10), 9);
    for (i = 0; i < 64; i++)
        buf[i] = 0x5A5A;
    CHECK_SUCCEEDS(GetLongPathNameW(name, buf, 9), 10);
    CHECK(buf[0] == 0x5A5A && buf[8] == 0x5A5A, "a short buffer was written");
    CHECK_SUCCEEDS(GetLongPathNameW(name, NULL, 0), 10);
    CHECK_SUCCEEDS(GetLongPathNameW((const WCHAR *)u"glpw", buf, 64), 4);

    CHECK_FAILS(GetLongPathNameW((const WCHAR *)u"glpw\\none", buf, 64), 0, ERROR_FILE_NOT_FOUND);
    CHECK(buf[0] == 'g' && buf[4] == 0, "the buffer changed on failure");
    CHECK_FAILS(GetLongPathNameW((const WCHAR *)u"glpw_none\\x", buf, 64), 0, ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(GetLongPathNameW((const WCHAR *)u"", buf, 64), 0, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(GetLongPathNameW(NULL, buf, 64), 0, ERROR_INVALID_PARAMETER);

    CHECK(DeleteFileW(name), "DeleteFileW");
    CHECK(RemoveDirectoryW((const WCHAR *)u"glpw"), "RemoveDirectoryW");

    PAL_Terminate();
    return 0;
}
