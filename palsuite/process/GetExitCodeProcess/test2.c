/*
 * GetExitCodeProcess, bad input: NULL, an event, a closed handle.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    HANDLE ev, dup;
    DWORD code = 77;

    PALSUITE_INIT(argc, argv);
    CHECK_FAILS(GetExitCodeProcess(NULL, &code), FALSE, ERROR_INVALID_HANDLE);
    ev = CreateEventA(NULL, TRUE, FALSE, NULL);
    CHECK(ev != NULL, "CreateEventA failed");
    CHECK_FAILS(GetExitCodeProcess(ev, &code), FALSE, ERROR_INVALID_HANDLE);
    CHECK(DuplicateHandle(GetCurrentProcess(), GetCurrentProcess(), GetCurrentProcess(), &dup, 0, FALSE,
                          DUPLICATE_SAME_ACCESS),
          "DuplicateHandle failed");
    CHECK_SUCCEEDS(GetExitCodeProcess(dup, &code), TRUE);
    CHECK(code == STILL_ACTIVE, "a real handle to the current process: %u", code);
    CHECK_SUCCEEDS(CloseHandle(dup), TRUE);
    CHECK_FAILS(GetExitCodeProcess(dup, &code), FALSE, ERROR_INVALID_HANDLE);
    CHECK(code == STILL_ACTIVE, "a failed call changed *lpExitCode");
    CHECK_SUCCEEDS(CloseHandle(ev), TRUE);
    PAL_Terminate();
    return 0;
}
