/*
 * GetEnvironmentVariableA: a value set beforehand, the short-buffer rule,
 * and a missing name.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    char buf[32];

    PALSUITE_INIT(argc, argv);
    CHECK(SetEnvironmentVariableA("PALSUITE_GEVA", "abc"), "SetEnvironmentVariableA failed");
    CHECK_SUCCEEDS(GetEnvironmentVariableA("PALSUITE_GEVA", buf, sizeof(buf)), 3);
    CHECK(strcmp(buf, "abc") == 0, "got \"%s\"", buf);
    CHECK_SUCCEEDS(GetEnvironmentVariableA("PALSUITE_GEVA", buf, 3), 4);
    CHECK_SUCCEEDS(GetEnvironmentVariableA("PALSUITE_GEVA", NULL, 0), 4);
    CHECK_FAILS(GetEnvironmentVariableA("PALSUITE_GEVA_MISSING", buf, sizeof(buf)), 0,
                ERROR_ENVVAR_NOT_FOUND);
    CHECK_FAILS(GetEnvironmentVariableA(NULL, buf, sizeof(buf)), 0, ERROR_ENVVAR_NOT_FOUND);
    PAL_Terminate();
    return 0;
}
