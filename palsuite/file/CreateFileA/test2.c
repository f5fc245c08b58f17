/*
 * CreateFileA: directories open only with FILE_FLAG_BACKUP_SEMANTICS (else
 * ERROR_ACCESS_DENIED), whatever the access asked, and are never overwritten
 * (CREATE_ALWAYS, TRUNCATE_EXISTING: ERROR_FILE_EXISTS); the spec's flags and
 * attributes are accepted; access 0 opens a file for its attributes only;
 * an inheritable handle opens like any other.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    static const DWORD flags[] = {
        FILE_ATTRIBUTE_NORMAL,
        FILE_FLAG_SEQUENTIAL_SCAN,
        FILE_FLAG_RANDOM_ACCESS,
        FILE_FLAG_WRITE_THROUGH,
        FILE_FLAG_NO_BUFFERING,
        FILE_FLAG_BACKUP_SEMANTICS,
        FILE_ATTRIBUTE_NORMAL | FILE_FLAG_SEQUENTIAL_SCAN | FILE_FLAG_WRITE_THROUGH,
    };
    char name[64], buf[4];
    SECURITY_ATTRIBUTES sa;
    HANDLE h;
    DWORD n, i;

    PALSUITE_INIT(argc, argv);
    sprintf(name, "cfa2_%u.tmp", (unsigned)GetCurrentProcessId());

    /* The current directory, without and with backup semantics. */
    CHECK_FAILS(CreateFileA(".", GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL),
                INVALID_HANDLE_VALUE, ERROR_ACCESS_DENIED);
    CHECK_FAILS(CreateFileA(".", 0, 0, NULL, OPEN_EXISTING, 0, NULL), INVALID_HANDLE_VALUE,
                ERROR_ACCESS_DENIED);
    CHECK_FAILS(CreateFileA(".", GENERIC_WRITE, 0, NULL, OPEN_ALWAYS, 0, NULL),
                INVALID_HANDLE_VALUE, ERROR_ACCESS_DENIED);
    CHECK_FAILS(CreateFileA(".", GENERIC_READ, 0, NULL, CREATE_NEW, FILE_FLAG_BACKUP_SEMANTICS,
                            NULL),
                INVALID_HANDLE_VALUE, ERROR_FILE_EXISTS);
    CHECK_FAILS(CreateFileA(".", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                            NULL, CREATE_ALWAYS, FILE_FLAG_BACKUP_SEMANTICS, NULL),
                INVALID_HANDLE_VALUE, ERROR_FILE_EXISTS);
    CHECK_FAILS(CreateFileA(".", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                            NULL, TRUNCATE_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, NULL),
                INVALID_HANDLE_VALUE, ERROR_FILE_EXISTS);
    SetLastError(PALSUITE_SENTINEL_ERROR);
    h = CreateFileA(".", GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_ALWAYS,
                    FILE_FLAG_BACKUP_SEMANTICS, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "OPEN_ALWAYS of a directory failed");
    CHECK_ERROR(ERROR_ALREADY_EXISTS);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);
    h = CreateFileA(".", GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_EXISTING,
                    FILE_FLAG_BACKUP_SEMANTICS, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "directory with backup semantics failed");
    CHECK_SUCCEEDS(GetFileType(h), FILE_TYPE_DISK);
    CHECK_FAILS(ReadFile(h, buf, sizeof(buf), &n, NULL), FALSE, ERROR_INVALID_FUNCTION);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);
    /* Write access to a directory is what GetFileTime/SetFileTime callers ask. */
    h = CreateFileA(".", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                    OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "directory for writing with backup semantics failed");
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    /* Every flag of the spec's list. */
    for (i = 0; i < sizeof(flags) / sizeof(flags[0]); i++) {
        SetLastError(PALSUITE_SENTINEL_ERROR);
        h = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_ALWAYS, flags[i], NULL);
        CHECK(h != INVALID_HANDLE_VALUE, "flags %#x refused", flags[i]);
        CHECK_SUCCEEDS(CloseHandle(h), TRUE);
    }

    /* Access 0: the handle exists but reads and writes nothing. */
    h = CreateFileA(name, 0, 0, NULL, OPEN_EXISTING, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "access 0 failed");
    CHECK_FAILS(ReadFile(h, buf, 1, &n, NULL), FALSE, ERROR_ACCESS_DENIED);
    CHECK_FAILS(WriteFile(h, "x", 1, &n, NULL), FALSE, ERROR_ACCESS_DENIED);
    CHECK_SUCCEEDS(GetFileType(h), FILE_TYPE_DISK);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    /* Read-only and write-only handles. */
    h = CreateFileA(name, GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "GENERIC_READ failed");
    CHECK_FAILS(WriteFile(h, "x", 1, &n, NULL), FALSE, ERROR_ACCESS_DENIED);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);
    h = CreateFileA(name, GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "GENERIC_WRITE failed");
    CHECK_SUCCEEDS(WriteFile(h, "x", 1, &n, NULL), TRUE);
    CHECK_FAILS(ReadFile(h, buf, 1, &n, NULL), FALSE, ERROR_ACCESS_DENIED);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    /* An inheritable handle. */
    sa.nLength = sizeof(sa);
    sa.lpSecurityDescriptor = NULL;
    sa.bInheritHandle = TRUE;
    h = CreateFileA(name, GENERIC_READ, FILE_SHARE_READ, &sa, OPEN_EXISTING, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "inheritable handle failed");
    CHECK_SUCCEEDS(ReadFile(h, buf, 1, &n, NULL), TRUE);
    CHECK(n == 1 && buf[0] == 'x', "read %u bytes", n);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    DeleteFileA(name);
    PAL_Terminate();
    return 0;
}
