/*
 * SearchPathW: finds a name in a directory and returns the full path that
 * GetFullPathNameW gives, with lpFilePart; the extension is appended to a
 * name without one; a short buffer gets the size needed with the NUL; a name
 * found nowhere is ERROR_FILE_NOT_FOUND, "" ERROR_INVALID_PARAMETER.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    WCHAR buf[1024], expected[1024];
    WCHAR *part;
    DWORD len, i;
    FILE *f;

    PALSUITE_INIT(argc, argv);

    CreateDirectoryA("spw", NULL);
    f = fopen("spw\\lib.so", "w");
    CHECK(f != NULL, "fopen");
    fclose(f);

    len = GetFullPathNameW((const WCHAR *)u"spw\\lib.so", 1024, expected, NULL);
    CHECK(len > 0, "GetFullPathNameW");
    part = NULL;
    CHECK_SUCCEEDS(SearchPathW((const WCHAR *)u"spw", (const WCHAR *)u"lib", (const WCHAR *)u".so", 1024, buf, &part),
                   len);
    for (i = 0; i <= len; i++)
        CHECK(buf[i] == expected[i], "\"%ws\", expected \"%ws\"", buf, expected);
    CHECK(part == buf + len - 6, "lpFilePart");
    for (i = 0; i < 1024; i++)
        buf[i] = 0x5A5A;
    CHECK_SUCCEEDS(SearchPathW((const WCHAR *)u"spw", (const WCHAR *)u"lib.so", NULL, 3, buf, NULL), len + 1);
    CHECK(buf[3] == 0x5A5A, "written past a short buffer");
    CHECK_FAILS(SearchPathW((const WCHAR *)u"spw", (const WCHAR *)u"none", NULL, 1024, buf, NULL), 0, ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(SearchPathW((const WCHAR *)u"spw", (const WCHAR *)u"", NULL, 1024, buf, NULL), 0, ERROR_INVALID_PARAMETER);

    CHECK(DeleteFileA("spw\\lib.so"), "DeleteFileA");
    CHECK(RemoveDirectoryW((const WCHAR *)u"spw"), "RemoveDirectoryW");

    PAL_Terminate();
    return 0;
}
