/*
 * DuplicateHandle of an event within the process: the duplicate is a new
 * handle value for the same object, and outlives the source. With
 * DUPLICATE_CLOSE_SOURCE the source is closed. A bad source handle or a bad
 * process handle fails with ERROR_INVALID_HANDLE and stores NULL in
 * *lpTargetHandle; a NULL lpTargetHandle still succeeds (Windows duplicates the
 * handle and does not return it).
 */
#include <palsuite.h>

static HANDLE dup_same_access(HANDLE source, DWORD options)
{
    HANDLE dup = NULL;

    CHECK_SUCCEEDS(DuplicateHandle(GetCurrentProcess(), source, GetCurrentProcess(), &dup, 0, FALSE,
                                   options),
                   TRUE);
    CHECK(dup != NULL && dup != INVALID_HANDLE_VALUE, "DuplicateHandle returned the handle %p", dup);
    return dup;
}

int main(int argc, char *argv[])
{
    HANDLE h, dup, closed;

    PALSUITE_INIT(argc, argv);

    /* A manual-reset event: both handles see every change. */
    h = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(h != NULL, "CreateEventW failed");
    dup = dup_same_access(h, DUPLICATE_SAME_ACCESS);
    CHECK(dup != h, "the duplicate has the source's value %p", h);
    CHECK_SUCCEEDS(WaitForSingleObject(dup, 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(SetEvent(h), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(dup, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(ResetEvent(dup), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(h, 0), WAIT_TIMEOUT);

    /* The object lives on while one handle is open. */
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);
    CHECK_SUCCEEDS(SetEvent(dup), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(dup, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(CloseHandle(dup), TRUE);
    CHECK_FAILS(CloseHandle(dup), FALSE, ERROR_INVALID_HANDLE);

    /* An auto-reset event: a wait through one handle consumes the signal for both. */
    h = CreateEventW(NULL, FALSE, TRUE, NULL);
    CHECK(h != NULL, "CreateEventW failed");
    dup = dup_same_access(h, DUPLICATE_SAME_ACCESS);
    CHECK_SUCCEEDS(WaitForSingleObject(dup, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(h, 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(CloseHandle(dup), TRUE);

    /*
     * DUPLICATE_CLOSE_SOURCE. Windows may hand back the source's value itself
     * (it was just freed); otherwise the source must be closed.
     */
    dup = dup_same_access(h, DUPLICATE_SAME_ACCESS | DUPLICATE_CLOSE_SOURCE);
    if (dup != h)
        CHECK_FAILS(CloseHandle(h), FALSE, ERROR_INVALID_HANDLE);
    CHECK_SUCCEEDS(SetEvent(dup), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(dup, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(CloseHandle(dup), TRUE);

    /* Bad source handles: NULL, made up, closed. */
    dup = INVALID_HANDLE_VALUE;
    CHECK_FAILS(DuplicateHandle(GetCurrentProcess(), NULL, GetCurrentProcess(), &dup, 0, FALSE,
                                DUPLICATE_SAME_ACCESS),
                FALSE, ERROR_INVALID_HANDLE);
    CHECK(dup == NULL, "a failed DuplicateHandle stored %p, not NULL", dup);
    dup = INVALID_HANDLE_VALUE;
    CHECK_FAILS(DuplicateHandle(GetCurrentProcess(), (HANDLE)0x12344, GetCurrentProcess(), &dup, 0,
                                FALSE, DUPLICATE_SAME_ACCESS),
                FALSE, ERROR_INVALID_HANDLE);
    CHECK(dup == NULL, "a failed DuplicateHandle stored %p, not NULL", dup);
    closed = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(closed != NULL, "CreateEventW failed");
    CHECK(CloseHandle(closed), "CloseHandle failed");
    CHECK_FAILS(DuplicateHandle(GetCurrentProcess(), closed, GetCurrentProcess(), &dup, 0, FALSE,
                                DUPLICATE_SAME_ACCESS),
                FALSE, ERROR_INVALID_HANDLE);

    /* Bad process handles: NULL, or an event where a process belongs. */
    h = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(h != NULL, "CreateEventW failed");
    CHECK_FAILS(DuplicateHandle(NULL, h, GetCurrentProcess(), &dup, 0, FALSE, DUPLICATE_SAME_ACCESS),
                FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(DuplicateHandle(GetCurrentProcess(), h, NULL, &dup, 0, FALSE, DUPLICATE_SAME_ACCESS),
                FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(DuplicateHandle(h, h, GetCurrentProcess(), &dup, 0, FALSE, DUPLICATE_SAME_ACCESS),
                FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(DuplicateHandle(GetCurrentProcess(), h, h, &dup, 0, FALSE, DUPLICATE_SAME_ACCESS),
                FALSE, ERROR_INVALID_HANDLE);
    CHECK(dup == NULL, "a failed DuplicateHandle stored %p, not NULL", dup);

    /* With DUPLICATE_CLOSE_SOURCE the source is closed even when the call fails. */
    CHECK_FAILS(DuplicateHandle(GetCurrentProcess(), h, NULL, &dup, 0, FALSE,
                                DUPLICATE_SAME_ACCESS | DUPLICATE_CLOSE_SOURCE),
                FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(CloseHandle(h), FALSE, ERROR_INVALID_HANDLE);

    /* A NULL lpTargetHandle: the duplicate is made but not returned (it leaks). */
    h = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(h != NULL, "CreateEventW failed");
    CHECK_SUCCEEDS(DuplicateHandle(GetCurrentProcess(), h, GetCurrentProcess(), NULL, 0, FALSE,
                                   DUPLICATE_SAME_ACCESS),
                   TRUE);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    PAL_Terminate();
    return 0;
}
