/*
 * check_file.c - file handles where the palsuite cannot look: descriptors
 * close on exec, inheritability a flag of the handle; share modes and LockFile ranges hold
 * between processes and die with the process; the delete check DeleteFile
 * uses; ERROR_DISK_FULL; WriteFile completes across short writes; standard
 * handles over pipes (FILE_TYPE_PIPE, ERROR_BROKEN_PIPE, ERROR_NO_DATA without
 * SIGPIPE) and a missing one.
 */
#include "internal.h"
#include "file.h"

#include "unit.h"
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

static char test_name[64];

static void setup(void)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    snprintf(test_name, sizeof(test_name), "check_file_%d.tmp", (int)getpid());
}

static void teardown(void)
{
    unlink(test_name);
    PAL_Terminate();
}

static int fd_of(HANDLE h)
{
    handle_pin pin;
    struct file *f = file_lookup(h, &pin);
    ck_assert_ptr_nonnull(f);
    int fd = f->fd;
    handle_unpin(pin);
    return fd;
}

/* Runs fn in a child process; returns its exit status. */
static int in_child(int (*fn)(void *), void *arg)
{
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0)
        _exit(fn(arg));
    int status;
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    ck_assert(WIFEXITED(status));
    return WEXITSTATUS(status);
}

/* Every descriptor is close-on-exec; bInheritHandle is the handle's flag,
 * which CreateProcess consults. */
