/*
 * fseek: SEEK_SET/SEEK_CUR/SEEK_END with a LONG offset; a bad origin or a
 * position before the start fails with -1 and EINVAL.
 */
#include <palsuite.h>

/* msvcrt's errno values: rotor_pal.h defines only ERANGE (spec "errno"). */
#ifndef EINVAL
#define EINVAL 22
#endif

int main(int argc, char **argv)
{
    const char *name = "fseek_test1.txt";
    FILE *f;
    int r;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    f = fopen(name, "wb+");
    if (f == NULL)
        Fail("fopen failed\n");
    fputs("0123456789", f);
    if (fseek(f, 2, SEEK_SET) != 0 || getc(f) != '2')
        Fail("fseek SEEK_SET failed\n");
    if (fseek(f, 3, SEEK_CUR) != 0 || getc(f) != '6')
        Fail("fseek SEEK_CUR failed\n");
    if (fseek(f, -1, SEEK_END) != 0 || getc(f) != '9')
        Fail("fseek SEEK_END failed\n");
    errno = 0;
    r = fseek(f, 0, 7);
    if (r != -1 || errno != EINVAL)
        Fail("fseek with a bad origin returned %d errno %d\n", r, errno);
    errno = 0;
    r = fseek(f, -5, SEEK_SET);
    if (r != -1 || errno != EINVAL)
        Fail("fseek before the start returned %d errno %d\n", r, errno);
    if (fseek(f, 20, SEEK_SET) != 0 || ftell(f) != 20)
        Fail("fseek past the end failed\n");
    fclose(f);
    DeleteFileA(name);

    PAL_Terminate();
    return 0;
}
