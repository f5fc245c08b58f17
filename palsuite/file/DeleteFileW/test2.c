/*
 * DeleteFileW and MoveFileW respect FILE_SHARE_DELETE: a file some handle
 * holds open without it cannot be deleted or renamed
 * (ERROR_SHARING_VIOLATION); with it, both work while the handle is open.
 */
#include <palsuite.h>

static HANDLE open_shared(const WCHAR *name, DWORD share)
{
    HANDLE h = CreateFileW(name, GENERIC_READ, share, NULL, OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL,
                           NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "CreateFileW(%ws) failed", name);
    return h;
}

int main(int argc, char *argv[])
{
    const WCHAR *name = (const WCHAR *)u"dfw2_file";
    const WCHAR *moved = (const WCHAR *)u"dfw2_moved";
    HANDLE h;

    PALSUITE_INIT(argc, argv);

    h = open_shared(name, FILE_SHARE_READ | FILE_SHARE_WRITE);
    CHECK_FAILS(DeleteFileW(name), FALSE, ERROR_SHARING_VIOLATION);
    CHECK_FAILS(MoveFileW(name, moved), FALSE, ERROR_SHARING_VIOLATION);
    CHECK(GetFileAttributesW(name) != INVALID_FILE_ATTRIBUTES, "the file is gone");
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    h = open_shared(name, FILE_SHARE_READ | FILE_SHARE_DELETE);
    CHECK_SUCCEEDS(MoveFileW(name, moved), TRUE);
    CHECK_SUCCEEDS(DeleteFileW(moved), TRUE);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);
    CHECK_FAILS(GetFileAttributesW(moved), INVALID_FILE_ATTRIBUTES, ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(GetFileAttributesW(name), INVALID_FILE_ATTRIBUTES, ERROR_FILE_NOT_FOUND);
    PAL_Terminate();
    return 0;
}
