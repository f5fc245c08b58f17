/*
 * printf: writes to stdout and returns the number of chars written, with the
 * Win32 formats.
 */
#include <palsuite.h>

/* msvcrt's errno values: rotor_pal.h defines only ERANGE (spec "errno"). */
#ifndef EINVAL
#define EINVAL 22
#endif

int main(int argc, char **argv)
{
    int r;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    r = printf("printf test: %d %s %ws %I64d %p\n", 5, "narrow", u"wide", (__int64)-1, (void *)0x10);
    if (r != 47)
        Fail("printf returned %d, expected 47\n", r);
    r = printf("%s", "");
    if (r != 0)
        Fail("printf of an empty string returned %d\n", r);
    errno = 0;
    r = printf(NULL);
    if (r != -1 || errno != EINVAL)
        Fail("printf(NULL) returned %d errno %d, expected -1 EINVAL\n", r, errno);

    PAL_Terminate();
    return 0;
}
