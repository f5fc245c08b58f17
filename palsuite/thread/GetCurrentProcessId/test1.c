/*
 * GetCurrentProcessId: a nonzero id, the same on every call, and reading it
 * leaves the LastError alone.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    DWORD id;

    PALSUITE_INIT(argc, argv);

    id = GetCurrentProcessId();
    Trace("process id %u\n", id);
    CHECK(id != 0, "GetCurrentProcessId returned 0");
    CHECK_SUCCEEDS(GetCurrentProcessId(), id);
    CHECK_SUCCEEDS(GetCurrentProcessId(), id);

    PAL_Terminate();
    return 0;
}
