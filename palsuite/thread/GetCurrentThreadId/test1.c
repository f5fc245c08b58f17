/*
 * GetCurrentThreadId: a nonzero id, the same on every call from the thread,
 * and reading it leaves the LastError alone. (Ids of other threads need
 * CreateThread; they come with its tests.)
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    DWORD id;

    PALSUITE_INIT(argc, argv);

    id = GetCurrentThreadId();
    Trace("thread id %u\n", id);
    CHECK(id != 0, "GetCurrentThreadId returned 0");
    CHECK_SUCCEEDS(GetCurrentThreadId(), id);
    CHECK_SUCCEEDS(GetCurrentThreadId(), id);

    PAL_Terminate();
    return 0;
}
