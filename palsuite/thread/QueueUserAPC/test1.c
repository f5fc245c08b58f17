/*
 * QueueUserAPC: APCs run, in the order queued, on their thread, and only in
 * an alertable wait that no object satisfies, which then returns
 * WAIT_IO_COMPLETION (SleepEx, WaitForMultipleObjectsEx for any or for all).
 * A non-alertable wait leaves them queued; an alertable wait satisfied by an
 * object returns the object and leaves them too. Another thread's alertable
 * wait is ended by an APC queued to it. Bad input: an invalid handle, an
 * event's handle, a thread that has ended: 0.
 */
#include <palsuite.h>

static int log_[16];
static int logged;
static DWORD apc_thread_id;

static void PALAPI record(ULONG_PTR value)
{
    log_[logged++] = (int)value;
    apc_thread_id = GetCurrentThreadId();
}

static HANDLE never; /* an event nobody sets */
static HANDLE started;

static DWORD PALAPI sleeper(LPVOID arg)
{
    (void)arg;
    SetEvent(started);
    return SleepEx(20000, TRUE);
}

static DWORD PALAPI waiter_any(LPVOID arg)
{
    (void)arg;
    SetEvent(started);
    return WaitForMultipleObjectsEx(1, &never, FALSE, 20000, TRUE);
}

static DWORD PALAPI waiter_all(LPVOID arg)
{
    HANDLE both[2];
    (void)arg;
    both[0] = never;
    both[1] = started; /* set: the wait for all still lacks `never` */
    SetEvent(started);
    return WaitForMultipleObjectsEx(2, both, TRUE, 20000, TRUE);
}

/* Starts `routine`, lets it block, queues one APC to it: the wait ends with
 * WAIT_IO_COMPLETION and the APC ran on that thread. */
static void alert_thread(LPTHREAD_START_ROUTINE routine, int value)
{
    DWORD id = 0, code = 0;
    HANDLE t;
    ResetEvent(started);
    logged = 0;
    t = CreateThread(NULL, 0, routine, NULL, 0, &id);
    CHECK(t != NULL, "CreateThread failed");
    CHECK(WaitForSingleObject(started, 20000) == WAIT_OBJECT_0, "the thread did not start");
    Sleep(50); /* into its wait */
    CHECK_SUCCEEDS(QueueUserAPC(record, t, (ULONG_PTR)value), 1);
    CHECK(WaitForSingleObject(t, 20000) == WAIT_OBJECT_0, "the alerted thread did not end");
    CHECK(GetExitCodeThread(t, &code), "GetExitCodeThread failed");
    CHECK(code == WAIT_IO_COMPLETION, "the wait returned %u", code);
    CHECK(logged == 1 && log_[0] == value, "the APC did not run once (%d)", logged);
    CHECK(apc_thread_id == id, "the APC ran on thread %u, not %u", apc_thread_id, id);
    /* Ended: no more APCs for it. */
    CHECK(QueueUserAPC(record, t, 1) == 0, "QueueUserAPC to an ended thread succeeded");
    CloseHandle(t);
}

int main(int argc, char *argv[])
{
    HANDLE set_event;

    PALSUITE_INIT(argc, argv);
    never = CreateEventW(NULL, TRUE, FALSE, NULL);
    started = CreateEventW(NULL, TRUE, FALSE, NULL);
    set_event = CreateEventW(NULL, TRUE, TRUE, NULL);
    CHECK(never && started && set_event, "CreateEventW failed");

    /* Queued to ourselves: nothing runs until an alertable wait. */
    CHECK_SUCCEEDS(QueueUserAPC(record, GetCurrentThread(), 1), 1);
    CHECK_SUCCEEDS(QueueUserAPC(record, GetCurrentThread(), 2), 1);
    CHECK_SUCCEEDS(SleepEx(10, FALSE), 0);
    CHECK_SUCCEEDS(WaitForMultipleObjectsEx(1, &never, FALSE, 10, FALSE), WAIT_TIMEOUT);
    CHECK(logged == 0, "an APC ran outside an alertable wait");
    /* An object satisfies the wait first. */
    CHECK_SUCCEEDS(WaitForMultipleObjectsEx(1, &set_event, FALSE, 0, TRUE), WAIT_OBJECT_0);
    CHECK(logged == 0, "an APC ran in a wait an object satisfied");
    CHECK_SUCCEEDS(SleepEx(0, TRUE), WAIT_IO_COMPLETION);
    CHECK(logged == 2 && log_[0] == 1 && log_[1] == 2, "APCs ran %d times, not in order", logged);
    CHECK_SUCCEEDS(SleepEx(0, TRUE), 0);
    CHECK(logged == 2, "an APC ran twice");

    logged = 0;
    CHECK_SUCCEEDS(QueueUserAPC(record, GetCurrentThread(), 3), 1);
    CHECK_SUCCEEDS(WaitForMultipleObjectsEx(1, &never, FALSE, 20000, TRUE), WAIT_IO_COMPLETION);
    CHECK(logged == 1 && log_[0] == 3, "the APC did not run");

    alert_thread(sleeper, 10);
    alert_thread(waiter_any, 20);
    alert_thread(waiter_all, 30);

    CHECK(QueueUserAPC(record, (HANDLE)(LONG_PTR)0x1230, 1) == 0, "an invalid handle was accepted");
    CHECK(QueueUserAPC(record, never, 1) == 0, "an event handle was accepted");
    CHECK(QueueUserAPC(record, NULL, 1) == 0, "a NULL handle was accepted");

    CloseHandle(never);
    CloseHandle(started);
    CloseHandle(set_event);
    PAL_Terminate();
    return 0;
}
