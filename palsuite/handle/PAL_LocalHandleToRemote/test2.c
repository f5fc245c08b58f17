/*
 * Bad input: PAL_LocalHandleToRemote(NULL) fails with INVALID_HANDLE_VALUE
 * and ERROR_INVALID_HANDLE; DuplicateHandle with something other than a
 * process (an event, NULL) as the source or target process - what a program
 * passes when it means to duplicate into or from another process - fails
 * with ERROR_INVALID_HANDLE and stores NULL.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    HANDLE ev, dup;

    PALSUITE_INIT(argc, argv);

    CHECK_FAILS(PAL_LocalHandleToRemote(NULL), INVALID_HANDLE_VALUE, ERROR_INVALID_HANDLE);

    ev = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(ev != NULL, "CreateEventW failed");
    dup = (HANDLE)1;
    CHECK_FAILS(DuplicateHandle(GetCurrentProcess(), ev, ev, &dup, 0, FALSE, DUPLICATE_SAME_ACCESS),
                FALSE, ERROR_INVALID_HANDLE);
    CHECK(dup == NULL, "a failed DuplicateHandle stored %p", dup);
    dup = (HANDLE)1;
    CHECK_FAILS(DuplicateHandle(ev, ev, GetCurrentProcess(), &dup, 0, FALSE, DUPLICATE_SAME_ACCESS),
                FALSE, ERROR_INVALID_HANDLE);
    CHECK(dup == NULL, "a failed DuplicateHandle stored %p", dup);
    dup = (HANDLE)1;
    CHECK_FAILS(DuplicateHandle(NULL, ev, GetCurrentProcess(), &dup, 0, FALSE, DUPLICATE_SAME_ACCESS),
                FALSE, ERROR_INVALID_HANDLE);
    dup = (HANDLE)1;
    CHECK_FAILS(DuplicateHandle(GetCurrentProcess(), ev, NULL, &dup, 0, FALSE, DUPLICATE_SAME_ACCESS),
                FALSE, ERROR_INVALID_HANDLE);
    CHECK(CloseHandle(ev), "CloseHandle failed");

    PAL_Terminate();
    return 0;
}
