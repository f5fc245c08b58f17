/*
 * SetEnvironmentVariableA: set, visible through the W function too, remove,
 * and a refused name.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    WCHAR wbuf[16];
    char buf[16];

    PALSUITE_INIT(argc, argv);
    CHECK_SUCCEEDS(SetEnvironmentVariableA("PALSUITE_SEVA", "xyz"), TRUE);
    CHECK_SUCCEEDS(GetEnvironmentVariableW((const WCHAR *)u"PALSUITE_SEVA", wbuf, 16), 3);
    CHECK(wbuf[0] == 'x' && wbuf[2] == 'z' && wbuf[3] == 0, "W view differs");
    CHECK_SUCCEEDS(SetEnvironmentVariableA("PALSUITE_SEVA", NULL), TRUE);
    CHECK_FAILS(GetEnvironmentVariableA("PALSUITE_SEVA", buf, 16), 0, ERROR_ENVVAR_NOT_FOUND);
    CHECK_FAILS(SetEnvironmentVariableA("X=Y", "1"), FALSE, ERROR_INVALID_PARAMETER);
    CHECK_FAILS(SetEnvironmentVariableA("", "1"), FALSE, ERROR_INVALID_PARAMETER);
    PAL_Terminate();
    return 0;
}
