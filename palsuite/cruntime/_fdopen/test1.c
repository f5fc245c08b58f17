/*
 * _fdopen: a stream over an existing descriptor (1, stdout); a bad
 * descriptor fails with EBADF.
 */
#include <palsuite.h>

/* msvcrt's errno values: rotor_pal.h defines only ERANGE (spec "errno"). */
#ifndef EBADF
#define EBADF 9
#endif

int main(int argc, char **argv)
{
    FILE *f;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    fflush(stdout);
    f = _fdopen(1, "w");
    if (f == NULL)
        Fail("_fdopen(1, w) failed, errno %d\n", errno);
    if (fprintf(f, "_fdopen test\n") != 13)
        Fail("fprintf on the _fdopen stream failed\n");
    if (fflush(f) != 0)
        Fail("fflush on the _fdopen stream failed\n");
    /* Closing the stream closes descriptor 1 too: nothing is printed after. */
    FILE *stream = f;

    errno = 0;
    f = _fdopen(-1, "w");
    if (f != NULL || errno != EBADF)
        Fail("_fdopen(-1) returned %p errno %d, expected NULL and EBADF\n", f, errno);

    if (fclose(stream) != 0)
        Fail("fclose of the _fdopen stream failed\n");
    PAL_Terminate();
    return 0;
}
