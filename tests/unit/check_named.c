/*
 * check_named.c - named objects across processes, beyond what the palsuite
 * can see: the namespace directory is 0700 and its files 0600, owned by us;
 * an object left behind by a process that died without closing it is dead
 * (the next create makes a fresh one) and its file goes; creating and
 * closing one name concurrently from threads and processes never fails and
 * never splits the object in two; a named mutex keeps four processes'
 * read-modify-write of shared memory exact; bad counts are reported before
 * the name is looked at.
 */
#include "internal.h"
#include "handle.h"
#include "named.h"

#include "unit.h"
#include <dirent.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

/* The namespace directory of this (statically linked) test program. */
static bool find_namespace(char *path, size_t size)
{
    const char *dir = named_directory();
    if (!dir)
        return false;
    snprintf(path, size, "%s", dir);
    return true;
}

static int count_objects(const char *path)
{
    int n = 0;
    DIR *dir = opendir(path);
    struct dirent *e;
    while (dir && (e = readdir(dir)) != NULL)
        if (strncmp(e->d_name, "o.", 2) == 0 || strncmp(e->d_name, "t.", 2) == 0)
            n++;
    if (dir)
        closedir(dir);
    return n;
}

START_TEST(test_namespace_permissions)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    HANDLE ev = CreateEventW(NULL, TRUE, FALSE, u"check_named.permissions");
    ck_assert_ptr_nonnull(ev);
    char path[256];
    ck_assert(find_namespace(path, sizeof(path)));
    struct stat st;
    ck_assert_int_eq(stat(path, &st), 0);
    ck_assert_uint_eq(st.st_uid, geteuid());
    ck_assert_uint_eq(st.st_mode & 0777, 0700);
    DIR *dir = opendir(path);
    struct dirent *e;
    int files = 0;
    while ((e = readdir(dir)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        ck_assert_int_eq(fstatat(dirfd(dir), e->d_name, &st, AT_SYMLINK_NOFOLLOW), 0);
        ck_assert(S_ISREG(st.st_mode));
        ck_assert_uint_eq(st.st_mode & 0777, 0600);
        ck_assert_uint_eq(st.st_uid, geteuid());
        files++;
    }
    closedir(dir);
    ck_assert_int_eq(files, 1);
    ck_assert(CloseHandle(ev));
    /* The last handle gone, the file is gone. */
    ck_assert_int_eq(count_objects(path), 0);
    PAL_Terminate();
}
END_TEST

START_TEST(test_crashed_holder_leaves_nothing_alive)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    HANDLE probe = CreateEventW(NULL, TRUE, FALSE, u"check_named.crash.probe");
    char path[256];
    ck_assert(find_namespace(path, sizeof(path)));
    int before = count_objects(path);

    pid_t pid = fork();
    if (pid == 0) {
        /* Signalled, never closed: the process dies holding it. */
        HANDLE ev = CreateEventW(NULL, TRUE, TRUE, u"check_named.crash");
        _exit(ev != NULL && GetLastError() == ERROR_SUCCESS ? 0 : 1);
    }
    int status;
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    ck_assert_int_eq(count_objects(path), before + 1); /* left behind */

    /* Nobody holds it: it is dead, a create makes a fresh one. */
    SetLastError(0xdead);
    HANDLE ev = CreateEventW(NULL, TRUE, FALSE, u"check_named.crash");
    ck_assert_ptr_nonnull(ev);
    ck_assert_uint_eq(GetLastError(), ERROR_SUCCESS);
    ck_assert_uint_eq(WaitForSingleObject(ev, 0), WAIT_TIMEOUT);
    ck_assert(CloseHandle(ev));
    /* And an open finds nothing. */
    pid = fork();
    if (pid == 0) {
        HANDLE left = CreateEventW(NULL, TRUE, TRUE, u"check_named.crash.open");
        _exit(left != NULL ? 0 : 1);
    }
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    SetLastError(0);
    ck_assert_ptr_null(OpenEventW(EVENT_ALL_ACCESS, FALSE, u"check_named.crash.open"));
    ck_assert_uint_eq(GetLastError(), ERROR_FILE_NOT_FOUND);
    ck_assert_int_eq(count_objects(path), before);
    ck_assert(CloseHandle(probe));
    PAL_Terminate();
}
END_TEST

enum { CHURN_THREADS = 4, CHURN_ROUNDS = 2000, CHURN_PROCESSES = 2 };

/* Every round: create (or open) the shared name, check that it is the one
 * event everyone uses (a manual-reset event kept set by the parent), close. */
static DWORD PALAPI churn(LPVOID arg)
{
    (void)arg;
    for (int i = 0; i < CHURN_ROUNDS; i++) {
        HANDLE ev = CreateEventW(NULL, TRUE, FALSE, u"check_named.churn");
        if (!ev)
            return 1;
        if (GetLastError() != ERROR_ALREADY_EXISTS || WaitForSingleObject(ev, 0) != WAIT_OBJECT_0)
            return 2;
        if (!CloseHandle(ev))
            return 3;
    }
    return 0;
}

