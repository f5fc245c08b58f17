/*
 * _wfopen: WCHAR file name and mode ("wb", "rb", "rt" as the spec requires).
 */
#include <palsuite.h>

/* msvcrt's errno values: rotor_pal.h defines only ERANGE (spec "errno"). */
#ifndef ENOENT
#define ENOENT 2
#endif

int main(int argc, char **argv)
{
    FILE *f;
    char buf[16];

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    f = _wfopen(u"_wfopen_test1.txt", u"wb");
    if (f == NULL)
        Fail("_wfopen(wb) failed, errno %d\n", errno);
    if (fwrite("hello", 1, 5, f) != 5)
        Fail("fwrite failed\n");
    fclose(f);

    f = _wfopen(u"_wfopen_test1.txt", u"rb");
    if (f == NULL)
        Fail("_wfopen(rb) failed\n");
    memset(buf, 0, sizeof(buf));
    if (fread(buf, 1, sizeof(buf), f) != 5 || strcmp(buf, "hello") != 0)
        Fail("read back \"%s\"\n", buf);
    fclose(f);

    f = _wfopen(u"_wfopen_test1.txt", u"rt");
    if (f == NULL)
        Fail("_wfopen(rt) failed\n");
    fclose(f);

    errno = 0;
    f = _wfopen(u"_wfopen_missing.txt", u"rb");
    if (f != NULL || errno != ENOENT)
        Fail("_wfopen of a missing file returned %p errno %d\n", f, errno);

    DeleteFileA("_wfopen_test1.txt");
    PAL_Terminate();
    return 0;
}
