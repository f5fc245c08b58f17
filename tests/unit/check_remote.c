/*
 * check_remote.c - PAL_LocalHandleToRemote / PAL_RemoteHandleToLocal and
 * DuplicateHandle across processes, beyond what the palsuite can see on
 * both legs: a cookie converted in the process that made it reaches the same
 * object through a new handle; an object every holder closed is gone; an
 * unnamed event or mutex becomes shared with its state, its owner and its
 * waiters (who carry on with the shared twin); a mutex another thread owns
 * cannot; an unnamed semaphore keeps its count and maximum; what cannot be
 * remoted (threads, files) fails with ERROR_NOT_SUPPORTED; a process cookie survives the process's end (with
 * its exit code) and is not fooled by a reused pid.
 */
#include "internal.h"
#include "handle.h"

#include "unit.h"
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

static RHANDLE remote_ok(HANDLE h)
{
    SetLastError(0xdead);
    RHANDLE r = PAL_LocalHandleToRemote(h);
    ck_assert_ptr_ne(r, INVALID_HANDLE_VALUE);
    ck_assert_ptr_nonnull(r);
    ck_assert_uint_eq(GetLastError(), 0xdead);
    return r;
}

static HANDLE local_ok(RHANDLE r)
{
    HANDLE h = PAL_RemoteHandleToLocal(r);
    ck_assert_ptr_ne(h, INVALID_HANDLE_VALUE);
    ck_assert_ptr_nonnull(h);
    return h;
}

static void remote_fails(HANDLE h, DWORD error)
{
    SetLastError(0);
    ck_assert_ptr_eq(PAL_LocalHandleToRemote(h), INVALID_HANDLE_VALUE);
    ck_assert_uint_eq(GetLastError(), error);
}

static void local_fails(RHANDLE r, DWORD error)
{
    SetLastError(0);
    ck_assert_ptr_eq(PAL_RemoteHandleToLocal(r), INVALID_HANDLE_VALUE);
    ck_assert_uint_eq(GetLastError(), error);
}

START_TEST(test_named_round_trip)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    /* An event: the converted handle is another handle to the same event. */
    HANDLE ev = CreateEventW(NULL, FALSE, FALSE, u"check_remote.event");
    ck_assert_ptr_nonnull(ev);
    RHANDLE r = remote_ok(ev);
    HANDLE ev2 = local_ok(r);
    ck_assert_ptr_ne(ev2, ev);
    ck_assert(SetEvent(ev2));
    ck_assert_uint_eq(WaitForSingleObject(ev, 0), WAIT_OBJECT_0);
    ck_assert_uint_eq(WaitForSingleObject(ev2, 0), WAIT_TIMEOUT);
    /* The same object as a later open by name. */
    HANDLE ev3 = OpenEventW(EVENT_ALL_ACCESS, FALSE, u"check_remote.event");
    ck_assert_ptr_nonnull(ev3);
    ck_assert(SetEvent(ev3));
    ck_assert_uint_eq(WaitForSingleObject(ev2, 0), WAIT_OBJECT_0);
    /* The cookie names a type: another type's bits are refused. */
    local_fails((RHANDLE)(((uintptr_t)r & ~(uintptr_t)0xc) | (2u << 2)), ERROR_INVALID_HANDLE);
    ck_assert(CloseHandle(ev) && CloseHandle(ev3));
    ck_assert(SetEvent(ev2));
    ck_assert(CloseHandle(ev2));
    /* Every holder closed it: it is gone. */
    local_fails(r, ERROR_INVALID_HANDLE);

    /* A mutex: owned through one handle, released through the other. */
    HANDLE m = CreateMutexW(NULL, TRUE, u"check_remote.mutex");
    ck_assert_ptr_nonnull(m);
    HANDLE m2 = local_ok(remote_ok(m));
    ck_assert_uint_eq(WaitForSingleObject(m2, 0), WAIT_OBJECT_0); /* recursive */
    ck_assert(ReleaseMutex(m2));
    ck_assert(ReleaseMutex(m));
    SetLastError(0);
    ck_assert(!ReleaseMutex(m2));
    ck_assert_uint_eq(GetLastError(), ERROR_NOT_OWNER);
    ck_assert(CloseHandle(m) && CloseHandle(m2));

    /* A semaphore. */
    HANDLE s = CreateSemaphoreW(NULL, 0, 2, u"check_remote.semaphore");
    ck_assert_ptr_nonnull(s);
    HANDLE s2 = local_ok(remote_ok(s));
    ck_assert(ReleaseSemaphore(s, 2, NULL));
    ck_assert_uint_eq(WaitForSingleObject(s2, 0), WAIT_OBJECT_0);
    ck_assert_uint_eq(WaitForSingleObject(s2, 0), WAIT_OBJECT_0);
    ck_assert_uint_eq(WaitForSingleObject(s, 0), WAIT_TIMEOUT);
    ck_assert(CloseHandle(s) && CloseHandle(s2));
    PAL_Terminate();
}
END_TEST

