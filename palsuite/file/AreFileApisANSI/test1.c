/*
 * AreFileApisANSI: the file APIs use the ANSI code page (TRUE; the PAL's is
 * UTF-8); the LastError is left alone.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    PALSUITE_INIT(argc, argv);

    CHECK_SUCCEEDS(AreFileApisANSI(), TRUE);

    PAL_Terminate();
    return 0;
}
