/*
 * _close: a descriptor that is not open fails with -1 and EBADF.
 */
#include <palsuite.h>

/* msvcrt's errno values: rotor_pal.h defines only ERANGE (spec "errno"). */
#ifndef EBADF
#define EBADF 9
#endif

int main(int argc, char **argv)
{
    int r;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    errno = 0;
    r = _close(-1);
    if (r != -1 || errno != EBADF)
        Fail("_close(-1) returned %d errno %d, expected -1 EBADF\n", r, errno);
    errno = 0;
    r = _close(987);
    if (r != -1 || errno != EBADF)
        Fail("_close(987) returned %d errno %d, expected -1 EBADF\n", r, errno);

    PAL_Terminate();
    return 0;
}
