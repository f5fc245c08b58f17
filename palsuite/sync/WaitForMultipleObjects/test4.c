/*
 * WaitForMultipleObjects: one object twice in a wait for all (two handles
 * to it) fails with ERROR_INVALID_PARAMETER on Windows.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    HANDLE ev, dup = NULL, both[2];

    PALSUITE_INIT(argc, argv);
    ev = CreateEventW(NULL, TRUE, TRUE, NULL);
    CHECK(ev != NULL, "CreateEventW failed");
    CHECK(DuplicateHandle(GetCurrentProcess(), ev, GetCurrentProcess(), &dup, 0, FALSE,
                          DUPLICATE_SAME_ACCESS),
          "DuplicateHandle failed");
    both[0] = ev;
    both[1] = dup;
    CHECK_FAILS(WaitForMultipleObjects(2, both, TRUE, 0), WAIT_FAILED, ERROR_INVALID_PARAMETER);
    both[1] = ev;
    CHECK_FAILS(WaitForMultipleObjects(2, both, TRUE, 0), WAIT_FAILED, ERROR_INVALID_PARAMETER);
    /* A wait for any accepts it. */
    CHECK_SUCCEEDS(WaitForMultipleObjects(2, both, FALSE, 0), WAIT_OBJECT_0);
    CHECK(CloseHandle(dup) && CloseHandle(ev), "CloseHandle failed");
    PAL_Terminate();
    return 0;
}