START_TEST(test_publish_event)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    /* Signalled when it moves: the twin is signalled. */
    HANDLE ev = CreateEventW(NULL, FALSE, TRUE, NULL);
    HANDLE dup = NULL;
    ck_assert(DuplicateHandle(GetCurrentProcess(), ev, GetCurrentProcess(), &dup, 0, FALSE,
                              DUPLICATE_SAME_ACCESS));
    RHANDLE r = remote_ok(ev);
    ck_assert_uint_eq((uintptr_t)r & 3u, 1u);
    ck_assert_ptr_eq(remote_ok(dup), r); /* one object, one twin */
    HANDLE twin = local_ok(r);
    ck_assert_uint_eq(WaitForSingleObject(twin, 0), WAIT_OBJECT_0);
    ck_assert_uint_eq(WaitForSingleObject(ev, 0), WAIT_TIMEOUT);
    /* Every handle of it now works on the twin. */
    ck_assert(SetEvent(dup));
    ck_assert_uint_eq(WaitForSingleObject(twin, 0), WAIT_OBJECT_0);
    ck_assert(SetEvent(twin));
    HANDLE both[2] = {ev, dup};
    ck_assert_uint_eq(WaitForMultipleObjects(2, both, FALSE, 0), WAIT_OBJECT_0);
    ck_assert_uint_eq(WaitForMultipleObjects(2, both, FALSE, 0), WAIT_TIMEOUT);
    ck_assert(SetEvent(ev));
    ck_assert(ResetEvent(dup));
    ck_assert_uint_eq(WaitForSingleObject(twin, 0), WAIT_TIMEOUT);
    /* The twin lives as long as the event: closing the converted handle
     * changes nothing, closing every handle of the event ends it. */
    ck_assert(CloseHandle(twin));
    twin = local_ok(r);
    ck_assert(CloseHandle(twin) && CloseHandle(ev) && CloseHandle(dup));
    local_fails(r, ERROR_INVALID_HANDLE);

    /* Manual reset, not signalled. */
    ev = CreateEventW(NULL, TRUE, FALSE, NULL);
    twin = local_ok(remote_ok(ev));
    ck_assert_uint_eq(WaitForSingleObject(ev, 0), WAIT_TIMEOUT);
    ck_assert(SetEvent(twin));
    ck_assert_uint_eq(WaitForSingleObject(ev, 0), WAIT_OBJECT_0);
    ck_assert_uint_eq(WaitForSingleObject(ev, 0), WAIT_OBJECT_0);
    ck_assert(CloseHandle(twin) && CloseHandle(ev));
    PAL_Terminate();
}
END_TEST

struct waiter {
    HANDLE handles[2];
    DWORD count;
    BOOL all;
    DWORD result;
};

static DWORD PALAPI waiter_main(LPVOID arg)
{
    struct waiter *w = arg;
    w->result = WaitForMultipleObjects(w->count, w->handles, w->all, 20000);
    return 0;
}

