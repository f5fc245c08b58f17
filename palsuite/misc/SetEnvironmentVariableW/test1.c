/*
 * SetEnvironmentVariableW: set, replace, remove (NULL value), removing a
 * missing variable, and names Windows refuses.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    WCHAR buf[32];
    const WCHAR *name = (const WCHAR *)u"PALSUITE_SEV";

    PALSUITE_INIT(argc, argv);
    CHECK_SUCCEEDS(SetEnvironmentVariableW(name, (const WCHAR *)u"one"), TRUE);
    CHECK_SUCCEEDS(GetEnvironmentVariableW(name, buf, 32), 3);
    CHECK_SUCCEEDS(SetEnvironmentVariableW(name, (const WCHAR *)u"second"), TRUE);
    CHECK_SUCCEEDS(GetEnvironmentVariableW(name, buf, 32), 6);
    CHECK(buf[0] == 's' && buf[5] == 'd', "value not replaced");

    CHECK_SUCCEEDS(SetEnvironmentVariableW(name, NULL), TRUE);
    CHECK_FAILS(GetEnvironmentVariableW(name, buf, 32), 0, ERROR_ENVVAR_NOT_FOUND);
    /* Removing what is not there succeeds. */
    CHECK_SUCCEEDS(SetEnvironmentVariableW(name, NULL), TRUE);

    CHECK_FAILS(SetEnvironmentVariableW((const WCHAR *)u"A=B", (const WCHAR *)u"x"), FALSE,
                ERROR_INVALID_PARAMETER);
    CHECK_FAILS(SetEnvironmentVariableW((const WCHAR *)u"", (const WCHAR *)u"x"), FALSE,
                ERROR_INVALID_PARAMETER);
    CHECK_FAILS(SetEnvironmentVariableW(NULL, (const WCHAR *)u"x"), FALSE, ERROR_ENVVAR_NOT_FOUND);
    PAL_Terminate();
    return 0;
}
