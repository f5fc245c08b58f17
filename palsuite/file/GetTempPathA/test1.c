/*
 * GetTempPathA: the directory named by TMP, else TEMP, made absolute, with a
 * trailing separator (it need not exist); the length without the NUL, or
 * the size needed with it (nothing written) when the buffer is short.
 */
#include <palsuite.h>

#ifdef _WIN32
#define SEP '\\'
#else
#define SEP '/'
#endif

int main(int argc, char *argv[])
{
    char buf[1024], expected[1024];
    DWORD n, len;

    PALSUITE_INIT(argc, argv);

    n = GetTempPathA(0, NULL);
    CHECK(n > 1 && n < sizeof(buf), "GetTempPathA(0, NULL) = %u", n);
    memset(buf, 'Z', sizeof(buf));
    CHECK_SUCCEEDS(GetTempPathA(n, buf), n - 1);
    CHECK(strlen(buf) == n - 1 && buf[n - 2] == SEP, "\"%s\" does not end with a separator", buf);
    memset(buf, 'Z', sizeof(buf));
    CHECK_SUCCEEDS(GetTempPathA(n - 1, buf), n);
    CHECK(buf[0] == 'Z' && buf[n - 2] == 'Z', "a short buffer was written");

    /* TMP wins, relative names are made absolute, a separator is added once. */
    CHECK(SetEnvironmentVariableA("TMP", "gtpa_dir"), "SetEnvironmentVariableA");
    CHECK(SetEnvironmentVariableA("TEMP", "gtpa_other"), "SetEnvironmentVariableA");
    len = GetFullPathNameA("gtpa_dir", sizeof(expected) - 1, expected, NULL);
    CHECK(len > 0, "GetFullPathNameA");
    expected[len] = SEP;
    expected[len + 1] = '\0';
    CHECK_SUCCEEDS(GetTempPathA(sizeof(buf), buf), len + 1);
    CHECK(strcmp(buf, expected) == 0, "TMP=gtpa_dir gives \"%s\", not \"%s\"", buf, expected);
    CHECK(SetEnvironmentVariableA("TMP", expected), "SetEnvironmentVariableA");
    CHECK_SUCCEEDS(GetTempPathA(sizeof(buf), buf), len + 1);
    CHECK(strcmp(buf, expected) == 0, "TMP with a separator gives \"%s\"", buf);

    /* Without TMP, TEMP. */
    CHECK(SetEnvironmentVariableA("TMP", NULL), "SetEnvironmentVariableA");
    len = GetFullPathNameA("gtpa_other", sizeof(expected) - 1, expected, NULL);
    expected[len] = SEP;
    expected[len + 1] = '\0';
    CHECK(GetTempPathA(sizeof(buf), buf) == len + 1, "GetTempPathA with TEMP");
    CHECK(strcmp(buf, expected) == 0, "TEMP=gtpa_other gives \"%s\", not \"%s\"", buf, expected);

    PAL_Terminate();
    return 0;
}
