/*
 * WaitForMultipleObjects mixing named and unnamed objects. Wait for any:
 * the first signalled in index order is taken, named or not. Wait for all:
 * satisfied only when every object is, and then takes every one; when one
 * is not signalled it times out and takes nothing (the auto-reset event stays
 * set, the semaphore keeps its count). A thread that later sets the missing
 * named event completes a blocked wait for all.
 */
#include <palsuite.h>

static HANDLE named_manual;

static DWORD PALAPI set_later(LPVOID arg)
{
    (void)arg;
    Sleep(50);
    return SetEvent(named_manual) ? 0 : 1;
}

int main(int argc, char *argv[])
{
    WCHAR ev_name[64], sem_name[64];
    HANDLE unnamed_auto, unnamed_off, named_sem, objs[3], thread;
    LONG previous = -1;

    PALSUITE_INIT(argc, argv);
    palsuite_object_name(ev_name, "palsuite.WaitForMultipleObjects.test6.ev", GetCurrentProcessId());
    palsuite_object_name(sem_name, "palsuite.WaitForMultipleObjects.test6.sem",
                         GetCurrentProcessId());
    named_manual = CreateEventW(NULL, TRUE, FALSE, ev_name);
    named_sem = CreateSemaphoreW(NULL, 1, 5, sem_name);
    unnamed_auto = CreateEventW(NULL, FALSE, TRUE, NULL);
    unnamed_off = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(named_manual && named_sem && unnamed_auto && unnamed_off, "create failed");

    /* Any: the unnamed one at index 0 is off, the named semaphore is taken. */
    objs[0] = unnamed_off;
    objs[1] = named_sem;
    CHECK_SUCCEEDS(WaitForMultipleObjects(2, objs, FALSE, 0), WAIT_OBJECT_0 + 1);
    CHECK_SUCCEEDS(WaitForMultipleObjects(2, objs, FALSE, 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(ReleaseSemaphore(named_sem, 1, &previous), TRUE);
    CHECK(previous == 0, "previous count %d", (int)previous);

    /* All, one missing: nothing is taken. */
    objs[0] = named_manual;
    objs[1] = unnamed_auto;
    objs[2] = named_sem;
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, objs, TRUE, 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, objs, TRUE, 30), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(WaitForSingleObject(unnamed_auto, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(SetEvent(unnamed_auto), TRUE);
    CHECK_SUCCEEDS(ReleaseSemaphore(named_sem, 1, &previous), TRUE);
    CHECK(previous == 1, "the failed wait for all took a unit: previous count %d", (int)previous);
    CHECK_SUCCEEDS(WaitForSingleObject(named_sem, 0), WAIT_OBJECT_0);

    /* All, completed by another thread setting the named event. */
    thread = CreateThread(NULL, 0, set_later, NULL, 0, NULL);
    CHECK(thread != NULL, "CreateThread failed");
    CHECK_SUCCEEDS(WaitForMultipleObjects(3, objs, TRUE, 20000), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(unnamed_auto, 0), WAIT_TIMEOUT);   /* taken */
    CHECK_SUCCEEDS(WaitForSingleObject(named_sem, 0), WAIT_TIMEOUT);      /* taken */
    CHECK_SUCCEEDS(WaitForSingleObject(named_manual, 0), WAIT_OBJECT_0);  /* manual: stays */
    CHECK(WaitForSingleObject(thread, 20000) == WAIT_OBJECT_0, "the thread did not end");

    CloseHandle(thread);
    CloseHandle(named_manual);
    CloseHandle(named_sem);
    CloseHandle(unnamed_auto);
    CloseHandle(unnamed_off);
    PAL_Terminate();
    return 0;
}
