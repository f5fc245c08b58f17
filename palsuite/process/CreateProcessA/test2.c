/*
 * CreateProcessA, bad input: a program that does not exist (by name, with a
 * directory, an empty command line) fails in CreateProcess itself with
 * ERROR_FILE_NOT_FOUND; a current directory that does not exist or is a file
 * fails with ERROR_DIRECTORY; nothing is written to lpProcessInformation.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    char cmd[256];
    STARTUPINFOA si;
    PROCESS_INFORMATION pi;
    FILE *f;

    PALSUITE_INIT(argc, argv);
    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    memset(&pi, 0, sizeof(pi));

    strcpy(cmd, "palsuite_no_such_program_9f3a arg");
    CHECK_FAILS(CreateProcessA(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi), FALSE,
                ERROR_FILE_NOT_FOUND);
    strcpy(cmd, "no_such_dir_9f3a/helper1 arg");
    CHECK_FAILS(CreateProcessA(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi), FALSE,
                ERROR_FILE_NOT_FOUND);
    strcpy(cmd, "");
    CHECK_FAILS(CreateProcessA(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi), FALSE,
                ERROR_FILE_NOT_FOUND);
    strcpy(cmd, "   ");
    CHECK_FAILS(CreateProcessA(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi), FALSE,
                ERROR_FILE_NOT_FOUND);

    strcpy(cmd, "helper1 exit 3");
    CHECK_FAILS(CreateProcessA(NULL, cmd, NULL, NULL, FALSE, 0, NULL, "no_such_dir_9f3a", &si, &pi),
                FALSE, ERROR_DIRECTORY);
    f = fopen("CreateProcessA_test2.txt", "w");
    CHECK(f != NULL, "cannot create a file here");
    fclose(f);
    CHECK_FAILS(CreateProcessA(NULL, cmd, NULL, NULL, FALSE, 0, NULL, "CreateProcessA_test2.txt", &si, &pi),
                FALSE, ERROR_DIRECTORY);

    CHECK(pi.hProcess == NULL && pi.hThread == NULL && pi.dwProcessId == 0,
          "a failed CreateProcessA wrote lpProcessInformation");
    PAL_Terminate();
    return 0;
}
