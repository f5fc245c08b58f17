/*
 * ReleaseSemaphore with a count of 0 or less fails with
 * ERROR_INVALID_PARAMETER and changes nothing: the documentation requires a
 * count "greater than zero", and the NT kernel refuses any other with
 * STATUS_INVALID_PARAMETER. (Wine 8 differs: see wine-deviations.txt.)
 */
#include <palsuite.h>

static void check_fails(HANDLE h, LONG n)
{
    LONG previous = -12345;

    CHECK_FAILS(ReleaseSemaphore(h, n, &previous), FALSE, ERROR_INVALID_PARAMETER);
    CHECK(previous == -12345, "failed ReleaseSemaphore(%p, %d) wrote %d to lpPreviousCount", h, n,
          previous);
}

int main(int argc, char *argv[])
{
    HANDLE sem;
    LONG previous = -1;

    PALSUITE_INIT(argc, argv);
    sem = CreateSemaphoreW(NULL, 1, 5, NULL);
    CHECK(sem != NULL, "CreateSemaphoreW failed");
    check_fails(sem, 0);
    check_fails(sem, -1);
    check_fails(sem, (LONG)0x80000000);
    CHECK_FAILS(ReleaseSemaphore(sem, 0, NULL), FALSE, ERROR_INVALID_PARAMETER);
    /* The count is still 1. */
    CHECK_SUCCEEDS(ReleaseSemaphore(sem, 1, &previous), TRUE);
    CHECK(previous == 1, "the previous count is %d, expected 1", previous);
    CHECK_SUCCEEDS(CloseHandle(sem), TRUE);
    PAL_Terminate();
    return 0;
}
