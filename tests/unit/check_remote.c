/*
 * check_remote.c - PAL_LocalHandleToRemote / PAL_RemoteHandleToLocal and
 * DuplicateHandle across processes, beyond what the palsuite can see on
 * both legs: a cookie converted in the process that made it reaches the same
 * object through a new handle; an object every holder closed is gone; what
 * cannot be remoted (unnamed objects, threads, files) fails with
 * ERROR_NOT_SUPPORTED; a process cookie survives the process's end (with its
 * exit code) and is not fooled by a reused pid.
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

START_TEST(test_not_remotable)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    HANDLE ev = CreateEventW(NULL, TRUE, FALSE, NULL);
    HANDLE m = CreateMutexW(NULL, FALSE, NULL);
    HANDLE s = CreateSemaphoreW(NULL, 0, 1, NULL);
    HANDLE file = CreateFileA("/dev/null", GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0,
                              NULL);
    HANDLE thread = NULL;
    ck_assert(DuplicateHandle(GetCurrentProcess(), GetCurrentThread(), GetCurrentProcess(), &thread,
                              0, FALSE, DUPLICATE_SAME_ACCESS));
    ck_assert(ev && m && s && file != INVALID_HANDLE_VALUE && thread);
    remote_fails(ev, ERROR_NOT_SUPPORTED);
    remote_fails(m, ERROR_NOT_SUPPORTED);
    remote_fails(s, ERROR_NOT_SUPPORTED);
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
    ck_assert(CloseHandle(m) && CloseHandle(s) && CloseHandle(file) && CloseHandle(thread));
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
    tcase_add_test(tc, test_not_remotable);
    tcase_add_test(tc, test_process_cookies);
    tcase_add_test(tc, test_duplicate_across);
    suite_add_tcase(s, tc);
    return unit_run(s);
}
