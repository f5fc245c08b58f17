/*
 * GetEnvironmentStringsW / FreeEnvironmentStringsW: the block holds
 * name=value strings ending with an empty one, including a variable just set.
 */
#include <palsuite.h>

static int starts_with(const WCHAR *s, const char *prefix)
{
    while (*prefix)
        if (*s++ != (WCHAR)*prefix++)
            return 0;
    return 1;
}

int main(int argc, char **argv)
{
    LPWCH block;
    const WCHAR *p;
    int found = 0, count = 0;

    PALSUITE_INIT(argc, argv);
    CHECK(SetEnvironmentVariableA("PALSUITE_GES", "found"), "SetEnvironmentVariableA failed");
    block = GetEnvironmentStringsW();
    CHECK(block != NULL, "GetEnvironmentStringsW returned NULL");
    for (p = block; *p; p += lstrlenW(p) + 1) {
        count++;
        if (starts_with(p, "PALSUITE_GES=found") && p[18] == 0)
            found = 1;
    }
    CHECK(count > 0 && found, "PALSUITE_GES=found not in the block of %d strings", count);
    CHECK_SUCCEEDS(FreeEnvironmentStringsW(block), TRUE);
    PAL_Terminate();
    return 0;
}
