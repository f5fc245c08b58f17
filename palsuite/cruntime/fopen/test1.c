/*
 * fopen: msvcrt modes (r w a, '+', t b c n flags), '\' as a separator,
 * failure on a directory (EACCES), a missing file (ENOENT) and a bad mode
 * (EINVAL).
 */
#include <palsuite.h>

/* msvcrt's errno values: rotor_pal.h defines only ERANGE (spec "errno"). */
#ifndef ENOENT
#define ENOENT 2
#endif
#ifndef EACCES
#define EACCES 13
#endif
#ifndef EINVAL
#define EINVAL 22
#endif

int main(int argc, char **argv)
{
    const char *name = "fopen_test1.txt";
    const char *modes[] = {"w", "wb", "wt", "w+", "w+b", "wbc", "wtn", "r", "rb", "rt", "r+", "r+b", "a", "a+", "ab+"};
    FILE *f;
    char buf[16];
    size_t i;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    for (i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
        f = fopen(name, modes[i]);
        if (f == NULL)
            Fail("fopen(%s, \"%s\") failed, errno %d\n", name, modes[i], errno);
        if (fclose(f) != 0)
            Fail("fclose after mode \"%s\" failed\n", modes[i]);
    }

    /* "w" truncates, "a" appends */
    f = fopen(name, "w");
    fputs("abc", f);
    fclose(f);
    f = fopen(name, "a");
    fputs("de", f);
    fclose(f);
    f = fopen(name, "r");
    if (f == NULL || fgets(buf, sizeof(buf), f) == NULL || strcmp(buf, "abcde") != 0)
        Fail("append mode: file does not hold \"abcde\"\n");
    fclose(f);

    /* a directory is not a file (".": no other API needed to make one) */
    errno = 0;
    f = fopen(".", "r");
    if (f != NULL || errno != EACCES)
        Fail("fopen on a directory returned %p errno %d, expected NULL and EACCES\n", f, errno);
    errno = 0;
    f = fopen(".", "w");
    if (f != NULL || errno != EACCES)
        Fail("fopen(dir, w) returned %p errno %d, expected NULL and EACCES\n", f, errno);

    /* backslash separators */
    f = fopen(".\\fopen_test1_bs.txt", "w");
    if (f == NULL)
        Fail("fopen with a backslash path failed, errno %d\n", errno);
    fclose(f);
    f = fopen("./fopen_test1_bs.txt", "r");
    if (f == NULL)
        Fail("the file created through a backslash path has another name\n");
    fclose(f);
    DeleteFileA("fopen_test1_bs.txt");

    errno = 0;
    f = fopen("fopen_test1_missing.txt", "r");
    if (f != NULL || errno != ENOENT)
        Fail("fopen of a missing file returned %p errno %d, expected ENOENT\n", f, errno);

    errno = 0;
    f = fopen(name, "q");
    if (f != NULL || errno != EINVAL)
        Fail("fopen with mode \"q\" returned %p errno %d, expected EINVAL\n", f, errno);
    errno = 0;
    f = fopen(name, "");
    if (f != NULL || errno != EINVAL)
        Fail("fopen with an empty mode returned %p errno %d, expected EINVAL\n", f, errno);
    f = fopen(NULL, "r");
    if (f != NULL)
        Fail("fopen(NULL) did not fail\n");

    DeleteFileA(name);
    PAL_Terminate();
    return 0;
}