/* Waits in progress when the event moves carry on with the twin. */
START_TEST(test_publish_with_waiters)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    HANDLE ev = CreateEventW(NULL, FALSE, FALSE, NULL);
    HANDLE other = CreateEventW(NULL, TRUE, FALSE, NULL);
    struct waiter any1 = {{ev}, 1, FALSE, 0}, any2 = {{other, ev}, 2, FALSE, 0};
    struct waiter all = {{ev, other}, 2, TRUE, 0};
    HANDLE t[3];
    t[0] = CreateThread(NULL, 0, waiter_main, &any1, 0, NULL);
    t[1] = CreateThread(NULL, 0, waiter_main, &any2, 0, NULL);
    t[2] = CreateThread(NULL, 0, waiter_main, &all, 0, NULL);
    ck_assert(t[0] && t[1] && t[2]);
    Sleep(200); /* all three asleep on the unnamed event */
    HANDLE twin = local_ok(remote_ok(ev));
    Sleep(100); /* and now on the twin */
    ck_assert_uint_eq(WaitForSingleObject(t[0], 0), WAIT_TIMEOUT);
    ck_assert_uint_eq(WaitForSingleObject(t[1], 0), WAIT_TIMEOUT);
    ck_assert_uint_eq(WaitForSingleObject(t[2], 0), WAIT_TIMEOUT);
    /* One SetEvent each: each releases one of the two waits for any. */
    ck_assert(SetEvent(twin));
    ck_assert_uint_eq(WaitForMultipleObjects(2, t, FALSE, 10000) - WAIT_OBJECT_0 < 2, 1);
    ck_assert(SetEvent(ev));
    ck_assert_uint_eq(WaitForSingleObject(t[0], 10000), WAIT_OBJECT_0);
    ck_assert_uint_eq(WaitForSingleObject(t[1], 10000), WAIT_OBJECT_0);
    ck_assert_uint_eq(any1.result, WAIT_OBJECT_0);
    ck_assert_uint_eq(any2.result, WAIT_OBJECT_0 + 1);
    /* The wait for all needs both. */
    ck_assert(SetEvent(other));
    ck_assert_uint_eq(WaitForSingleObject(t[2], 200), WAIT_TIMEOUT);
    ck_assert(SetEvent(twin));
    ck_assert_uint_eq(WaitForSingleObject(t[2], 10000), WAIT_OBJECT_0);
    ck_assert_uint_eq(all.result, WAIT_OBJECT_0);
    ck_assert_uint_eq(WaitForSingleObject(ev, 0), WAIT_TIMEOUT);
    for (int i = 0; i < 3; i++)
        ck_assert(CloseHandle(t[i]));
    ck_assert(CloseHandle(twin) && CloseHandle(ev) && CloseHandle(other));
    PAL_Terminate();
}
END_TEST

/* Two threads bounce a token through two auto-reset events while the main
 * thread makes them shared: no SetEvent is lost. */
enum { PING_ROUNDS = 100000 };
static HANDLE ping_events[2];

static DWORD PALAPI ping_main(LPVOID arg)
{
    int me = (int)(intptr_t)arg;
    for (int i = 0; i < PING_ROUNDS; i++) {
        if (WaitForSingleObject(ping_events[me], 10000) != WAIT_OBJECT_0)
            return 1;
        if (!SetEvent(ping_events[1 - me]))
            return 2;
    }
    return 0;
}

START_TEST(test_publish_during_ping_pong)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    ping_events[0] = CreateEventW(NULL, FALSE, TRUE, NULL);
    ping_events[1] = CreateEventW(NULL, FALSE, FALSE, NULL);
    HANDLE t[2];
    for (int i = 0; i < 2; i++)
        t[i] = CreateThread(NULL, 0, ping_main, (LPVOID)(intptr_t)i, 0, NULL);
    Sleep(5);
    RHANDLE r0 = remote_ok(ping_events[0]);
    Sleep(5);
    RHANDLE r1 = remote_ok(ping_events[1]);
    ck_assert(r0 != r1);
    /* Both moved while the token was still bouncing. */
    ck_assert_uint_eq(WaitForMultipleObjects(2, t, FALSE, 0), WAIT_TIMEOUT);
    for (int i = 0; i < 2; i++) {
        DWORD code = 99;
        ck_assert_uint_eq(WaitForSingleObject(t[i], 30000), WAIT_OBJECT_0);
        ck_assert(GetExitCodeThread(t[i], &code));
        ck_assert_uint_eq(code, 0);
        ck_assert(CloseHandle(t[i]));
    }
    ck_assert(CloseHandle(ping_events[0]) && CloseHandle(ping_events[1]));
    PAL_Terminate();
}
END_TEST

