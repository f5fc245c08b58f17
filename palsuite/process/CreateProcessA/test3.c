/*
 * CreateProcessA with a NULL lpProcessInformation or command line (Windows
 * faults on both): the PAL refuses them with ERROR_INVALID_PARAMETER.
 * Native only.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    char cmd[64];
    STARTUPINFOA si;
    PROCESS_INFORMATION pi;

    PALSUITE_INIT(argc, argv);
    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    strcpy(cmd, "helper1 exit 3");
    CHECK_FAILS(CreateProcessA(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, NULL), FALSE,
                ERROR_INVALID_PARAMETER);
    CHECK_FAILS(CreateProcessA(NULL, NULL, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi), FALSE,
                ERROR_INVALID_PARAMETER);
    PAL_Terminate();
    return 0;
}
