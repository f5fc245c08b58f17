/*
 * FindFirstFileA / FindNextFileA over a directory of 300 files of different
 * sizes and 5 subdirectories, more than one buffer's worth of entries: "*"
 * lists each entry once, "f1*" only its own; every entry's attributes, size
 * and last-write time are those GetFileAttributesExW gives for the same name
 * (".." aside, whose times other tests in its directory may change).
 * A file removed between two searches is not listed by the second.
 */
#include <palsuite.h>

#define FILES 300
#define DIRS 5

static void make_file(int i)
{
    char name[64], content[64];
    DWORD done;
    sprintf(name, "fna_dir\\f%03d.dat", i);
    HANDLE f = CreateFileA(name, GENERIC_WRITE, 0, NULL, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, NULL);
    CHECK(f != INVALID_HANDLE_VALUE, "cannot create %s", name);
    memset(content, 'x', sizeof(content));
    CHECK(WriteFile(f, content, (DWORD)(i % 50), &done, NULL) && done == (DWORD)(i % 50),
          "cannot write %s", name);
    CHECK_SUCCEEDS(CloseHandle(f), TRUE);
}

/* An ASCII name as a WCHAR one (the subset has only the W forms of some APIs). */
static const WCHAR *widen(const char *s, WCHAR *out)
{
    int i;
    for (i = 0; s[i]; i++)
        out[i] = (WCHAR)s[i];
    out[i] = 0;
    return out;
}

/* Index of an expected name: files 0..FILES-1, then directories, "." and "..". */
static int name_index(const char *name)
{
    int i;
    if (strcmp(name, ".") == 0)
        return FILES + DIRS;
    if (strcmp(name, "..") == 0)
        return FILES + DIRS + 1;
    if (sscanf(name, "f%d.dat", &i) == 1 && strlen(name) == 8 && i >= 0 && i < FILES)
        return i;
    if (sscanf(name, "d%d", &i) == 1 && strlen(name) == 2 && i >= 0 && i < DIRS)
        return FILES + i;
    return -1;
}

/* Lists `pattern`; returns how many entries it gave, each checked against
 * GetFileAttributesExW; seen[] counts each name. */
static int list(const char *pattern, int *seen)
{
    WIN32_FIND_DATAA data;
    WIN32_FILE_ATTRIBUTE_DATA attr;
    char path[MAX_PATH];
    WCHAR wpath[MAX_PATH];
    int n = 0;
    HANDLE h = FindFirstFileA(pattern, &data);
    CHECK(h != INVALID_HANDLE_VALUE, "FindFirstFileA(%s) failed", pattern);
    do {
        int i = name_index(data.cFileName);
        CHECK(i >= 0, "FindFirstFileA(%s) found %s", pattern, data.cFileName);
        seen[i]++;
        n++;
        sprintf(path, "fna_dir\\%s", data.cFileName);
        CHECK(GetFileAttributesExW(widen(path, wpath), GetFileExInfoStandard, &attr), "no attributes for %s",
              path);
        CHECK(data.dwFileAttributes == attr.dwFileAttributes, "%s: attributes %#x, expected %#x",
              path, data.dwFileAttributes, attr.dwFileAttributes);
        CHECK(data.nFileSizeHigh == attr.nFileSizeHigh && data.nFileSizeLow == attr.nFileSizeLow,
              "%s: size %u, expected %u", path, data.nFileSizeLow, attr.nFileSizeLow);
        /* ".." is the test's directory, where other tests may be at work. */
        CHECK(i == FILES + DIRS + 1 ||
                  CompareFileTime(&data.ftLastWriteTime, &attr.ftLastWriteTime) == 0,
              "%s: another last-write time", path);
        if (i < FILES) {
            CHECK(!(data.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY), "%s: a directory", path);
            CHECK(data.nFileSizeLow == (DWORD)(i % 50), "%s: size %u", path, data.nFileSizeLow);
        } else {
            CHECK(data.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY, "%s: not a directory", path);
        }
        SetLastError(PALSUITE_SENTINEL_ERROR);
    } while (FindNextFileA(h, &data));
    CHECK_ERROR(ERROR_NO_MORE_FILES);
    CHECK_FAILS(FindNextFileA(h, &data), FALSE, ERROR_NO_MORE_FILES);
    CHECK_SUCCEEDS(FindClose(h), TRUE);
    return n;
}

int main(int argc, char *argv[])
{
    int seen[FILES + DIRS + 2];
    char name[64];
    WCHAR wname[64];
    int i;

    PALSUITE_INIT(argc, argv);
    CHECK(CreateDirectoryA("fna_dir", NULL), "CreateDirectoryA failed");
    for (i = 0; i < FILES; i++)
        make_file(i);
    for (i = 0; i < DIRS; i++) {
        sprintf(name, "fna_dir\\d%d", i);
        CHECK(CreateDirectoryA(name, NULL), "CreateDirectoryA(%s) failed", name);
    }

    memset(seen, 0, sizeof(seen));
    CHECK(list("fna_dir\\*", seen) == FILES + DIRS + 2, "\"*\" gave another count");
    for (i = 0; i < FILES + DIRS + 2; i++)
        CHECK(seen[i] == 1, "entry %d seen %d times", i, seen[i]);

    /* f100.dat .. f199.dat */
    memset(seen, 0, sizeof(seen));
    CHECK(list("fna_dir\\f1*", seen) == 100, "\"f1*\" gave another count");
    for (i = 0; i < FILES + DIRS + 2; i++)
        CHECK(seen[i] == (i >= 100 && i < 200), "entry %d seen %d times", i, seen[i]);

    CHECK(DeleteFileA("fna_dir\\f150.dat"), "DeleteFileA failed");
    memset(seen, 0, sizeof(seen));
    CHECK(list("fna_dir\\*", seen) == FILES + DIRS + 1, "a deleted file was listed");
    CHECK(seen[150] == 0, "f150.dat listed after its deletion");

    for (i = 0; i < FILES; i++) {
        sprintf(name, "fna_dir\\f%03d.dat", i);
        CHECK(i == 150 || DeleteFileA(name), "DeleteFileA(%s) failed", name);
    }
    for (i = 0; i < DIRS; i++) {
        sprintf(name, "fna_dir\\d%d", i);
        CHECK(RemoveDirectoryW(widen(name, wname)), "RemoveDirectoryW(%s) failed", name);
    }
    CHECK(RemoveDirectoryW((const WCHAR *)u"fna_dir"), "RemoveDirectoryW failed");
    PAL_Terminate();
    return 0;
}