static HANDLE owned_mutex;
static DWORD PALAPI take_and_end(LPVOID arg)
{
    (void)arg;
    return WaitForSingleObject(owned_mutex, 0) == WAIT_OBJECT_0 ? 0 : 1;
}

static DWORD PALAPI try_take(LPVOID arg)
{
    return WaitForSingleObject((HANDLE)arg, 0);
}

static DWORD thread_result(LPTHREAD_START_ROUTINE fn, LPVOID arg)
{
    DWORD code = 99;
    HANDLE t = CreateThread(NULL, 0, fn, arg, 0, NULL);
    ck_assert_ptr_nonnull(t);
    ck_assert_uint_eq(WaitForSingleObject(t, 10000), WAIT_OBJECT_0);
    ck_assert(GetExitCodeThread(t, &code));
    ck_assert(CloseHandle(t));
    return code;
}

START_TEST(test_publish_mutex)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    /* Owned twice by this thread: the twin is ours, twice. */
    HANDLE m = CreateMutexW(NULL, TRUE, NULL);
    ck_assert_uint_eq(WaitForSingleObject(m, 0), WAIT_OBJECT_0);
    HANDLE twin = local_ok(remote_ok(m));
    ck_assert_uint_eq(thread_result(try_take, twin), WAIT_TIMEOUT);
    ck_assert(ReleaseMutex(m));
    ck_assert_uint_eq(thread_result(try_take, m), WAIT_TIMEOUT);
    ck_assert(ReleaseMutex(twin));
    SetLastError(0);
    ck_assert(!ReleaseMutex(m));
    ck_assert_uint_eq(GetLastError(), ERROR_NOT_OWNER);
    /* Another thread takes it and ends owning it: abandoned, also through
     * the shared twin (the kernel marks the robust mutex). */
    ck_assert_uint_eq(thread_result(try_take, m), WAIT_OBJECT_0);
    ck_assert_uint_eq(WaitForSingleObject(twin, 10000), WAIT_ABANDONED);
    ck_assert(ReleaseMutex(m));
    ck_assert(CloseHandle(twin) && CloseHandle(m));

    /* Free: the twin is free. */
    m = CreateMutexW(NULL, FALSE, NULL);
    twin = local_ok(remote_ok(m));
    ck_assert_uint_eq(thread_result(try_take, twin), WAIT_OBJECT_0);
    ck_assert_uint_eq(WaitForSingleObject(m, 10000), WAIT_ABANDONED);
    ck_assert(ReleaseMutex(twin));
    ck_assert_uint_eq(WaitForSingleObject(m, 0), WAIT_OBJECT_0);
    ck_assert(ReleaseMutex(m));
    ck_assert(CloseHandle(twin) && CloseHandle(m));

    /* Abandoned: the twin is abandoned. */
    owned_mutex = CreateMutexW(NULL, FALSE, NULL);
    ck_assert_uint_eq(thread_result(take_and_end, NULL), 0);
    twin = local_ok(remote_ok(owned_mutex));
    ck_assert_uint_eq(WaitForSingleObject(owned_mutex, 0), WAIT_ABANDONED);
    ck_assert(ReleaseMutex(twin));
    ck_assert_uint_eq(WaitForSingleObject(twin, 0), WAIT_OBJECT_0);
    ck_assert(ReleaseMutex(owned_mutex));
    ck_assert(CloseHandle(twin) && CloseHandle(owned_mutex));
    PAL_Terminate();
}
END_TEST

static DWORD PALAPI take_unit(LPVOID arg)
{
    return WaitForSingleObject((HANDLE)arg, 20000);
}

