/*
 * GetTempPathW: an absolute directory with a trailing separator, the same as
 * GetTempPathA's; the size needed with the NUL when the buffer is short
 * (nothing written past it); follows TMP.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    WCHAR buf[1024];
    char narrow[1024];
    DWORD n, i;

    PALSUITE_INIT(argc, argv);

    CHECK(SetEnvironmentVariableA("TMP", "gtpw_dir"), "SetEnvironmentVariableA");
    n = GetTempPathW(0, NULL);
    CHECK(n > 10 && n < 1024, "GetTempPathW(0, NULL) = %u", n);
    for (i = 0; i < 1024; i++)
        buf[i] = 0x5A5A;
    CHECK_SUCCEEDS(GetTempPathW(n - 1, buf), n);
    CHECK(buf[n - 1] == 0x5A5A, "written past a short buffer");
    CHECK_SUCCEEDS(GetTempPathW(n, buf), n - 1);
    CHECK(buf[n - 2] == '\\' || buf[n - 2] == '/', "no trailing separator");
    CHECK(buf[n] == 0x5A5A, "written past the NUL");
    CHECK(GetTempPathA(sizeof(narrow), narrow) == n - 1, "GetTempPathA differs");
    for (i = 0; i < n; i++)
        CHECK(buf[i] == (WCHAR)(unsigned char)narrow[i], "character %u differs", i);
    CHECK(narrow[n - 10] == 'g' && narrow[n - 3] == 'r', "\"%s\" is not TMP", narrow);

    PAL_Terminate();
    return 0;
}
