/*
 * GetFileAttributesExW(GetFileExInfoStandard): the attributes, the size
 * (0 for a directory) and the times of a name (the last write within the
 * seconds around the write); another information level is
 * ERROR_INVALID_PARAMETER; a missing name ERROR_FILE_NOT_FOUND or
 * ERROR_PATH_NOT_FOUND, NULL ERROR_PATH_NOT_FOUND.
 */
#include <palsuite.h>

static ULONGLONG ticks(const FILETIME *f)
{
    return ((ULONGLONG)f->dwHighDateTime << 32) | f->dwLowDateTime;
}

int main(int argc, char *argv[])
{
    WIN32_FILE_ATTRIBUTE_DATA data;
    FILETIME before, after;
    FILE *f;

    PALSUITE_INIT(argc, argv);

    GetSystemTimeAsFileTime(&before);
    f = fopen("gfaex_file", "w");
    CHECK(f != NULL, "fopen");
    fputs("0123456789", f);
    fclose(f);
    GetSystemTimeAsFileTime(&after);
    CreateDirectoryW((const WCHAR *)u"gfaex_dir", NULL);

    memset(&data, 0xA5, sizeof(data));
    CHECK_SUCCEEDS(GetFileAttributesExW((const WCHAR *)u"gfaex_file", GetFileExInfoStandard, &data), TRUE);
    CHECK(!(data.dwFileAttributes & (FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_READONLY)),
          "attributes %#x", data.dwFileAttributes);
    CHECK(data.nFileSizeHigh == 0 && data.nFileSizeLow == 10, "size %u:%u", data.nFileSizeHigh,
          data.nFileSizeLow);
    /* File systems keep times coarsely: allow 2 s either side. */
    CHECK(ticks(&data.ftLastWriteTime) + 20000000 >= ticks(&before) &&
              ticks(&data.ftLastWriteTime) <= ticks(&after) + 20000000,
          "last write time outside the write");
    CHECK(ticks(&data.ftCreationTime) <= ticks(&after) + 20000000, "created after the write");
    CHECK(ticks(&data.ftLastAccessTime) + 20000000 >= ticks(&before), "last access before the write");

    memset(&data, 0xA5, sizeof(data));
    CHECK_SUCCEEDS(GetFileAttributesExW((const WCHAR *)u"gfaex_dir\\", GetFileExInfoStandard, &data), TRUE);
    CHECK(data.dwFileAttributes == FILE_ATTRIBUTE_DIRECTORY, "directory attributes %#x", data.dwFileAttributes);
    CHECK(data.nFileSizeHigh == 0 && data.nFileSizeLow == 0, "directory size %u", data.nFileSizeLow);

    CHECK_FAILS(GetFileAttributesExW((const WCHAR *)u"gfaex_file", (GET_FILEEX_INFO_LEVELS)1, &data), FALSE,
                ERROR_INVALID_PARAMETER);
    CHECK_FAILS(GetFileAttributesExW((const WCHAR *)u"gfaex_file", (GET_FILEEX_INFO_LEVELS)7, &data), FALSE,
                ERROR_INVALID_PARAMETER);
    CHECK_FAILS(GetFileAttributesExW((const WCHAR *)u"gfaex_none", GetFileExInfoStandard, &data), FALSE,
                ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(GetFileAttributesExW((const WCHAR *)u"gfaex_none\\x", GetFileExInfoStandard, &data), FALSE,
                ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(GetFileAttributesExW(NULL, GetFileExInfoStandard, &data), FALSE, ERROR_PATH_NOT_FOUND);

    CHECK(DeleteFileA("gfaex_file"), "DeleteFileA");
    CHECK(RemoveDirectoryW((const WCHAR *)u"gfaex_dir"), "RemoveDirectoryW");

    PAL_Terminate();
    return 0;
}