START_TEST(test_publish_semaphore)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    HANDLE sem = CreateSemaphoreW(NULL, 1, 3, NULL);
    HANDLE waiter = CreateThread(NULL, 0, take_unit, sem, 0, NULL);
    ck_assert_uint_eq(WaitForSingleObject(waiter, 10000), WAIT_OBJECT_0); /* took the 1 */
    ck_assert(CloseHandle(waiter));
    ck_assert(ReleaseSemaphore(sem, 2, NULL));
    waiter = CreateThread(NULL, 0, take_unit, sem, 0, NULL);
    ck_assert_uint_eq(WaitForSingleObject(waiter, 10000), WAIT_OBJECT_0); /* 1 left */
    ck_assert(CloseHandle(waiter));
    HANDLE twin = local_ok(remote_ok(sem));
    LONG previous = -1;
    ck_assert(ReleaseSemaphore(twin, 1, &previous));
    ck_assert_int_eq(previous, 1);
    ck_assert(ReleaseSemaphore(sem, 1, &previous));
    ck_assert_int_eq(previous, 2);
    /* The maximum came along. */
    SetLastError(0);
    ck_assert(!ReleaseSemaphore(sem, 1, NULL));
    ck_assert_uint_eq(GetLastError(), ERROR_TOO_MANY_POSTS);
    for (int i = 0; i < 3; i++)
        ck_assert_uint_eq(WaitForSingleObject(i % 2 ? sem : twin, 0), WAIT_OBJECT_0);
    ck_assert_uint_eq(WaitForSingleObject(sem, 0), WAIT_TIMEOUT);
    /* A wait asleep on it when it moves carries on with the twin. */
    HANDLE sem2 = CreateSemaphoreW(NULL, 0, 1, NULL);
    waiter = CreateThread(NULL, 0, take_unit, sem2, 0, NULL);
    Sleep(200);
    HANDLE twin2 = local_ok(remote_ok(sem2));
    ck_assert_uint_eq(WaitForSingleObject(waiter, 100), WAIT_TIMEOUT);
    ck_assert(ReleaseSemaphore(twin2, 1, NULL));
    ck_assert_uint_eq(WaitForSingleObject(waiter, 10000), WAIT_OBJECT_0);
    DWORD code = 99;
    ck_assert(GetExitCodeThread(waiter, &code));
    ck_assert_uint_eq(code, WAIT_OBJECT_0);
    ck_assert(CloseHandle(waiter) && CloseHandle(twin2) && CloseHandle(sem2));
    ck_assert(CloseHandle(twin) && CloseHandle(sem));
    PAL_Terminate();
}
END_TEST

static HANDLE busy_mutex, busy_taken, busy_done;
static DWORD PALAPI hold_mutex(LPVOID arg)
{
    (void)arg;
    if (WaitForSingleObject(busy_mutex, 0) != WAIT_OBJECT_0)
        return 1;
    SetEvent(busy_taken);
    WaitForSingleObject(busy_done, 10000);
    return ReleaseMutex(busy_mutex) ? 0 : 2;
}

/* A mutex another thread owns cannot move; once free, it can. */
START_TEST(test_publish_mutex_owned_elsewhere)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    busy_mutex = CreateMutexW(NULL, FALSE, NULL);
    busy_taken = CreateEventW(NULL, FALSE, FALSE, NULL);
    busy_done = CreateEventW(NULL, FALSE, FALSE, NULL);
    HANDLE t = CreateThread(NULL, 0, hold_mutex, NULL, 0, NULL);
    ck_assert_uint_eq(WaitForSingleObject(busy_taken, 10000), WAIT_OBJECT_0);
    remote_fails(busy_mutex, ERROR_BUSY);
    ck_assert(SetEvent(busy_done));
    ck_assert_uint_eq(WaitForSingleObject(t, 10000), WAIT_OBJECT_0);
    DWORD code = 99;
    ck_assert(GetExitCodeThread(t, &code));
    ck_assert_uint_eq(code, 0);
    HANDLE twin = local_ok(remote_ok(busy_mutex));
    ck_assert_uint_eq(WaitForSingleObject(twin, 0), WAIT_OBJECT_0);
    ck_assert(ReleaseMutex(busy_mutex));
    ck_assert(CloseHandle(t) && CloseHandle(twin) && CloseHandle(busy_mutex));
    ck_assert(CloseHandle(busy_taken) && CloseHandle(busy_done));
    PAL_Terminate();
}
END_TEST

