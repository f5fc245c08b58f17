/*
 * ungetc: pushes back one char (even at end of file, clearing EOF);
 * ungetc(EOF) fails.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    const char *name = "ungetc_test1.txt";
    FILE *f;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    f = fopen(name, "wb");
    if (f == NULL)
        Fail("fopen failed\n");
    fputs("xy", f);
    fclose(f);
    f = fopen(name, "rb");
    if (getc(f) != 'x')
        Fail("getc did not return 'x'\n");
    if (ungetc('Q', f) != 'Q')
        Fail("ungetc did not return the char\n");
    if (getc(f) != 'Q' || getc(f) != 'y')
        Fail("the pushed-back char was not read first\n");
    if (getc(f) != EOF || !feof(f))
        Fail("expected end of file\n");
    if (ungetc('Z', f) != 'Z' || feof(f))
        Fail("ungetc at end of file failed or left EOF set\n");
    if (getc(f) != 'Z')
        Fail("the char pushed back at end of file was not read\n");
    if (ungetc(EOF, f) != EOF)
        Fail("ungetc(EOF) did not return EOF\n");
    fclose(f);
    DeleteFileA(name);

    PAL_Terminate();
    return 0;
}
