/*
 * CreateEventA, named: the ANSI name reaches the same event as the same name
 * through CreateEventW and OpenEventW; the second create reports
 * ERROR_ALREADY_EXISTS. A name held by a semaphore: ERROR_INVALID_HANDLE.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    HANDLE a, w, opened, sem;

    PALSUITE_INIT(argc, argv);
    SetLastError(PALSUITE_SENTINEL_ERROR);
    a = CreateEventA(NULL, TRUE, FALSE, "palsuite.CreateEventA.test2");
    CHECK(a != NULL, "CreateEventA failed");
    CHECK_ERROR(ERROR_SUCCESS);
    SetLastError(PALSUITE_SENTINEL_ERROR);
    w = CreateEventW(NULL, TRUE, FALSE, (const WCHAR *)u"palsuite.CreateEventA.test2");
    CHECK(w != NULL, "CreateEventW failed");
    CHECK_ERROR(ERROR_ALREADY_EXISTS);
    opened = OpenEventW(EVENT_ALL_ACCESS, FALSE, (const WCHAR *)u"palsuite.CreateEventA.test2");
    CHECK(opened != NULL, "OpenEventW failed");
    CHECK_SUCCEEDS(SetEvent(w), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(a, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(opened, 0), WAIT_OBJECT_0);

    sem = CreateSemaphoreA(NULL, 0, 1, "palsuite.CreateEventA.test2.sem");
    CHECK(sem != NULL, "CreateSemaphoreA failed");
    CHECK_FAILS(CreateEventA(NULL, TRUE, FALSE, "palsuite.CreateEventA.test2.sem"), NULL,
                ERROR_INVALID_HANDLE);

    CloseHandle(a);
    CloseHandle(w);
    CloseHandle(opened);
    CloseHandle(sem);
    PAL_Terminate();
    return 0;
}