START_TEST(test_not_remotable)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    HANDLE ev = CreateEventW(NULL, TRUE, FALSE, NULL);
    HANDLE m = CreateMutexW(NULL, FALSE, NULL);
    HANDLE file = CreateFileA("/dev/null", GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0,
                              NULL);
    HANDLE thread = NULL;
    ck_assert(DuplicateHandle(GetCurrentProcess(), GetCurrentThread(), GetCurrentProcess(), &thread,
                              0, FALSE, DUPLICATE_SAME_ACCESS));
    ck_assert(ev && m && file != INVALID_HANDLE_VALUE && thread);
    remote_fails(file, ERROR_NOT_SUPPORTED);
    remote_fails(thread, ERROR_NOT_SUPPORTED);
    remote_fails(GetCurrentThread(), ERROR_NOT_SUPPORTED);
    remote_fails(NULL, ERROR_INVALID_HANDLE);
    remote_fails((HANDLE)0x12344, ERROR_INVALID_HANDLE);
    ck_assert(CloseHandle(ev));
    remote_fails(ev, ERROR_INVALID_HANDLE);
    /* A handle value is not a cookie. */
    local_fails(m, ERROR_INVALID_HANDLE);
    local_fails(NULL, ERROR_INVALID_HANDLE);
    local_fails(INVALID_HANDLE_VALUE, ERROR_INVALID_HANDLE);
    ck_assert(CloseHandle(m) && CloseHandle(file) && CloseHandle(thread));
    PAL_Terminate();
}
END_TEST

/* A process that sleeps until killed, not a PAL child. */
static pid_t spawn_sleeper(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        for (;;)
            pause();
    }
    ck_assert_int_gt(pid, 0);
    return pid;
}

START_TEST(test_process_cookies)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    /* Ourselves: a real handle to the running process. */
    HANDLE self = local_ok(remote_ok(GetCurrentProcess()));
    ck_assert_ptr_ne(self, GetCurrentProcess());
    ck_assert_uint_eq(WaitForSingleObject(self, 0), WAIT_TIMEOUT);
    ck_assert(CloseHandle(self));

    /* A running process, seen end through the converted handle. */
    pid_t pid = spawn_sleeper();
    HANDLE p = OpenProcess(PROCESS_ALL_ACCESS, FALSE, (DWORD)pid);
    ck_assert_ptr_nonnull(p);
    RHANDLE r = remote_ok(p);
    ck_assert_uint_eq((uintptr_t)r & 3u, 2u);
    HANDLE p2 = local_ok(r);
    ck_assert_uint_eq(WaitForSingleObject(p2, 0), WAIT_TIMEOUT);
    /* Another start time with the same pid: a reused pid, so the process
     * named has ended. */
    HANDLE other = local_ok((RHANDLE)((uintptr_t)r ^ ((uintptr_t)1 << 24)));
    ck_assert_uint_eq(WaitForSingleObject(other, 0), WAIT_OBJECT_0);
    DWORD code = 0;
    ck_assert(GetExitCodeProcess(other, &code));
    ck_assert_uint_eq(code, 0xFFFFFFFFu);
    ck_assert(CloseHandle(other));
    kill(pid, SIGKILL);
    ck_assert_uint_eq(WaitForSingleObject(p2, 10000), WAIT_OBJECT_0);
    int status;
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    ck_assert(CloseHandle(p) && CloseHandle(p2));
    /* Its cookie, converted after it is gone: ended. */
    HANDLE late = local_ok(r);
    ck_assert_uint_eq(WaitForSingleObject(late, 0), WAIT_OBJECT_0);
    ck_assert(CloseHandle(late));

    /* A child that ended: the cookie carries its exit code. */
    STARTUPINFOA si = {.cb = sizeof(si)};
    PROCESS_INFORMATION pi;
    char cmd[] = "/bin/sh -c \"exit 3\"";
    ck_assert(CreateProcessA(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi));
    ck_assert_uint_eq(WaitForSingleObject(pi.hProcess, 10000), WAIT_OBJECT_0);
    r = remote_ok(pi.hProcess);
    ck_assert_uint_eq((uintptr_t)r & 3u, 3u);
    ck_assert(CloseHandle(pi.hProcess) && CloseHandle(pi.hThread));
    HANDLE ended = local_ok(r);
    ck_assert_uint_eq(WaitForSingleObject(ended, 0), WAIT_OBJECT_0);
    ck_assert(GetExitCodeProcess(ended, &code));
    ck_assert_uint_eq(code, 3);
    ck_assert(CloseHandle(ended));
    PAL_Terminate();
}
END_TEST

