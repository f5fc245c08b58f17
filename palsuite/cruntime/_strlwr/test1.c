/*
 * _strlwr: lowercases ASCII letters in place; NULL returns NULL.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    char buf[32];

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    strcpy(buf, "MiXeD 123 [@]");
    if (_strlwr(buf) != buf || strcmp(buf, "mixed 123 [@]") != 0)
        Fail("_strlwr gave \"%s\"\n", buf);
    if (_strlwr(NULL) != NULL)
        Fail("_strlwr(NULL) did not return NULL\n");

    PAL_Terminate();
    return 0;
}