START_TEST(test_cloexec_inherit_is_a_handle_flag)
{
    bool inherit = true;
    HANDLE h = CreateFileA(test_name, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    ck_assert_ptr_ne(h, INVALID_HANDLE_VALUE);
    ck_assert_int_eq(fcntl(fd_of(h), F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
    ck_assert(handle_get_inherit(h, &inherit) && !inherit);
    ck_assert(CloseHandle(h));

    SECURITY_ATTRIBUTES sa = {.nLength = sizeof(sa), .bInheritHandle = TRUE};
    h = CreateFileA(test_name, GENERIC_READ, FILE_SHARE_READ, &sa, OPEN_EXISTING, 0, NULL);
    ck_assert_ptr_ne(h, INVALID_HANDLE_VALUE);
    ck_assert_int_eq(fcntl(fd_of(h), F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
    ck_assert(handle_get_inherit(h, &inherit) && inherit);
    ck_assert(CloseHandle(h));
    sa.bInheritHandle = FALSE;
    h = CreateFileA(test_name, GENERIC_READ, FILE_SHARE_READ, &sa, OPEN_EXISTING, 0, NULL);
    ck_assert_ptr_ne(h, INVALID_HANDLE_VALUE);
    ck_assert_int_eq(fcntl(fd_of(h), F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
    ck_assert(handle_get_inherit(h, &inherit) && !inherit);
    ck_assert(CloseHandle(h));

    HANDLE r, w;
    sa.bInheritHandle = TRUE;
    ck_assert(CreatePipe(&r, &w, &sa, 0));
    ck_assert_int_eq(fcntl(fd_of(r), F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
    ck_assert_int_eq(fcntl(fd_of(w), F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
    ck_assert(handle_get_inherit(r, &inherit) && inherit);
    ck_assert(handle_get_inherit(w, &inherit) && inherit);
    ck_assert(CloseHandle(r) && CloseHandle(w));
}
END_TEST

/* Child: opens with (access, share) packed in arg; 0 if it opened, 1 on a
 * sharing violation, 2 otherwise. */
static int child_open(void *arg)
{
    DWORD access = (DWORD)((uintptr_t)arg >> 8), share = (DWORD)((uintptr_t)arg & 0xff);
    HANDLE h = CreateFileA(test_name, access, share, NULL, OPEN_EXISTING, 0, NULL);
    if (h != INVALID_HANDLE_VALUE)
        return 0;
    return GetLastError() == ERROR_SHARING_VIOLATION ? 1 : 2;
}

#define OPEN_ARG(access, share) ((void *)(((uintptr_t)(access) << 8) | (share)))

/* Child: opens exclusively and dies without closing. */
static int child_open_and_die(void *arg)
{
    (void)arg;
    HANDLE h = CreateFileA(test_name, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
    if (h == INVALID_HANDLE_VALUE)
        return 2;
    kill(getpid(), SIGKILL);
    return 3;
}

START_TEST(test_share_modes_across_processes)
{
    HANDLE h = CreateFileA(test_name, GENERIC_READ, FILE_SHARE_READ, NULL, CREATE_ALWAYS, 0, NULL);
    ck_assert_ptr_ne(h, INVALID_HANDLE_VALUE);
    ck_assert_int_eq(in_child(child_open, OPEN_ARG(GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE)), 1);
    ck_assert_int_eq(in_child(child_open, OPEN_ARG(GENERIC_READ, FILE_SHARE_READ)), 0);
    ck_assert_int_eq(in_child(child_open, OPEN_ARG(GENERIC_READ, 0)), 1);
    ck_assert(CloseHandle(h));
    ck_assert_int_eq(in_child(child_open, OPEN_ARG(GENERIC_WRITE, 0)), 0);

    /* A process killed with the file open leaves nothing behind. */
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0)
        _exit(child_open_and_die(NULL));
    int status;
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    ck_assert(WIFSIGNALED(status));
    h = CreateFileA(test_name, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
    ck_assert_ptr_ne(h, INVALID_HANDLE_VALUE);
    ck_assert(CloseHandle(h));
}
END_TEST

START_TEST(test_delete_check)
{
    HANDLE h = CreateFileA(test_name, GENERIC_READ, FILE_SHARE_READ, NULL, CREATE_ALWAYS, 0, NULL);
    ck_assert_ptr_ne(h, INVALID_HANDLE_VALUE);
    int fd = open(test_name, O_RDONLY | O_CLOEXEC);
    ck_assert_int_ge(fd, 0);
    const DWORD all = FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE;
    ck_assert(file_share_conflicts(fd, FILE_ACCESS_DELETE, all));
    ck_assert(!file_share_conflicts(fd, FILE_ACCESS_READ, all));
    ck_assert(CloseHandle(h));
    ck_assert(!file_share_conflicts(fd, FILE_ACCESS_DELETE, all));
    h = CreateFileA(test_name, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_DELETE, NULL,
                    OPEN_EXISTING, 0, NULL);
    ck_assert_ptr_ne(h, INVALID_HANDLE_VALUE);
    ck_assert(!file_share_conflicts(fd, FILE_ACCESS_DELETE, all));
    ck_assert(CloseHandle(h));
    close(fd);
}
END_TEST

static int lock_pipe[2];

/* Child: locks [0, 10), tells the parent, waits to be told to exit. */
static int child_lock(void *arg)
{
    (void)arg;
    HANDLE h = CreateFileA(test_name, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                           OPEN_EXISTING, 0, NULL);
    char c = LockFile(h, 0, 0, 10, 0) ? 'L' : 'F';
    if (write(lock_pipe[1], &c, 1) != 1)
        return 2;
    pause(); /* killed by the parent */
    return 0;
}

START_TEST(test_lockfile_across_processes)
{
    HANDLE h = CreateFileA(test_name, GENERIC_READ | GENERIC_WRITE,
                           FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, CREATE_ALWAYS, 0, NULL);
    ck_assert_ptr_ne(h, INVALID_HANDLE_VALUE);
    ck_assert_int_eq(pipe(lock_pipe), 0);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0)
        _exit(child_lock(NULL));
    char c = 0;
    ck_assert_int_eq(read(lock_pipe[0], &c, 1), 1);
    ck_assert_int_eq(c, 'L');
    SetLastError(0);
    ck_assert(!LockFile(h, 5, 0, 1, 0));
    ck_assert_uint_eq(GetLastError(), ERROR_LOCK_VIOLATION);
    ck_assert(LockFile(h, 10, 0, 5, 0));
    /* The lock dies with its process. */
    kill(pid, SIGKILL);
    int status;
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    ck_assert(LockFile(h, 0, 0, 10, 0));
    ck_assert(UnlockFile(h, 0, 0, 10, 0));
    ck_assert(UnlockFile(h, 10, 0, 5, 0));
    ck_assert(CloseHandle(h));
    close(lock_pipe[0]);
    close(lock_pipe[1]);
}
END_TEST

START_TEST(test_disk_full)
{
    HANDLE h = CreateFileA("/dev/full", GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                           OPEN_EXISTING, 0, NULL);
    ck_assert_ptr_ne(h, INVALID_HANDLE_VALUE);
    ck_assert_uint_eq(GetFileType(h), FILE_TYPE_CHAR);
    DWORD n = 99;
    ck_assert(!WriteFile(h, "x", 1, &n, NULL));
    ck_assert_uint_eq(GetLastError(), ERROR_DISK_FULL);
    ck_assert_uint_eq(n, 0);
    ck_assert(CloseHandle(h));
}
END_TEST

static void on_alarm(int sig)
{
    (void)sig;
}

enum { BIG = 1 << 20 };

/* Child: standard output is a pipe; a 1 MiB WriteFile goes through while a
 * timer interrupts the blocked write (no SA_RESTART): write(2) returns short
 * counts, which WriteFile must continue. */
static int child_write_big(void *arg)
{
    int *fds = arg;
    close(fds[0]);
    if (dup2(fds[1], 1) < 0)
        return 2;
    struct sigaction sa = {.sa_handler = on_alarm};
    sigaction(SIGALRM, &sa, NULL);
    struct itimerval it = {{0, 500}, {0, 500}};
    setitimer(ITIMER_REAL, &it, NULL);
    char *buf = malloc(BIG);
    for (int i = 0; i < BIG; i++)
        buf[i] = (char)(i * 13);
    HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
    if (GetFileType(out) != FILE_TYPE_PIPE)
        return 3;
    DWORD n = 0;
    BOOL ok = WriteFile(out, buf, BIG, &n, NULL);
    return ok && n == BIG ? 0 : 4;
}

START_TEST(test_write_completes_short_writes)
{
    int fds[2];
    ck_assert_int_eq(pipe(fds), 0);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0)
        _exit(child_write_big(fds));
    close(fds[1]);
    char *got = malloc(BIG);
    size_t total = 0;
    for (;;) {
        ssize_t r = read(fds[0], got + total, total + 4096 <= BIG ? 4096 : BIG - total);
        if (r <= 0)
            break;
        total += (size_t)r;
        if ((total & 0xffff) == 0)
            usleep(100); /* a slow reader keeps the writer blocked */
        if (total == BIG)
            break;
    }
    int status;
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    ck_assert(WIFEXITED(status));
    ck_assert_int_eq(WEXITSTATUS(status), 0);
    ck_assert_uint_eq(total, BIG);
    int bad = -1;
    for (int i = 0; i < BIG && bad < 0; i++)
        if (got[i] != (char)(i * 13))
            bad = i;
    ck_assert_int_eq(bad, -1);
    free(got);
    close(fds[0]);
}
END_TEST

/* Child: standard input is a pipe whose writer is gone. */
static int child_read_broken_pipe(void *arg)
{
    int *fds = arg;
    if (dup2(fds[0], 0) < 0)
        return 2;
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    if (GetFileType(in) != FILE_TYPE_PIPE)
        return 3;
    char buf[8];
    DWORD n = 99;
    if (!ReadFile(in, buf, sizeof(buf), &n, NULL) || n != 5 || memcmp(buf, "hello", 5) != 0)
        return 4;
    if (ReadFile(in, buf, sizeof(buf), &n, NULL) || GetLastError() != ERROR_BROKEN_PIPE || n != 0)
        return 5;
    return 0;
}

START_TEST(test_std_handles_over_pipes)
{
    int fds[2];
    ck_assert_int_eq(pipe(fds), 0);
    ck_assert_int_eq(write(fds[1], "hello", 5), 5);
    close(fds[1]); /* the writer is gone before the reader starts */
    ck_assert_int_eq(in_child(child_read_broken_pipe, fds), 0);
    close(fds[0]);
}
END_TEST

/* Child: standard output is a pipe whose reader is gone. */
static int child_write_broken_pipe(void *arg)
{
    int *fds = arg;
    if (dup2(fds[1], 1) < 0)
        return 2;
    close(fds[0]);
    HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
    DWORD n = 99;
    if (WriteFile(out, "x", 1, &n, NULL) || GetLastError() != ERROR_NO_DATA || n != 0)
        return 3;
    sigset_t pending;
    sigpending(&pending);
    return sigismember(&pending, SIGPIPE) ? 4 : 0; /* alive, nothing left pending */
}

START_TEST(test_write_to_broken_pipe)
{
    int fds[2];
    ck_assert_int_eq(pipe(fds), 0);
    close(fds[0]);
    fds[0] = open("/dev/null", O_RDONLY); /* the child closes something harmless */
    ck_assert_int_eq(in_child(child_write_broken_pipe, fds), 0);
    close(fds[0]);
    close(fds[1]);
}
END_TEST

static int child_no_stdin(void *arg)
{
    (void)arg;
    close(0);
    SetLastError(12345);
    HANDLE h = GetStdHandle(STD_INPUT_HANDLE);
    return h == NULL && GetLastError() == 12345 ? 0 : 1;
}

START_TEST(test_missing_std_handle)
{
    ck_assert_int_eq(in_child(child_no_stdin, NULL), 0);
}
END_TEST

/* NULL where Windows would fault: refused with ERROR_INVALID_PARAMETER
 * (the palsuite cannot test these on the reference leg). */
START_TEST(test_null_out_pointers)
{
    HANDLE r = NULL, w = NULL;
    SetLastError(0);
    ck_assert(!CreatePipe(NULL, &w, NULL, 0));
    ck_assert_uint_eq(GetLastError(), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    ck_assert(!CreatePipe(&r, NULL, NULL, 0));
    ck_assert_uint_eq(GetLastError(), ERROR_INVALID_PARAMETER);
    ck_assert_ptr_null(r);
    SetLastError(0);
    ck_assert(FindFirstFileW(u"*", NULL) == INVALID_HANDLE_VALUE);
    ck_assert_uint_eq(GetLastError(), ERROR_INVALID_PARAMETER);
    WIN32_FIND_DATAA data;
    HANDLE h = FindFirstFileA("*", &data);
    ck_assert(h != INVALID_HANDLE_VALUE);
    SetLastError(0);
    ck_assert(!FindNextFileA(h, NULL));
    ck_assert_uint_eq(GetLastError(), ERROR_INVALID_PARAMETER);
    ck_assert(FindClose(h));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("file");
    TCase *tc = tcase_create("file");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_cloexec_inherit_is_a_handle_flag);
    tcase_add_test(tc, test_share_modes_across_processes);
    tcase_add_test(tc, test_delete_check);
    tcase_add_test(tc, test_lockfile_across_processes);
    tcase_add_test(tc, test_disk_full);
    tcase_add_test(tc, test_write_completes_short_writes);
    tcase_add_test(tc, test_std_handles_over_pipes);
    tcase_add_test(tc, test_write_to_broken_pipe);
    tcase_add_test(tc, test_missing_std_handle);
    tcase_add_test(tc, test_null_out_pointers);
    suite_add_tcase(s, tc);
    return unit_run(s);
}
