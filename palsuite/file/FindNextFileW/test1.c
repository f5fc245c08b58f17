/*
 * FindNextFileW over a directory of 200 files with non-ASCII names
 * ("\u00e9NNN.txt", NNN bytes long modulo 40), more than one buffer's worth
 * of entries: each name comes back once, as it was written, with the
 * attributes, size and last-write time GetFileAttributesExW gives for it;
 * "." and ".." are directories; the end is ERROR_NO_MORE_FILES, again on
 * the next call.
 */
#include <palsuite.h>

#define FILES 200

/* dir\u00e9NNN.txt, or the bare name when dir is NULL. */
static WCHAR *file_name(const char *dir, int i, WCHAR *out)
{
    int n = 0;
    if (dir) {
        while (*dir)
            out[n++] = (WCHAR)*dir++;
        out[n++] = '\\';
    }
    out[n++] = 0x00e9;
    out[n++] = (WCHAR)('0' + i / 100);
    out[n++] = (WCHAR)('0' + i / 10 % 10);
    out[n++] = (WCHAR)('0' + i % 10);
    out[n++] = '.';
    out[n++] = 't';
    out[n++] = 'x';
    out[n++] = 't';
    out[n] = 0;
    return out;
}

static int wcs_equal(const WCHAR *a, const WCHAR *b)
{
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}

/* Index of a listed name: 0..FILES-1, FILES for ".", FILES + 1 for "..". */
static int name_index(const WCHAR *name)
{
    WCHAR expect[32];
    int i;
    if (name[0] == '.' && name[1] == 0)
        return FILES;
    if (name[0] == '.' && name[1] == '.' && name[2] == 0)
        return FILES + 1;
    if (name[0] != 0x00e9 || name[1] < '0' || name[1] > '9' || name[2] < '0' || name[2] > '9' ||
        name[3] < '0' || name[3] > '9')
        return -1;
    i = (name[1] - '0') * 100 + (name[2] - '0') * 10 + (name[3] - '0');
    return i < FILES && wcs_equal(name, file_name(NULL, i, expect)) ? i : -1;
}

int main(int argc, char *argv[])
{
    static const WCHAR dir[] = u"fnw_dir";
    WIN32_FIND_DATAW data;
    WIN32_FILE_ATTRIBUTE_DATA attr;
    WCHAR path[64];
    char content[64];
    int seen[FILES + 2];
    int i, n = 0;
    DWORD done;
    HANDLE h;

    PALSUITE_INIT(argc, argv);
    CHECK(CreateDirectoryW(dir, NULL), "CreateDirectoryW failed");
    memset(content, 'y', sizeof(content));
    for (i = 0; i < FILES; i++) {
        HANDLE f = CreateFileW(file_name("fnw_dir", i, path), GENERIC_WRITE, 0, NULL, CREATE_NEW,
                               FILE_ATTRIBUTE_NORMAL, NULL);
        CHECK(f != INVALID_HANDLE_VALUE, "cannot create file %d", i);
        CHECK(WriteFile(f, content, (DWORD)(i % 40), &done, NULL) && done == (DWORD)(i % 40),
              "cannot write file %d", i);
        CHECK_SUCCEEDS(CloseHandle(f), TRUE);
    }

    memset(seen, 0, sizeof(seen));
    h = FindFirstFileW((const WCHAR *)u"fnw_dir\\*", &data);
    CHECK(h != INVALID_HANDLE_VALUE, "FindFirstFileW failed");
    do {
        i = name_index(data.cFileName);
        CHECK(i >= 0, "listed %ws", data.cFileName);
        seen[i]++;
        n++;
        if (i < FILES) {
            file_name("fnw_dir", i, path);
            CHECK(GetFileAttributesExW(path, GetFileExInfoStandard, &attr),
                  "no attributes for %ws", path);
            CHECK(data.dwFileAttributes == attr.dwFileAttributes,
                  "%ws: attributes %#x, expected %#x", path, data.dwFileAttributes,
                  attr.dwFileAttributes);
            CHECK(data.nFileSizeHigh == 0 && data.nFileSizeLow == (DWORD)(i % 40) &&
                      attr.nFileSizeLow == data.nFileSizeLow,
                  "%ws: size %u", path, data.nFileSizeLow);
            CHECK(CompareFileTime(&data.ftLastWriteTime, &attr.ftLastWriteTime) == 0,
                  "%ws: another last-write time", path);
        } else {
            CHECK(data.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY, "%ws: attributes %#x",
                  data.cFileName, data.dwFileAttributes);
        }
        SetLastError(PALSUITE_SENTINEL_ERROR);
    } while (FindNextFileW(h, &data));
    CHECK_ERROR(ERROR_NO_MORE_FILES);
    CHECK_FAILS(FindNextFileW(h, &data), FALSE, ERROR_NO_MORE_FILES);
    CHECK_SUCCEEDS(FindClose(h), TRUE);
    CHECK(n == FILES + 2, "listed %d entries", n);
    for (i = 0; i < FILES + 2; i++)
        CHECK(seen[i] == 1, "entry %d listed %d times", i, seen[i]);

    for (i = 0; i < FILES; i++)
        CHECK(DeleteFileW(file_name("fnw_dir", i, path)), "DeleteFileW(%d) failed", i);
    CHECK(RemoveDirectoryW(dir), "RemoveDirectoryW failed");
    PAL_Terminate();
    return 0;
}
