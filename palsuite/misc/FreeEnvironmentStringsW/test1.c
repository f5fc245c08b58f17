/*
 * FreeEnvironmentStringsW: each GetEnvironmentStringsW block is the
 * caller's own copy, freed on its own (the other block stays readable, and
 * a variable set afterwards does not appear in a block taken before);
 * freeing NULL succeeds, as on Windows.
 */
#include <palsuite.h>

static int block_has(const WCHAR *block, const char *entry)
{
    const WCHAR *p;
    for (p = block; *p; p += lstrlenW(p) + 1) {
        const char *e = entry;
        const WCHAR *s = p;
        while (*e && *s == (WCHAR)*e) {
            s++;
            e++;
        }
        if (!*e && !*s)
            return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    LPWCH first, second;

    PALSUITE_INIT(argc, argv);
    CHECK(SetEnvironmentVariableA("PALSUITE_FES", "one"), "SetEnvironmentVariableA failed");
    first = GetEnvironmentStringsW();
    CHECK(first != NULL, "GetEnvironmentStringsW returned NULL");
    CHECK(SetEnvironmentVariableA("PALSUITE_FES_LATER", "two"), "SetEnvironmentVariableA failed");
    second = GetEnvironmentStringsW();
    CHECK(second != NULL && second != first, "the second block is not a block of its own");

    CHECK(block_has(first, "PALSUITE_FES=one"), "PALSUITE_FES=one missing from the first block");
    CHECK(!block_has(first, "PALSUITE_FES_LATER=two"),
          "a variable set after the first block appears in it");
    CHECK(block_has(second, "PALSUITE_FES_LATER=two"), "PALSUITE_FES_LATER missing");

    /* Freeing one block leaves the other whole. */
    CHECK_SUCCEEDS(FreeEnvironmentStringsW(first), TRUE);
    CHECK(block_has(second, "PALSUITE_FES=one") && block_has(second, "PALSUITE_FES_LATER=two"),
          "the second block changed when the first was freed");
    CHECK_SUCCEEDS(FreeEnvironmentStringsW(second), TRUE);

    CHECK_SUCCEEDS(FreeEnvironmentStringsW(NULL), TRUE);
    PAL_Terminate();
    return 0;
}
