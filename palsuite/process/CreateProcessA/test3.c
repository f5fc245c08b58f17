/*
 * CreateProcessA with a NULL lpProcessInformation or command line (Windows
 * faults on both): the PAL refuses them with ERROR_INVALID_PARAMETER, and
 * CREATE_SUSPENDED fails with ERROR_CALL_NOT_IMPLEMENTED (no ResumeThread
 * for a child's main thread yet). Native only.
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
    CHECK_FAILS(CreateProcessA(NULL, cmd, NULL, NULL, FALSE, CREATE_SUSPENDED, NULL, NULL, &si, &pi),
                FALSE, ERROR_CALL_NOT_IMPLEMENTED);
    PAL_Terminate();
    return 0;
}