START_TEST(test_duplicate_across)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    pid_t pid = spawn_sleeper();
    HANDLE p = OpenProcess(PROCESS_ALL_ACCESS, FALSE, (DWORD)pid);
    HANDLE ev = CreateEventW(NULL, TRUE, FALSE, u"check_remote.dup");
    ck_assert(p && ev);
    size_t handles = handle_count();

    /* Into another process: the value itself, to remote. */
    HANDLE out = NULL;
    ck_assert(DuplicateHandle(GetCurrentProcess(), ev, p, &out, 0, FALSE, DUPLICATE_SAME_ACCESS));
    ck_assert_ptr_eq(out, ev);
    /* DUPLICATE_CLOSE_SOURCE closes nothing: the value is handed on. */
    ck_assert(DuplicateHandle(GetCurrentProcess(), ev, p, &out, 0, FALSE,
                              DUPLICATE_SAME_ACCESS | DUPLICATE_CLOSE_SOURCE));
    ck_assert_ptr_eq(out, ev);
    ck_assert(SetEvent(ev));
    /* From another process: the local handle PAL_RemoteHandleToLocal made. */
    HANDLE in = local_ok(remote_ok(ev));
    HANDLE got = NULL;
    ck_assert(DuplicateHandle(p, in, GetCurrentProcess(), &got, 0, FALSE, DUPLICATE_SAME_ACCESS));
    ck_assert_ptr_eq(got, in);
    ck_assert_uint_eq(handle_count(), handles + 1);
    /* That process's GetCurrentProcess(): a handle to it. */
    ck_assert(DuplicateHandle(p, GetCurrentProcess(), GetCurrentProcess(), &got, 0, FALSE,
                              DUPLICATE_SAME_ACCESS));
    ck_assert_ptr_ne(got, GetCurrentProcess());
    ck_assert_uint_eq(WaitForSingleObject(got, 0), WAIT_TIMEOUT);
    kill(pid, SIGKILL);
    ck_assert_uint_eq(WaitForSingleObject(got, 10000), WAIT_OBJECT_0);
    ck_assert(CloseHandle(got));
    /* Its thread cannot be reached. */
    SetLastError(0);
    ck_assert(!DuplicateHandle(p, GetCurrentThread(), GetCurrentProcess(), &got, 0, FALSE,
                               DUPLICATE_SAME_ACCESS));
    ck_assert_uint_eq(GetLastError(), ERROR_NOT_SUPPORTED);
    ck_assert_ptr_null(got);
    int status;
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    ck_assert(CloseHandle(in) && CloseHandle(ev) && CloseHandle(p));
    PAL_Terminate();
}
END_TEST

int main(void)
{
    Suite *s = suite_create("remote");
    TCase *tc = tcase_create("remote");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_named_round_trip);
    tcase_add_test(tc, test_publish_event);
    tcase_add_test(tc, test_publish_with_waiters);
    tcase_add_test(tc, test_publish_during_ping_pong);
    tcase_add_test(tc, test_publish_mutex);
    tcase_add_test(tc, test_publish_mutex_owned_elsewhere);
    tcase_add_test(tc, test_publish_semaphore);
    tcase_add_test(tc, test_not_remotable);
    tcase_add_test(tc, test_process_cookies);
    tcase_add_test(tc, test_duplicate_across);
    suite_add_tcase(s, tc);
    return unit_run(s);
}
