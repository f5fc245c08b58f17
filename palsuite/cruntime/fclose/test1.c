/*
 * fclose: returns 0 on success; the data written is flushed to the file.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    FILE *f;
    char buf[8];

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    f = fopen("fclose_test1.txt", "w");
    if (f == NULL)
        Fail("fopen failed\n");
    fputs("data", f);
    if (fclose(f) != 0)
        Fail("fclose returned nonzero\n");
    f = fopen("fclose_test1.txt", "r");
    if (f == NULL || fgets(buf, sizeof(buf), f) == NULL || strcmp(buf, "data") != 0)
        Fail("the data written before fclose is not in the file\n");
    if (fclose(f) != 0)
        Fail("fclose of the read stream returned nonzero\n");
    DeleteFileA("fclose_test1.txt");
    PAL_Terminate();
    return 0;
}
