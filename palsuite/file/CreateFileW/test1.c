/*
 * CreateFileW: a UTF-16 name with non-ASCII characters creates a file that
 * the same name opens again; dispositions and bad input fail as with
 * CreateFileA.
 */
#include <palsuite.h>

static void widen(WCHAR *dst, const char *src)
{
    while ((*dst++ = (WCHAR)(unsigned char)*src++) != 0)
        ;
}

int main(int argc, char *argv[])
{
    char narrow[64];
    WCHAR name[64], nodir[64];
    HANDLE h, h2;
    DWORD n;
    char buf[8];

    PALSUITE_INIT(argc, argv);
    /* "cfw1_\u00e9\u4e2d_<pid>.tmp" */
    sprintf(narrow, "cfw1_XY_%u.tmp", (unsigned)GetCurrentProcessId());
    widen(name, narrow);
    name[5] = 0x00e9;
    name[6] = 0x4e2d;
    sprintf(narrow, "cfw1_nodir_%u\\f.tmp", (unsigned)GetCurrentProcessId());
    widen(nodir, narrow);

    CHECK_FAILS(CreateFileW(name, GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL),
                INVALID_HANDLE_VALUE, ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(CreateFileW(nodir, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL),
                INVALID_HANDLE_VALUE, ERROR_PATH_NOT_FOUND);

    SetLastError(PALSUITE_SENTINEL_ERROR);
    h = CreateFileW(name, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ, NULL, CREATE_NEW,
                    FILE_ATTRIBUTE_NORMAL, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "CREATE_NEW failed");
    CHECK_ERROR(ERROR_SUCCESS);
    CHECK_SUCCEEDS(WriteFile(h, "wide", 4, &n, NULL), TRUE);
    CHECK(n == 4, "wrote %u bytes", n);

    /* A second handle on the same name sees the data. */
    h2 = CreateFileW(name, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_EXISTING,
                     0, NULL);
    CHECK(h2 != INVALID_HANDLE_VALUE, "OPEN_EXISTING failed");
    CHECK_SUCCEEDS(ReadFile(h2, buf, sizeof(buf), &n, NULL), TRUE);
    CHECK(n == 4 && memcmp(buf, "wide", 4) == 0, "read %u bytes", n);
    CHECK_SUCCEEDS(CloseHandle(h2), TRUE);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    CHECK_FAILS(CreateFileW(name, GENERIC_READ, 0, NULL, CREATE_NEW, 0, NULL),
                INVALID_HANDLE_VALUE, ERROR_FILE_EXISTS);
    SetLastError(PALSUITE_SENTINEL_ERROR);
    h = CreateFileW(name, GENERIC_READ, 0, NULL, OPEN_ALWAYS, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "OPEN_ALWAYS failed");
    CHECK_ERROR(ERROR_ALREADY_EXISTS);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    CHECK_FAILS(CreateFileW(NULL, GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL),
                INVALID_HANDLE_VALUE, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(CreateFileW((const WCHAR *)u"", GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL),
                INVALID_HANDLE_VALUE, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(CreateFileW(name, GENERIC_READ, 0, NULL, 0, 0, NULL), INVALID_HANDLE_VALUE,
                ERROR_INVALID_PARAMETER);
    CHECK_FAILS(CreateFileW((const WCHAR *)u".", GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL),
                INVALID_HANDLE_VALUE, ERROR_ACCESS_DENIED);

    DeleteFileW(name);
    PAL_Terminate();
    return 0;
}
