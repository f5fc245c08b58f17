/*
 * Helper of CreateProcessA/test4: reads 5 bytes from its standard input,
 * writes them upper-cased to its standard output.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    char buf[5];
    DWORD n, got = 0;
    int i;
    HANDLE in, out;

    PALSUITE_INIT(argc, argv);
    in = GetStdHandle(STD_INPUT_HANDLE);
    out = GetStdHandle(STD_OUTPUT_HANDLE);
    CHECK(GetFileType(in) == FILE_TYPE_PIPE && GetFileType(out) == FILE_TYPE_PIPE,
          "standard handles are not the pipes");
    while (got < 5) {
        CHECK(ReadFile(in, buf + got, 5 - got, &n, NULL) && n > 0, "ReadFile on stdin failed");
        got += n;
    }
    for (i = 0; i < 5; i++)
        buf[i] = (char)(buf[i] - 'a' + 'A');
    CHECK(WriteFile(out, buf, 5, &n, NULL) && n == 5, "WriteFile on stdout failed");
    PAL_Terminate();
    return 0;
}
