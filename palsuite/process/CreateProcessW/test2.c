/*
 * CreateProcessW, bad input: a missing program and a missing directory.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    WCHAR missing[] = u"palsuite_no_such_program_9f3a arg";
    WCHAR good[] = u"helper1 exit 3";
    WCHAR empty[] = u"";
    STARTUPINFOW si;
    PROCESS_INFORMATION pi;

    PALSUITE_INIT(argc, argv);
    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    CHECK_FAILS(CreateProcessW(NULL, missing, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi), FALSE,
                ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(CreateProcessW(NULL, empty, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi), FALSE,
                ERROR_FILE_NOT_FOUND);
    CHECK_FAILS(CreateProcessW(NULL, good, NULL, NULL, FALSE, 0, NULL, (const WCHAR *)u"no_such_dir_9f3a",
                               &si, &pi),
                FALSE, ERROR_DIRECTORY);
    CHECK_FAILS(CreateProcessW((const WCHAR *)u"palsuite_no_such_program_9f3a.exe", good, NULL, NULL,
                               FALSE, 0, NULL, NULL, &si, &pi),
                FALSE, ERROR_FILE_NOT_FOUND);
    PAL_Terminate();
    return 0;
}
