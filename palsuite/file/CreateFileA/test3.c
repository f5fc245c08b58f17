/*
 * CreateFileA with share-mode bits outside FILE_SHARE_READ | FILE_SHARE_WRITE
 * | FILE_SHARE_DELETE fails with ERROR_INVALID_PARAMETER, and creates nothing.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    char name[64];

    PALSUITE_INIT(argc, argv);
    sprintf(name, "cfa3_%u.tmp", (unsigned)GetCurrentProcessId());

    CHECK_FAILS(CreateFileA(name, GENERIC_READ, FILE_SHARE_READ | 8, NULL, OPEN_ALWAYS, 0, NULL),
                INVALID_HANDLE_VALUE, ERROR_INVALID_PARAMETER);
    CHECK_FAILS(CreateFileA(name, GENERIC_READ, 0x80000000, NULL, CREATE_NEW, 0, NULL),
                INVALID_HANDLE_VALUE, ERROR_INVALID_PARAMETER);
    CHECK_FAILS(CreateFileA(name, GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL),
                INVALID_HANDLE_VALUE, ERROR_FILE_NOT_FOUND);

    DeleteFileA(name);
    PAL_Terminate();
    return 0;
}
