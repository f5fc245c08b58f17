/*
 * _putenv: "NAME=value" sets, "NAME=" removes, a string without '=' fails.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    char *value;

    PALSUITE_INIT(argc, argv);
    CHECK(_putenv("PALSUITE_PUTENV=abc") == 0, "_putenv failed");
    value = getenv("PALSUITE_PUTENV");
    CHECK(value != NULL && strcmp(value, "abc") == 0, "getenv gave %s", value ? value : "NULL");
    CHECK(_putenv("PALSUITE_PUTENV=") == 0, "_putenv of an empty value failed");
    CHECK(getenv("PALSUITE_PUTENV") == NULL, "NAME= did not remove the variable");
    CHECK(_putenv("PALSUITE_NO_EQUALS") == -1, "_putenv without '=' succeeded");
    PAL_Terminate();
    return 0;
}
