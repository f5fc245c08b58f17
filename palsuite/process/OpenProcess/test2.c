/*
 * OpenProcess, bad input: id 0 and an id no process has fail with
 * ERROR_INVALID_PARAMETER.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    PALSUITE_INIT(argc, argv);
    CHECK_FAILS(OpenProcess(PROCESS_ALL_ACCESS, FALSE, 0), NULL, ERROR_INVALID_PARAMETER);
    CHECK_FAILS(OpenProcess(PROCESS_ALL_ACCESS, FALSE, 0x7ffffff0), NULL, ERROR_INVALID_PARAMETER);
    PAL_Terminate();
    return 0;
}
