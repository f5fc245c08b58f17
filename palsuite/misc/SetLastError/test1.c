/*
 * SetLastError: every DWORD value round-trips through GetLastError unchanged
 * (no bit is reserved or translated), and each call replaces the previous value.
 * Thread-locality needs CreateThread and is covered by the unit tests for now.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    static const DWORD values[] = {
        ERROR_SUCCESS,           ERROR_INVALID_HANDLE,  ERROR_INSUFFICIENT_BUFFER,
        ERROR_ALREADY_EXISTS,    ERROR_INVALID_PARAMETER, 1,
        0x20000000u, /* the "application-defined" bit */
        0x7fffffffu,             0x80000000u,           0xdeadbeefu,
        0xfffffffeu,             0xffffffffu,
    };
    DWORD i, got;

    PALSUITE_INIT(argc, argv);

    for (i = 0; i < sizeof(values) / sizeof(values[0]); i++) {
        SetLastError(values[i]);
        got = GetLastError();
        CHECK(got == values[i], "SetLastError(%u) then GetLastError() = %u", values[i], got);
    }

    /* The last call wins, including a return to ERROR_SUCCESS. */
    SetLastError(ERROR_INVALID_HANDLE);
    SetLastError(ERROR_ALREADY_EXISTS);
    CHECK_ERROR(ERROR_ALREADY_EXISTS);
    SetLastError(ERROR_SUCCESS);
    CHECK_ERROR(ERROR_SUCCESS);

    PAL_Terminate();
    return 0;
}
