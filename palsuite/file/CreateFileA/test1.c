/*
 * CreateFileA: the five dispositions and their errors (ERROR_FILE_EXISTS,
 * ERROR_FILE_NOT_FOUND, ERROR_PATH_NOT_FOUND; ERROR_ALREADY_EXISTS on success
 * when CREATE_ALWAYS or OPEN_ALWAYS finds the file, ERROR_SUCCESS otherwise),
 * CREATE_ALWAYS and TRUNCATE_EXISTING truncate, OPEN_ALWAYS does not; bad
 * names and dispositions fail with INVALID_HANDLE_VALUE.
 */
#include <palsuite.h>

static DWORD size_of(HANDLE h)
{
    DWORD high = 7;
    DWORD low = GetFileSize(h, &high);
    CHECK(low != INVALID_FILE_SIZE && high == 0, "GetFileSize failed");
    return low;
}

static void write_text(HANDLE h, const char *text)
{
    DWORD n = 0, len = (DWORD)strlen(text);
    CHECK(WriteFile(h, text, len, &n, NULL) && n == len, "WriteFile failed");
}

int main(int argc, char *argv[])
{
    char name[64], name2[64], name3[64], missing_dir[64];
    HANDLE h;

    PALSUITE_INIT(argc, argv);
    sprintf(name, "cfa1_%u.tmp", (unsigned)GetCurrentProcessId());
    sprintf(name2, "cfa1_%u_2.tmp", (unsigned)GetCurrentProcessId());
    sprintf(name3, "cfa1_%u_3.tmp", (unsigned)GetCurrentProcessId());
    sprintf(missing_dir, "cfa1_nodir_%u\\f.tmp", (unsigned)GetCurrentProcessId());

    /* A missing file, a missing directory on the path. */
    CHECK_FAILS(CreateFileA(name, GENERIC_READ, 0, NULL, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL),
                INVALID_HANDLE_VALUE, ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(CreateFileA(name, GENERIC_WRITE, 0, NULL, TRUNCATE_EXISTING, FILE_ATTRIBUTE_NORMAL,
                            NULL),
                INVALID_HANDLE_VALUE, ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(CreateFileA(missing_dir, GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL),
                INVALID_HANDLE_VALUE, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(CreateFileA(missing_dir, GENERIC_WRITE, 0, NULL, CREATE_NEW, 0, NULL),
                INVALID_HANDLE_VALUE, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(CreateFileA(missing_dir, GENERIC_WRITE, 0, NULL, OPEN_ALWAYS, 0, NULL),
                INVALID_HANDLE_VALUE, ERROR_PATH_NOT_FOUND);

    /* CREATE_NEW makes the file (LastError ERROR_SUCCESS), then refuses it. */
    SetLastError(PALSUITE_SENTINEL_ERROR);
    h = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, 0, NULL, CREATE_NEW, FILE_ATTRIBUTE_NORMAL,
                    NULL);
    CHECK(h != INVALID_HANDLE_VALUE && h != NULL, "CREATE_NEW failed");
    CHECK_ERROR(ERROR_SUCCESS);
    write_text(h, "abc");
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);
    CHECK_FAILS(CreateFileA(name, GENERIC_READ, 0, NULL, CREATE_NEW, 0, NULL), INVALID_HANDLE_VALUE,
                ERROR_FILE_EXISTS);

    /* OPEN_EXISTING finds it as it was. */
    SetLastError(PALSUITE_SENTINEL_ERROR);
    h = CreateFileA(name, GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "OPEN_EXISTING failed");
    CHECK_ERROR(ERROR_SUCCESS);
    CHECK(size_of(h) == 3, "OPEN_EXISTING changed the file");
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    /* OPEN_ALWAYS on an existing file: ERROR_ALREADY_EXISTS, no truncation. */
    SetLastError(PALSUITE_SENTINEL_ERROR);
    h = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_ALWAYS, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "OPEN_ALWAYS failed");
    CHECK_ERROR(ERROR_ALREADY_EXISTS);
    CHECK(size_of(h) == 3, "OPEN_ALWAYS truncated the file");
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    /* CREATE_ALWAYS on an existing file: ERROR_ALREADY_EXISTS, truncated. */
    SetLastError(PALSUITE_SENTINEL_ERROR);
    h = CreateFileA(name, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "CREATE_ALWAYS failed");
    CHECK_ERROR(ERROR_ALREADY_EXISTS);
    CHECK(size_of(h) == 0, "CREATE_ALWAYS did not truncate");
    write_text(h, "hello");
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    /* TRUNCATE_EXISTING: success is ERROR_SUCCESS, the file is emptied. */
    SetLastError(PALSUITE_SENTINEL_ERROR);
    h = CreateFileA(name, GENERIC_WRITE, 0, NULL, TRUNCATE_EXISTING, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "TRUNCATE_EXISTING failed");
    CHECK_ERROR(ERROR_SUCCESS);
    CHECK(size_of(h) == 0, "TRUNCATE_EXISTING did not truncate");
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    /* OPEN_ALWAYS and CREATE_ALWAYS on a missing file create it: ERROR_SUCCESS. */
    SetLastError(PALSUITE_SENTINEL_ERROR);
    h = CreateFileA(name2, GENERIC_WRITE, 0, NULL, OPEN_ALWAYS, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "OPEN_ALWAYS (new) failed");
    CHECK_ERROR(ERROR_SUCCESS);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);
    SetLastError(PALSUITE_SENTINEL_ERROR);
    h = CreateFileA(name3, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "CREATE_ALWAYS (new) failed");
    CHECK_ERROR(ERROR_SUCCESS);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    /* A file named as a directory, a file in the middle of a path. */
    {
        char bad[80];
        sprintf(bad, "%s\\", name);
        CHECK_FAILS(CreateFileA(bad, GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL),
                    INVALID_HANDLE_VALUE, ERROR_INVALID_NAME);
        sprintf(bad, "%s\\x", name);
        CHECK_FAILS(CreateFileA(bad, GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL),
                    INVALID_HANDLE_VALUE, ERROR_PATH_NOT_FOUND);
    }

    /* Bad input. */
    CHECK_FAILS(CreateFileA(NULL, GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL),
                INVALID_HANDLE_VALUE, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(CreateFileA("", GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL),
                INVALID_HANDLE_VALUE, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(CreateFileA(name, GENERIC_READ, 0, NULL, 0, 0, NULL), INVALID_HANDLE_VALUE,
                ERROR_INVALID_PARAMETER);
    CHECK_FAILS(CreateFileA(name, GENERIC_READ, 0, NULL, TRUNCATE_EXISTING + 1, 0, NULL),
                INVALID_HANDLE_VALUE, ERROR_INVALID_PARAMETER);

    DeleteFileA(name);
    DeleteFileA(name2);
    DeleteFileA(name3);
    PAL_Terminate();
    return 0;
}
