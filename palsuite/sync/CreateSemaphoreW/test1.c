/*
 * CreateSemaphoreW, unnamed: the initial count is the number of waits that
 * succeed at once, whatever the maximum (1 to 0x7fffffff); success sets the
 * LastError to ERROR_SUCCESS. A negative initial count, a maximum below 1 and
 * an initial count above the maximum fail with ERROR_INVALID_PARAMETER.
 * CreateSemaphoreA/test1 is the same test.
 */
#include <palsuite.h>

static HANDLE create(LONG initial, LONG maximum)
{
    HANDLE h;

    SetLastError(PALSUITE_SENTINEL_ERROR);
    h = CreateSemaphoreW(NULL, initial, maximum, NULL);
    CHECK(h != NULL && h != INVALID_HANDLE_VALUE, "CreateSemaphoreW(NULL, %d, %d, NULL) returned %p",
          initial, maximum, h);
    CHECK_ERROR(ERROR_SUCCESS);
    return h;
}

/* Exactly `count` waits succeed at once, then the semaphore is empty. */
static void check_count(HANDLE h, LONG count)
{
    LONG i;

    for (i = 0; i < count; i++)
        CHECK_SUCCEEDS(WaitForSingleObject(h, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(h, 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(WaitForSingleObject(h, 10), WAIT_TIMEOUT);
}

int main(int argc, char *argv[])
{
    static const LONG cases[][2] = {
        {0, 1}, {1, 1}, {0, 5}, {3, 5}, {5, 5}, {0, 0x7fffffff}, {10, 0x7fffffff},
    };
    static const LONG bad[][2] = {
        {-1, 1}, {0, 0}, {1, 0}, {0, -1}, {2, 1}, {6, 5}, {(LONG)0x80000000, 1},
        {0, (LONG)0x80000000}, {0x7fffffff, 0x7ffffffe},
    };
    HANDLE h, other;
    unsigned i;

    PALSUITE_INIT(argc, argv);

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        h = create(cases[i][0], cases[i][1]);
        check_count(h, cases[i][0]);
        CHECK_SUCCEEDS(CloseHandle(h), TRUE);
    }

    /* Two semaphores are two objects. */
    h = create(1, 1);
    other = create(1, 1);
    CHECK(h != other, "two semaphores share a handle value");
    check_count(h, 1);
    check_count(other, 1);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);
    CHECK_SUCCEEDS(CloseHandle(other), TRUE);

    for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        SetLastError(PALSUITE_SENTINEL_ERROR);
        h = CreateSemaphoreW(NULL, bad[i][0], bad[i][1], NULL);
        CHECK(h == NULL && GetLastError() == ERROR_INVALID_PARAMETER,
              "CreateSemaphoreW(NULL, %d, %d, NULL) returned %p with error %u", bad[i][0],
              bad[i][1], h, GetLastError());
    }

    PAL_Terminate();
    return 0;
}
