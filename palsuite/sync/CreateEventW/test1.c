/*
 * CreateEventW, unnamed: every combination of manual/auto reset and initial
 * state, observed with WaitForSingleObject(h, 0). A manual-reset event stays
 * signalled through waits, an auto-reset one is consumed by the first. Any
 * nonzero BOOL counts as TRUE. Success sets the LastError to ERROR_SUCCESS
 * (no name, so never ERROR_ALREADY_EXISTS). CreateEventA/test1 is the same test.
 */
#include <palsuite.h>

static HANDLE create(BOOL manual, BOOL initial)
{
    HANDLE h;

    SetLastError(PALSUITE_SENTINEL_ERROR);
    h = CreateEventW(NULL, manual, initial, NULL);
    CHECK(h != NULL && h != INVALID_HANDLE_VALUE, "CreateEventW(NULL, %d, %d, NULL) returned %p",
          manual, initial, h);
    CHECK_ERROR(ERROR_SUCCESS);
    return h;
}

int main(int argc, char *argv[])
{
    HANDLE manual_set, manual_clear, auto_set, auto_clear, odd_bools;

    PALSUITE_INIT(argc, argv);

    manual_set = create(TRUE, TRUE);
    manual_clear = create(TRUE, FALSE);
    auto_set = create(FALSE, TRUE);
    auto_clear = create(FALSE, FALSE);
    CHECK(manual_set != manual_clear && manual_set != auto_set && manual_set != auto_clear &&
              manual_clear != auto_set && manual_clear != auto_clear && auto_set != auto_clear,
          "two events share a handle value");

    CHECK_SUCCEEDS(WaitForSingleObject(manual_set, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(manual_set, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(manual_clear, 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(WaitForSingleObject(auto_set, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(auto_set, 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(WaitForSingleObject(auto_clear, 0), WAIT_TIMEOUT);

    /* Signalled later, each kind keeps its reset mode. */
    CHECK_SUCCEEDS(SetEvent(manual_clear), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(manual_clear, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(manual_clear, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(SetEvent(auto_clear), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(auto_clear, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(auto_clear, 0), WAIT_TIMEOUT);

    /* BOOL arguments other than 0 and 1: a signalled manual-reset event. */
    odd_bools = create(5, 7);
    CHECK_SUCCEEDS(WaitForSingleObject(odd_bools, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(odd_bools, 0), WAIT_OBJECT_0);

    CHECK_SUCCEEDS(CloseHandle(manual_set), TRUE);
    CHECK_SUCCEEDS(CloseHandle(manual_clear), TRUE);
    CHECK_SUCCEEDS(CloseHandle(auto_set), TRUE);
    CHECK_SUCCEEDS(CloseHandle(auto_clear), TRUE);
    CHECK_SUCCEEDS(CloseHandle(odd_bools), TRUE);

    PAL_Terminate();
    return 0;
}
