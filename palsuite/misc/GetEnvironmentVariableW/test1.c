/*
 * GetEnvironmentVariableW: the length without the terminator on success, the
 * size needed with it when the buffer is short (or NULL), 0 and
 * ERROR_ENVVAR_NOT_FOUND for a missing, empty or NULL name.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    WCHAR buf[32];

    PALSUITE_INIT(argc, argv);
    CHECK(SetEnvironmentVariableW((const WCHAR *)u"PALSUITE_GEV", (const WCHAR *)u"h\u00e9llo"),
          "SetEnvironmentVariableW failed");

    CHECK_SUCCEEDS(GetEnvironmentVariableW((const WCHAR *)u"PALSUITE_GEV", buf, 32), 5);
    CHECK(buf[0] == 'h' && buf[1] == 0xe9 && buf[4] == 'o' && buf[5] == 0, "wrong value");
    /* Exactly enough room: length + 1. */
    CHECK_SUCCEEDS(GetEnvironmentVariableW((const WCHAR *)u"PALSUITE_GEV", buf, 6), 5);
    /* One short, tiny, none: the size needed, terminator included. */
    CHECK_SUCCEEDS(GetEnvironmentVariableW((const WCHAR *)u"PALSUITE_GEV", buf, 5), 6);
    CHECK_SUCCEEDS(GetEnvironmentVariableW((const WCHAR *)u"PALSUITE_GEV", buf, 1), 6);
    CHECK_SUCCEEDS(GetEnvironmentVariableW((const WCHAR *)u"PALSUITE_GEV", NULL, 0), 6);

    CHECK_FAILS(GetEnvironmentVariableW((const WCHAR *)u"PALSUITE_GEV_MISSING", buf, 32), 0,
                ERROR_ENVVAR_NOT_FOUND);
    CHECK_FAILS(GetEnvironmentVariableW((const WCHAR *)u"", buf, 32), 0, ERROR_ENVVAR_NOT_FOUND);
    CHECK_FAILS(GetEnvironmentVariableW(NULL, buf, 32), 0, ERROR_ENVVAR_NOT_FOUND);

    /* An empty value exists: 0, an empty string, and not "not found". */
    CHECK(SetEnvironmentVariableW((const WCHAR *)u"PALSUITE_GEV_EMPTY", (const WCHAR *)u""),
          "SetEnvironmentVariableW failed");
    buf[0] = 'x';
    SetLastError(0);
    CHECK(GetEnvironmentVariableW((const WCHAR *)u"PALSUITE_GEV_EMPTY", buf, 32) == 0 &&
              buf[0] == 0 && GetLastError() != ERROR_ENVVAR_NOT_FOUND,
          "an empty value read wrong");

    PAL_Terminate();
    return 0;
}
