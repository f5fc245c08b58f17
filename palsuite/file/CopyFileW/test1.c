/*
 * CopyFileW: copies a file (an empty one, and one larger than any buffer);
 * bFailIfExists makes an existing target ERROR_FILE_EXISTS; a missing source
 * is ERROR_FILE_NOT_FOUND, NULL names ERROR_INVALID_PARAMETER.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    static char big[300000], back[300001];
    WIN32_FILE_ATTRIBUTE_DATA data;
    FILE *f;
    int i;

    PALSUITE_INIT(argc, argv);

    /* Leftovers of an interrupted run. */
    DeleteFileW((const WCHAR *)u"cfw_empty2");
    DeleteFileW((const WCHAR *)u"cfw_big2");
    f = fopen("cfw_empty", "w");
    CHECK(f != NULL, "fopen");
    fclose(f);
    f = fopen("cfw_big", "wb");
    CHECK(f != NULL, "fopen");
    for (i = 0; i < 300000; i++)
        big[i] = (char)('a' + i % 26);
    CHECK(fwrite(big, 1, sizeof(big), f) == sizeof(big), "fwrite");
    fclose(f);

    CHECK(CopyFileW((const WCHAR *)u"cfw_empty", (const WCHAR *)u"cfw_empty2", FALSE), "CopyFileW failed");
    CHECK(GetFileAttributesExW((const WCHAR *)u"cfw_empty2", GetFileExInfoStandard, &data), "copy");
    CHECK(data.nFileSizeLow == 0, "empty copy of size %u", data.nFileSizeLow);
    CHECK(CopyFileW((const WCHAR *)u"cfw_big", (const WCHAR *)u"cfw_big2", TRUE), "CopyFileW failed");
    CHECK(GetFileAttributesExW((const WCHAR *)u"cfw_big2", GetFileExInfoStandard, &data), "copy");
    CHECK(data.nFileSizeLow == 300000, "copy of size %u", data.nFileSizeLow);
    f = fopen("cfw_big2", "rb");
    CHECK(f != NULL, "fopen");
    CHECK(fread(back, 1, sizeof(back), f) == sizeof(big), "the copy has another size");
    fclose(f);
    CHECK(memcmp(big, back, sizeof(big)) == 0, "the copy differs");

    CHECK_FAILS(CopyFileW((const WCHAR *)u"cfw_empty", (const WCHAR *)u"cfw_big2", TRUE), FALSE, ERROR_FILE_EXISTS);
    CHECK_FAILS(CopyFileW((const WCHAR *)u"cfw_none", (const WCHAR *)u"cfw_x", TRUE), FALSE, ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(CopyFileW(NULL, (const WCHAR *)u"cfw_x", TRUE), FALSE, ERROR_INVALID_PARAMETER);
    CHECK_FAILS(CopyFileW((const WCHAR *)u"cfw_big", NULL, TRUE), FALSE, ERROR_INVALID_PARAMETER);

    CHECK(DeleteFileW((const WCHAR *)u"cfw_empty") && DeleteFileW((const WCHAR *)u"cfw_empty2"), "DeleteFileW");
    CHECK(DeleteFileW((const WCHAR *)u"cfw_big") && DeleteFileW((const WCHAR *)u"cfw_big2"), "DeleteFileW");

    PAL_Terminate();
    return 0;
}
