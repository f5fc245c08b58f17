/*
 * Bad input: PAL_RemoteHandleToLocal of NULL or INVALID_HANDLE_VALUE (the
 * failure value of PAL_LocalHandleToRemote, never a cookie) fails with
 * INVALID_HANDLE_VALUE and ERROR_INVALID_HANDLE.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    PALSUITE_INIT(argc, argv);

    CHECK_FAILS(PAL_RemoteHandleToLocal(NULL), INVALID_HANDLE_VALUE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(PAL_RemoteHandleToLocal(INVALID_HANDLE_VALUE), INVALID_HANDLE_VALUE,
                ERROR_INVALID_HANDLE);

    PAL_Terminate();
    return 0;
}
