/*
 * FindFirstFileW / FindNextFileW: the same search through the wide entry
 * points, with a non-ASCII name: "*" lists it with ".", ".." and the other
 * file; a pattern selects it; the names come back as they were written.
 */
#include <palsuite.h>

static const WCHAR dir_name[] = u"ffw_dir";
static const WCHAR file1[] = u"ffw_dir\\caf\u00e9.txt";
static const WCHAR file2[] = u"ffw_dir\\\u65e5\u672c.dat";

static void make_file(const WCHAR *name)
{
    FILE *f = _wfopen(name, (const WCHAR *)u"w");
    CHECK(f != NULL, "cannot create %ws", name);
    fclose(f);
}

static int wcs_equal(const WCHAR *a, const WCHAR *b)
{
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}

int main(int argc, char *argv[])
{
    WIN32_FIND_DATAW data;
    HANDLE h;
    int found = 0, dots = 0;

    PALSUITE_INIT(argc, argv);
    CHECK(CreateDirectoryW((const WCHAR *)dir_name, NULL), "CreateDirectoryW failed");
    make_file((const WCHAR *)file1);
    make_file((const WCHAR *)file2);

    h = FindFirstFileW((const WCHAR *)u"ffw_dir\\*", &data);
    CHECK(h != INVALID_HANDLE_VALUE, "FindFirstFileW failed");
    do {
        if (wcs_equal(data.cFileName, (const WCHAR *)u".") ||
            wcs_equal(data.cFileName, (const WCHAR *)u".."))
            dots++;
        else if (wcs_equal(data.cFileName, (const WCHAR *)u"caf\u00e9.txt") ||
                 wcs_equal(data.cFileName, (const WCHAR *)u"\u65e5\u672c.dat"))
            found++;
        else
            Fail("found %ws", data.cFileName);
    } while (FindNextFileW(h, &data));
    CHECK_ERROR(ERROR_NO_MORE_FILES);
    CHECK(found == 2 && dots == 2, "found %d files and %d dot entries", found, dots);
    CHECK_SUCCEEDS(FindClose(h), TRUE);

    h = FindFirstFileW((const WCHAR *)u"ffw_dir\\*.dat", &data);
    CHECK(h != INVALID_HANDLE_VALUE, "FindFirstFileW(*.dat) failed");
    CHECK(wcs_equal(data.cFileName, (const WCHAR *)u"\u65e5\u672c.dat"), "found %ws",
          data.cFileName);
    CHECK_FAILS(FindNextFileW(h, &data), FALSE, ERROR_NO_MORE_FILES);
    CHECK_SUCCEEDS(FindClose(h), TRUE);

    CHECK_FAILS(FindFirstFileW((const WCHAR *)u"ffw_dir\\*.none", &data), INVALID_HANDLE_VALUE,
                ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(FindFirstFileW(NULL, &data), INVALID_HANDLE_VALUE, ERROR_PATH_NOT_FOUND);

    CHECK(DeleteFileW((const WCHAR *)file1) && DeleteFileW((const WCHAR *)file2),
          "DeleteFileW failed");
    CHECK(RemoveDirectoryW((const WCHAR *)dir_name), "RemoveDirectoryW failed");
    PAL_Terminate();
    return 0;
}
