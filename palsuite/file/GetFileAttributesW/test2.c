/*
 * GetFileAttributesW: a full path of MAX_PATH characters or more is
 * ERROR_FILENAME_EXCED_RANGE (the Unicode form has no other limit on the
 * name itself).
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    WCHAR longname[400];
    int i;

    PALSUITE_INIT(argc, argv);

    for (i = 0; i < 300; i++)
        longname[i] = 'x';
    longname[300] = 0;
    CHECK_FAILS(GetFileAttributesW(longname), INVALID_FILE_ATTRIBUTES, ERROR_FILENAME_EXCED_RANGE);

    PAL_Terminate();
    return 0;
}