START_TEST(test_create_close_churn)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    HANDLE keeper = CreateEventW(NULL, TRUE, TRUE, u"check_named.churn");
    ck_assert_ptr_nonnull(keeper);
    size_t handles_before = handle_count();
    pid_t pids[CHURN_PROCESSES];
    for (int p = 0; p < CHURN_PROCESSES; p++) {
        pids[p] = fork();
        if (pids[p] == 0)
            _exit((int)churn(NULL));
    }
    HANDLE threads[CHURN_THREADS];
    DWORD tids[CHURN_THREADS];
    for (int i = 0; i < CHURN_THREADS; i++)
        threads[i] = CreateThread(NULL, 0, churn, NULL, 0, &tids[i]);
    ck_assert_uint_eq(WaitForMultipleObjects(CHURN_THREADS, threads, TRUE, INFINITE),
                      WAIT_OBJECT_0);
    /* A thread handle is signalled while the thread still runs its last
     * C-runtime clean-up, which may hold an allocator lock: the forks below
     * wait until the kernel threads are gone, or a child could inherit the
     * lock held (the sanitizers' allocators are not made safe across fork
     * as glibc's malloc is). */
    for (int i = 0; i < CHURN_THREADS; i++)
        while (syscall(SYS_tgkill, getpid(), (pid_t)tids[i], 0) == 0)
            sched_yield();
    for (int i = 0; i < CHURN_THREADS; i++) {
        DWORD code;
        ck_assert(GetExitCodeThread(threads[i], &code));
        ck_assert_uint_eq(code, 0);
        ck_assert(CloseHandle(threads[i]));
    }
    for (int p = 0; p < CHURN_PROCESSES; p++) {
        int status;
        ck_assert_int_eq(waitpid(pids[p], &status, 0), pids[p]);
        ck_assert(WIFEXITED(status));
        ck_assert_int_eq(WEXITSTATUS(status), 0);
    }
    ck_assert_uint_eq(handle_count(), handles_before);
    ck_assert(CloseHandle(keeper));

    /* Without a keeper, creators race the last closer: each create either
     * makes the event or finds it, never fails. */
    for (int p = 0; p < CHURN_PROCESSES; p++) {
        pids[p] = fork();
        if (pids[p] == 0) {
            for (int i = 0; i < CHURN_ROUNDS; i++) {
                HANDLE ev = CreateEventW(NULL, TRUE, FALSE, u"check_named.churn2");
                if (!ev || !CloseHandle(ev))
                    _exit(1);
            }
            _exit(0);
        }
    }
    for (int p = 0; p < CHURN_PROCESSES; p++) {
        int status;
        ck_assert_int_eq(waitpid(pids[p], &status, 0), pids[p]);
        ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    PAL_Terminate();
}
END_TEST

enum { MUTEX_PROCESSES = 4, MUTEX_CYCLES = 20000 };

START_TEST(test_mutex_exclusion_across_processes)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    volatile long *counter = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
                                  MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    ck_assert(counter != MAP_FAILED);
    *counter = 0;
    HANDLE m = CreateMutexW(NULL, FALSE, u"check_named.exclusion");
    ck_assert_ptr_nonnull(m);
    pid_t pids[MUTEX_PROCESSES];
    for (int p = 0; p < MUTEX_PROCESSES; p++) {
        pids[p] = fork();
        if (pids[p] == 0) {
            for (int i = 0; i < MUTEX_CYCLES; i++) {
                if (WaitForSingleObject(m, INFINITE) != WAIT_OBJECT_0)
                    _exit(1);
                long v = *counter;
                if (i % 64 == 0)
                    sched_yield(); /* invite another process into a broken lock */
                *counter = v + 1;
                if (!ReleaseMutex(m))
                    _exit(2);
            }
            _exit(0);
        }
    }
    for (int p = 0; p < MUTEX_PROCESSES; p++) {
        int status;
        ck_assert_int_eq(waitpid(pids[p], &status, 0), pids[p]);
        ck_assert(WIFEXITED(status));
        ck_assert_int_eq(WEXITSTATUS(status), 0);
    }
    ck_assert_int_eq(*counter, (long)MUTEX_PROCESSES * MUTEX_CYCLES);
    ck_assert_uint_eq(WaitForSingleObject(m, 0), WAIT_OBJECT_0);
    ck_assert(ReleaseMutex(m));
    ck_assert(CloseHandle(m));
    munmap((void *)counter, 4096);
    PAL_Terminate();
}
END_TEST

START_TEST(test_bad_counts_first)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    size_t handles_before = handle_count();
    SetLastError(0);
    ck_assert_ptr_null(CreateSemaphoreA(NULL, 2, 1, "check_named.counts"));
    ck_assert_uint_eq(GetLastError(), ERROR_INVALID_PARAMETER);
    ck_assert_uint_eq(handle_count(), handles_before);
    PAL_Terminate();
}
END_TEST

int main(void)
{
    Suite *s = suite_create("named");
    TCase *tc = tcase_create("named");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_namespace_permissions);
    tcase_add_test(tc, test_crashed_holder_leaves_nothing_alive);
    tcase_add_test(tc, test_create_close_churn);
    tcase_add_test(tc, test_mutex_exclusion_across_processes);
    tcase_add_test(tc, test_bad_counts_first);
    suite_add_tcase(s, tc);
    return unit_run(s);
}
