/*
 * CreateFileW share modes: a second open of a file fails with
 * ERROR_SHARING_VIOLATION exactly when it asks for an access the first handle
 * does not share, or does not share an access the first handle has. A handle
 * without data access (access 0) neither checks nor imposes sharing. Closing
 * the first handle lifts its restrictions. Every access (0, read, write,
 * both) and share mode (any mix of read, write, delete) against every other.
 */
#include <palsuite.h>

static const DWORD accesses[] = {0, GENERIC_READ, GENERIC_WRITE, GENERIC_READ | GENERIC_WRITE};

static DWORD denied(DWORD share)
{
    DWORD deny = 0;
    if (!(share & FILE_SHARE_READ))
        deny |= GENERIC_READ;
    if (!(share & FILE_SHARE_WRITE))
        deny |= GENERIC_WRITE;
    return deny;
}

int main(int argc, char *argv[])
{
    WCHAR name[64];
    char narrow[64];
    HANDLE h1, h2;
    DWORD a1, s1, a2, s2, i;
    int conflicts = 0;

    PALSUITE_INIT(argc, argv);
    sprintf(narrow, "cfw2_%u.tmp", (unsigned)GetCurrentProcessId());
    for (i = 0; (name[i] = (WCHAR)narrow[i]) != 0; i++)
        ;

    h1 = CreateFileW(name, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    CHECK(h1 != INVALID_HANDLE_VALUE, "CREATE_ALWAYS failed");
    CHECK(WriteFile(h1, "data", 4, &i, NULL) && i == 4, "WriteFile failed");
    CHECK_SUCCEEDS(CloseHandle(h1), TRUE);

    for (a1 = 0; a1 < 4; a1++) {
        for (s1 = 0; s1 < 8; s1++) {
            h1 = CreateFileW(name, accesses[a1], s1, NULL, OPEN_EXISTING, 0, NULL);
            CHECK(h1 != INVALID_HANDLE_VALUE, "first open (access %#x, share %u) failed",
                  accesses[a1], s1);
            for (a2 = 0; a2 < 4; a2++) {
                for (s2 = 0; s2 < 8; s2++) {
                    BOOL conflict = accesses[a1] && accesses[a2] &&
                                    ((accesses[a2] & denied(s1)) || (accesses[a1] & denied(s2)));
                    SetLastError(PALSUITE_SENTINEL_ERROR);
                    h2 = CreateFileW(name, accesses[a2], s2, NULL, OPEN_EXISTING, 0, NULL);
                    if (conflict) {
                        conflicts++;
                        CHECK(h2 == INVALID_HANDLE_VALUE,
                              "(access %#x, share %u) then (access %#x, share %u) opened",
                              accesses[a1], s1, accesses[a2], s2);
                        CHECK_ERROR(ERROR_SHARING_VIOLATION);
                    } else {
                        CHECK(h2 != INVALID_HANDLE_VALUE,
                              "(access %#x, share %u) then (access %#x, share %u) refused",
                              accesses[a1], s1, accesses[a2], s2);
                        CHECK_ERROR(ERROR_SUCCESS);
                        CHECK_SUCCEEDS(CloseHandle(h2), TRUE);
                    }
                }
            }
            CHECK_SUCCEEDS(CloseHandle(h1), TRUE);
        }
    }
    CHECK(conflicts > 0, "no conflicting pair tested");

    /* Closing the handle that denies lifts the denial; a duplicate keeps it. */
    h1 = CreateFileW(name, GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL);
    CHECK(h1 != INVALID_HANDLE_VALUE, "exclusive open failed");
    CHECK(DuplicateHandle(GetCurrentProcess(), h1, GetCurrentProcess(), &h2, 0, FALSE,
                          DUPLICATE_SAME_ACCESS),
          "DuplicateHandle failed");
    CHECK_SUCCEEDS(CloseHandle(h1), TRUE);
    CHECK_FAILS(CreateFileW(name, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                            OPEN_EXISTING, 0, NULL),
                INVALID_HANDLE_VALUE, ERROR_SHARING_VIOLATION);
    /* A refused CREATE_ALWAYS or TRUNCATE_EXISTING leaves the file alone. */
    CHECK_FAILS(CreateFileW(name, GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                            TRUNCATE_EXISTING, 0, NULL),
                INVALID_HANDLE_VALUE, ERROR_SHARING_VIOLATION);
    CHECK_SUCCEEDS(CloseHandle(h2), TRUE);
    h1 = CreateFileW(name, GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL);
    CHECK(h1 != INVALID_HANDLE_VALUE, "open after the last close failed");
    CHECK(GetFileSize(h1, NULL) == 4, "the refused TRUNCATE_EXISTING truncated the file");
    CHECK_SUCCEEDS(CloseHandle(h1), TRUE);

    /* FILE_SHARE_DELETE: delete access needs it from every open handle. */
    h1 = CreateFileW(name, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
    CHECK(h1 != INVALID_HANDLE_VALUE, "open without FILE_SHARE_DELETE failed");
    CHECK_FAILS(CreateFileW(name, DELETE, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL),
                INVALID_HANDLE_VALUE, ERROR_SHARING_VIOLATION);
    CHECK_SUCCEEDS(CloseHandle(h1), TRUE);
    h1 = CreateFileW(name, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_DELETE, NULL, OPEN_EXISTING,
                     0, NULL);
    CHECK(h1 != INVALID_HANDLE_VALUE, "open with FILE_SHARE_DELETE failed");
    h2 = CreateFileW(name, DELETE, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
    CHECK(h2 != INVALID_HANDLE_VALUE, "delete access refused under FILE_SHARE_DELETE");
    /* ... and the delete handle, which does not share delete, now blocks a
     * second one. */
    CHECK_FAILS(CreateFileW(name, DELETE, FILE_SHARE_READ | FILE_SHARE_DELETE, NULL, OPEN_EXISTING,
                            0, NULL),
                INVALID_HANDLE_VALUE, ERROR_SHARING_VIOLATION);
    CHECK_SUCCEEDS(CloseHandle(h2), TRUE);
    CHECK_SUCCEEDS(CloseHandle(h1), TRUE);

    DeleteFileW(name);
    PAL_Terminate();
    return 0;
}
