/*
 * getenv: a variable set through _putenv is seen; a missing one is NULL.
 * (On Windows the C runtime keeps its own copy of the environment, which
 * SetEnvironmentVariable does not update, so this test sets it the C
 * runtime's way.)
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    char *value;

    PALSUITE_INIT(argc, argv);
    CHECK(_putenv("PALSUITE_GETENV=v1") == 0, "_putenv failed");
    value = getenv("PALSUITE_GETENV");
    CHECK(value != NULL && strcmp(value, "v1") == 0, "getenv gave %s", value ? value : "NULL");
    CHECK(getenv("PALSUITE_GETENV_MISSING") == NULL, "a missing variable was found");
    PAL_Terminate();
    return 0;
}
