/*
 * GetStdHandle: the three standard handles are file handles, the same value
 * on every call; WriteFile writes to standard output and error, ReadFile
 * reads standard input (the palsuite runs tests with /dev/null as input: end
 * of file at once). Other values fail with INVALID_HANDLE_VALUE and
 * ERROR_INVALID_HANDLE. Success leaves the LastError alone.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    static const char line[] = "GetStdHandle: written with WriteFile\n";
    HANDLE in, out, err;
    DWORD n;
    char buf[16];

    PALSUITE_INIT(argc, argv);

    SetLastError(PALSUITE_SENTINEL_ERROR);
    in = GetStdHandle(STD_INPUT_HANDLE);
    out = GetStdHandle(STD_OUTPUT_HANDLE);
    err = GetStdHandle(STD_ERROR_HANDLE);
    CHECK_ERROR(PALSUITE_SENTINEL_ERROR);
    CHECK(in != INVALID_HANDLE_VALUE && in != NULL, "no standard input");
    CHECK(out != INVALID_HANDLE_VALUE && out != NULL, "no standard output");
    CHECK(err != INVALID_HANDLE_VALUE && err != NULL, "no standard error");
    CHECK(in != out && out != err && in != err, "standard handles alike");
    CHECK_SUCCEEDS(GetStdHandle(STD_OUTPUT_HANDLE), out);
    CHECK_SUCCEEDS(GetStdHandle(STD_ERROR_HANDLE), err);

    fflush(stdout);
    n = 0;
    CHECK_SUCCEEDS(WriteFile(out, line, sizeof(line) - 1, &n, NULL), TRUE);
    CHECK(n == sizeof(line) - 1, "wrote %u bytes to standard output", n);
    CHECK_SUCCEEDS(WriteFile(err, line, sizeof(line) - 1, &n, NULL), TRUE);
    CHECK(n == sizeof(line) - 1, "wrote %u bytes to standard error", n);
    n = 99;
    CHECK(ReadFile(in, buf, sizeof(buf), &n, NULL) || GetLastError() == ERROR_BROKEN_PIPE,
          "ReadFile from standard input failed");
    CHECK(n == 0, "read %u bytes from /dev/null", n);

    CHECK_FAILS(GetStdHandle(0), INVALID_HANDLE_VALUE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(GetStdHandle((DWORD)-9), INVALID_HANDLE_VALUE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(GetStdHandle((DWORD)-13), INVALID_HANDLE_VALUE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(GetStdHandle(1), INVALID_HANDLE_VALUE, ERROR_INVALID_HANDLE);

    PAL_Terminate();
    return 0;
}
