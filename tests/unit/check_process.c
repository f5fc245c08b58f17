/*
 * check_process.c - process objects and CreateProcess internals: 200
 * children started and waited for from 4 threads at once leave no zombie and
 * no object behind and report the right exit codes; the Windows command-line
 * splitting (also against env_quote_argument); the IL-only PE probe on
 * synthetic images, and an IL-only image launched through clix; a process
 * that is not our child, opened by id; exit-status mapping; a child of
 * fork() creating processes of its own; a suspended child whose creator
 * ended without resuming it; SuspendThread stopping a running child; a
 * child adopting the handles PAL_INHERITED_HANDLES names, and refusing bad
 * entries.
 */
#include "internal.h"
#include "environment.h"
#include "handle.h"
#include "process.h"
#include "thread.h"

#include "unit.h"
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void wait_for_process_objects(size_t expected)
{
    /* The reaper drops its reference just after it signals. */
    for (int i = 0; i < 10000 && process_object_count() != expected; i++) {
        struct timespec ms = {0, 1000000};
        nanosleep(&ms, NULL);
    }
    ck_assert_uint_eq(process_object_count(), expected);
}

enum { STARTERS = 4, PER_STARTER = 50 };

static void *start_and_wait(void *arg)
{
    int id = (int)(intptr_t)arg;
    HANDLE procs[PER_STARTER];
    char cmd[32];
    STARTUPINFOA si = {.cb = sizeof(si)};
    for (int i = 0; i < PER_STARTER; i++) {
        /* Odd children fail: exit code 1. */
        strcpy(cmd, (id + i) % 2 ? "/bin/false" : "/bin/true");
        PROCESS_INFORMATION pi;
        ck_assert_msg(CreateProcessA(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi),
                      "CreateProcessA #%d failed with %u", i, GetLastError());
        ck_assert(CloseHandle(pi.hThread));
        procs[i] = pi.hProcess;
    }
    ck_assert_uint_lt(WaitForMultipleObjects(PER_STARTER, procs, TRUE, 60000), WAIT_OBJECT_0 + 1);
    for (int i = 0; i < PER_STARTER; i++) {
        DWORD code = 12345;
        ck_assert(GetExitCodeProcess(procs[i], &code));
        ck_assert_uint_eq(code, (DWORD)((id + i) % 2));
        ck_assert(CloseHandle(procs[i]));
    }
    return NULL;
}

START_TEST(test_200_children_from_4_threads)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    size_t handles_before = handle_count();
    size_t threads_before = thread_object_count();
    pthread_t starters[STARTERS];
    for (int i = 0; i < STARTERS; i++)
        ck_assert_int_eq(pthread_create(&starters[i], NULL, start_and_wait, (void *)(intptr_t)i), 0);
    for (int i = 0; i < STARTERS; i++)
        ck_assert_int_eq(pthread_join(starters[i], NULL), 0);
    ck_assert_uint_eq(handle_count(), handles_before);
    wait_for_process_objects(0);
    /* Every child was collected: no zombie, nothing left to wait for. */
    errno = 0;
    ck_assert_int_eq(waitpid(-1, NULL, WNOHANG), -1);
    ck_assert_int_eq(errno, ECHILD);
    /* The starters were adopted and ended; the main-thread objects are gone. */
    for (int i = 0; i < 10000 && thread_object_count() != threads_before; i++)
        usleep(1000);
    ck_assert_uint_eq(thread_object_count(), threads_before);
    PAL_Terminate();
}
END_TEST

static void check_split(const char *line, int expected_argc, const char *const *expected)
{
    int argc = -1;
    char **argv = env_split_command_line(line, &argc);
    ck_assert_ptr_nonnull(argv);
    ck_assert_int_eq(argc, expected_argc);
    for (int i = 0; i < argc; i++)
        ck_assert_str_eq(argv[i], expected[i]);
    ck_assert_ptr_null(argv[argc]);
    free(argv);
}

START_TEST(test_split_command_line)
{
    check_split("", 0, NULL);
    check_split(" \t ", 0, NULL);
    check_split("prog", 1, (const char *[]){"prog"});
    check_split("  prog  a   b ", 3, (const char *[]){"prog", "a", "b"});
    /* The program name: quotes without escapes. */
    check_split("\"C:\\dir name\\p.exe\" x", 2, (const char *[]){"C:\\dir name\\p.exe", "x"});
    check_split("\"a\\\"b c", 2, (const char *[]){"a\\b", "c"});
    check_split("\"\" x", 2, (const char *[]){"", "x"});
    /* Arguments: the Windows C runtime's rules. */
    check_split("p \"a b\" c\\\\\\\"d \"\" e\\\\f \"g\\\\\" h\"\"i", 7,
                (const char *[]){"p", "a b", "c\\\"d", "", "e\\\\f", "g\\", "hi"});
    check_split("p a\\\\\\\\\"b c\" d", 3, (const char *[]){"p", "a\\\\b c", "d"});
    check_split("p \"in \"\"quotes\"\" here\"", 2, (const char *[]){"p", "in \"quotes\" here"});
    check_split("p \"unterminated arg", 2, (const char *[]){"p", "unterminated arg"});
    check_split("p\ttab\targs", 3, (const char *[]){"p", "tab", "args"});
}
END_TEST

START_TEST(test_split_reverses_quote)
{
    static const char *const args[] = {"prog", "plain", "", "a b", "c\"d", "e\\\\\"f", "dir\\sub\\",
                                       "a b\\", "x\\y z", "\\\\", "\"", "\\\"\\"};
    enum { N = sizeof(args) / sizeof(args[0]) };
    char line[256];
    size_t len = 0;
    for (int i = 0; i < N; i++) {
        if (i)
            line[len++] = ' ';
        len = env_quote_argument(args[i], line, len);
    }
    line[len] = '\0';
    check_split(line, N, args);
}
END_TEST

/* ---- synthetic PE images */

struct pe_spec {
    bool pe32plus;
    bool with_cli_dir;  /* data directory 14 set */
    uint32_t cli_flags; /* the CLI header's Flags */
    uint32_t dir_count; /* NumberOfRvaAndSizes */
    size_t truncate_at; /* 0: whole file */
};

static void put16(unsigned char *p, uint16_t v) { p[0] = (unsigned char)v, p[1] = (unsigned char)(v >> 8); }
static void put32(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

/* Writes a minimal PE image: DOS header, PE header at 0x80, one section
 * ".text" at RVA 0x2000 stored at file offset 0x400, the CLI header 0x10
 * bytes into it. Returns the file's size. */
static size_t pe_build(unsigned char *img, const struct pe_spec *s)
{
    memset(img, 0, 0x600);
    img[0] = 'M', img[1] = 'Z';
    put32(img + 0x3c, 0x80);
    unsigned char *nt = img + 0x80;
    memcpy(nt, "PE\0\0", 4);
    put16(nt + 4, s->pe32plus ? 0x8664 : 0x14c);
    put16(nt + 4 + 2, 1);
    uint16_t opt_size = s->pe32plus ? 240 : 224;
    put16(nt + 4 + 16, opt_size);
    unsigned char *opt = nt + 24;
    put16(opt, s->pe32plus ? 0x20b : 0x10b);
    size_t dirs = s->pe32plus ? 112 : 96;
    put32(opt + dirs - 4, s->dir_count);
    if (s->with_cli_dir) {
        put32(opt + dirs + 14 * 8, 0x2010);
        put32(opt + dirs + 14 * 8 + 4, 72);
    }
    unsigned char *sec = opt + opt_size;
    memcpy(sec, ".text", 5);
    put32(sec + 8, 0x200);  /* virtual size */
    put32(sec + 12, 0x2000); /* virtual address */
    put32(sec + 16, 0x200); /* raw size */
    put32(sec + 20, 0x400); /* raw offset */
    unsigned char *cli = img + 0x410;
    put32(cli, 72);
    put16(cli + 4, 2), put16(cli + 6, 5);
    put32(cli + 16, s->cli_flags);
    return s->truncate_at ? s->truncate_at : 0x600;
}

static char pe_dir[64];

static char *pe_write(const char *name, const unsigned char *img, size_t size)
{
    static char path[128];
    snprintf(path, sizeof(path), "%s/%s", pe_dir, name);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0755);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, img, size), (ssize_t)size);
    close(fd);
    return path;
}

static bool pe_probe(const struct pe_spec *s)
{
    static unsigned char img[0x600];
    size_t size = pe_build(img, s);
    int fd = open(pe_write("probe.exe", img, size), O_RDONLY | O_CLOEXEC);
    ck_assert_int_ge(fd, 0);
    bool il = process_pe_is_il_only(fd);
    close(fd);
    return il;
}

START_TEST(test_pe_probe)
{
    strcpy(pe_dir, "/tmp/check_process.XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(pe_dir));
    ck_assert(pe_probe(&(struct pe_spec){false, true, 1, 16, 0}));
    ck_assert(pe_probe(&(struct pe_spec){true, true, 1, 16, 0}));
    ck_assert(pe_probe(&(struct pe_spec){true, true, 0x9, 16, 0})); /* ILONLY | STRONGNAMESIGNED */
    /* Mixed-mode (no ILONLY), no CLI header, too few directories, truncated. */
    ck_assert(!pe_probe(&(struct pe_spec){false, true, 0x2, 16, 0}));
    ck_assert(!pe_probe(&(struct pe_spec){true, false, 1, 16, 0}));
    ck_assert(!pe_probe(&(struct pe_spec){true, true, 1, 14, 0}));
    ck_assert(!pe_probe(&(struct pe_spec){true, true, 1, 16, 0x412}));
    ck_assert(!pe_probe(&(struct pe_spec){true, true, 1, 16, 0x100}));
    ck_assert(!pe_probe(&(struct pe_spec){true, true, 1, 16, 2}));
    /* Not PE at all: an ELF file, an empty file. */
    int fd = open("/bin/true", O_RDONLY | O_CLOEXEC);
    ck_assert(!process_pe_is_il_only(fd));
    close(fd);
    fd = open(pe_write("empty", (const unsigned char *)"", 0), O_RDONLY | O_CLOEXEC);
    ck_assert(!process_pe_is_il_only(fd));
    close(fd);
    unlink(pe_write("empty", (const unsigned char *)"", 0));
    unlink(pe_write("probe.exe", (const unsigned char *)"", 0));
    rmdir(pe_dir);
}
END_TEST

/* An IL-only image runs as "<PAL directory>/clix <full path> <args>". The
 * PAL directory of this test program is its own (the library is linked in):
 * a clix script there checks its arguments. */
START_TEST(test_il_only_runs_through_clix)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    strcpy(pe_dir, "/tmp/check_process.XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(pe_dir));
    static unsigned char img[0x600];
    size_t size = pe_build(img, &(struct pe_spec){true, true, 1, 16, 0});
    char image[128];
    strcpy(image, pe_write("app.exe", img, size));

    WCHAR dirw[4096];
    ck_assert(PAL_GetPALDirectoryW(dirw, 4096));
    char dir[4096], clix[4200], script[600];
    size_t n = 0;
    while (dirw[n])
        dir[n] = (char)dirw[n], n++;
    dir[n] = '\0';
    snprintf(clix, sizeof(clix), "%sclix", dir);
    snprintf(script, sizeof(script),
             "#!/bin/sh\n[ \"$1\" = '%s' ] && [ \"$2\" = 'one arg' ] && [ \"$3\" = two ] && "
             "[ $# = 3 ] && exit 42\nexit 1\n",
             image);
    int fd = open(clix, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0755);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, script, strlen(script)), (ssize_t)strlen(script));
    close(fd);

    char cmd[256];
    snprintf(cmd, sizeof(cmd), "%s \"one arg\" two", image);
    STARTUPINFOA si = {.cb = sizeof(si)};
    PROCESS_INFORMATION pi;
    BOOL ok = CreateProcessA(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi);
    DWORD code = 12345;
    if (ok) {
        WaitForSingleObject(pi.hProcess, INFINITE);
        GetExitCodeProcess(pi.hProcess, &code);
        CloseHandle(pi.hProcess);
        CloseHandle(pi.hThread);
    }
    unlink(clix);
    unlink(image);
    rmdir(pe_dir);
    ck_assert_msg(ok, "CreateProcessA failed with %u", GetLastError());
    ck_assert_uint_eq(code, 42);
    PAL_Terminate();
}
END_TEST

/* A process the PAL did not create: waitable through its pidfd, its exit
 * code unknown (only its parent, here the test itself, collects it). */
START_TEST(test_open_non_child)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    int go[2];
    ck_assert_int_eq(pipe(go), 0);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        char c;
        close(go[1]);
        _exit(read(go[0], &c, 1) == 1 ? 3 : 4);
    }
    close(go[0]);
    HANDLE h = OpenProcess(PROCESS_ALL_ACCESS, FALSE, (DWORD)pid);
    ck_assert_ptr_nonnull(h);
    DWORD code = 0;
    ck_assert(GetExitCodeProcess(h, &code));
    ck_assert_uint_eq(code, STILL_ACTIVE);
    ck_assert_uint_eq(WaitForSingleObject(h, 50), WAIT_TIMEOUT);
    ck_assert_int_eq(write(go[1], "x", 1), 1);
    ck_assert_uint_eq(WaitForSingleObject(h, 20000), WAIT_OBJECT_0);
    ck_assert(GetExitCodeProcess(h, &code));
    ck_assert_uint_eq(code, PROCESS_EXIT_UNKNOWN);
    /* The PAL left the status to the parent. */
    int status = 0;
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 3);
    ck_assert(CloseHandle(h));
    close(go[1]);
    wait_for_process_objects(0);
    PAL_Terminate();
}
END_TEST

START_TEST(test_exit_codes)
{
    ck_assert_uint_eq(process_exit_code_from_status(CLD_EXITED, 0), 0);
    ck_assert_uint_eq(process_exit_code_from_status(CLD_EXITED, 127), 127);
    ck_assert_uint_eq(process_exit_code_from_status(CLD_EXITED, 128), (DWORD)-128);
    ck_assert_uint_eq(process_exit_code_from_status(CLD_EXITED, 255), (DWORD)-1);
    ck_assert_uint_eq(process_exit_code_from_status(CLD_KILLED, SIGKILL), 137);
    ck_assert_uint_eq(process_exit_code_from_status(CLD_DUMPED, SIGSEGV), 139);

    /* TerminateProcess with 0: the spec wants a nonzero code; 137. */
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    char cmd[] = "/bin/sleep 60";
    STARTUPINFOA si = {.cb = sizeof(si)};
    PROCESS_INFORMATION pi;
    ck_assert(CreateProcessA(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi));
    ck_assert(TerminateProcess(pi.hProcess, 0));
    ck_assert_uint_eq(WaitForSingleObject(pi.hThread, 20000), WAIT_OBJECT_0);
    DWORD code = 0;
    ck_assert(GetExitCodeProcess(pi.hProcess, &code));
    ck_assert_uint_eq(code, 137);
    /* Terminating an ended process changes nothing. */
    ck_assert(TerminateProcess(pi.hProcess, 5));
    ck_assert(GetExitCodeProcess(pi.hProcess, &code));
    ck_assert_uint_eq(code, 137);
    CloseHandle(pi.hThread);
    CloseHandle(pi.hProcess);
    PAL_Terminate();
}
END_TEST

/* A child of fork() (no exec) has no reaper thread: its own first child
 * starts one there. */
START_TEST(test_after_fork)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    char cmd[] = "/bin/true";
    STARTUPINFOA si = {.cb = sizeof(si)};
    PROCESS_INFORMATION pi;
    ck_assert(CreateProcessA(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi));
    ck_assert_uint_eq(WaitForSingleObject(pi.hProcess, 20000), WAIT_OBJECT_0);
    CloseHandle(pi.hThread);
    CloseHandle(pi.hProcess);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        char cmd2[] = "/bin/false";
        DWORD code = 0;
        if (!CreateProcessA(NULL, cmd2, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi) ||
            WaitForSingleObject(pi.hProcess, 20000) != WAIT_OBJECT_0 ||
            !GetExitCodeProcess(pi.hProcess, &code))
            _exit(2);
        _exit(code == 1 ? 0 : 3);
    }
    int status = 0;
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    ck_assert(WIFEXITED(status));
    ck_assert_int_eq(WEXITSTATUS(status), 0);
    PAL_Terminate();
}
END_TEST

/* The child's side of inheritance, in a child of fork() whose first
 * PAL_Initialize meets a hand-made PAL_INHERITED_HANDLES: good entries are
 * adopted at their values (one descriptor named twice gives two handles
 * that both work); an entry whose descriptor is not open, is a standard
 * stream, or is another file than the one named (device, inode) is not,
 * and that descriptor is left open; parsing stops at garbage, and the
 * variable is gone. */
static int inherit_child(int fd, int other)
{
    struct stat st;
    if (fstat(fd, &st) != 0)
        return 9;
    char list[512], id[64];
    snprintf(id, sizeof(id), "%llx:%llx", (unsigned long long)st.st_dev,
             (unsigned long long)st.st_ino);
    /* 0x50 names `other` with the identity of `fd`. */
    snprintf(list, sizeof(list),
             "44:%d:2:%s,48:%d:2:%s,40:999:2:%s,4:1:2:%s,50:%d:2:%s,zz,4c:%d:2:%s", fd, id, fd,
             id, id, id, other, id, fd, id);
    setenv("PAL_INHERITED_HANDLES", list, 1);
    if (PAL_Initialize(0, NULL) != 0)
        return 10;
    if (getenv("PAL_INHERITED_HANDLES"))
        return 11;
    DWORD n;
    if (!WriteFile((HANDLE)0x44, "a", 1, &n, NULL) || !WriteFile((HANDLE)0x48, "b", 1, &n, NULL))
        return 12;
    if (!CloseHandle((HANDLE)0x44) || !WriteFile((HANDLE)0x48, "c", 1, &n, NULL))
        return 13; /* each handle had a descriptor of its own */
    HANDLE bad[] = {(HANDLE)0x40, (HANDLE)0x4, (HANDLE)0x4c, (HANDLE)0x50};
    for (int i = 0; i < 4; i++)
        if (WriteFile(bad[i], "x", 1, &n, NULL) || GetLastError() != ERROR_INVALID_HANDLE)
            return 14 + i;
    if (fcntl(other, F_GETFD) < 0)
        return 18; /* another file's descriptor was closed */
    /* A new handle never lands on an adopted one. */
    HANDLE r, w;
    if (!CreatePipe(&r, &w, NULL, 0) || r == (HANDLE)0x48 || w == (HANDLE)0x48)
        return 19;
    return 0;
}

START_TEST(test_inherit_adopt)
{
    int fds[2], others[2];
    ck_assert_int_eq(pipe(fds), 0);
    ck_assert_int_eq(pipe(others), 0);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        close(fds[0]);
        _exit(inherit_child(fds[1], others[1]));
    }
    close(others[0]);
    close(others[1]);
    close(fds[1]);
    int status = 0;
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    ck_assert(WIFEXITED(status));
    ck_assert_int_eq(WEXITSTATUS(status), 0);
    char buf[8] = {0};
    ck_assert_int_eq(read(fds[0], buf, sizeof(buf)), 3);
    ck_assert_str_eq(buf, "abc");
    close(fds[0]);
}
END_TEST

/* The state letter of /proc/<pid>/stat ('T': stopped). */
static char proc_state(DWORD pid)
{
    char path[64], buf[512];
    snprintf(path, sizeof(path), "/proc/%u/stat", (unsigned)pid);
    FILE *f = fopen(path, "r");
    ck_assert_ptr_nonnull(f);
    size_t n = fread(buf, 1, sizeof(buf) - 1, f);
    fclose(f);
    buf[n] = 0;
    char *p = strrchr(buf, ')');
    ck_assert_ptr_nonnull(p);
    return p[2];
}

/* SuspendThread on a running child's main thread stops the child (SIGSTOP)
 * once, however many times it is called; the ResumeThread that brings the
 * count back to 0 continues it. */
START_TEST(test_suspend_running_child)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    char cmd[] = "/bin/sleep 30";
    STARTUPINFOA si = {.cb = sizeof(si)};
    PROCESS_INFORMATION pi;
    ck_assert(CreateProcessA(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi));
    ck_assert_uint_eq(SuspendThread(pi.hThread), 0);
    ck_assert_uint_eq(SuspendThread(pi.hThread), 1);
    for (int i = 0; i < 1000 && proc_state(pi.dwProcessId) != 'T'; i++)
        usleep(1000);
    ck_assert_int_eq(proc_state(pi.dwProcessId), 'T');
    ck_assert_uint_eq(ResumeThread(pi.hThread), 2);
    ck_assert_int_eq(proc_state(pi.dwProcessId), 'T');
    ck_assert_uint_eq(ResumeThread(pi.hThread), 1);
    for (int i = 0; i < 1000 && proc_state(pi.dwProcessId) == 'T'; i++)
        usleep(1000);
    ck_assert_int_ne(proc_state(pi.dwProcessId), 'T');
    ck_assert(TerminateProcess(pi.hProcess, 4));
    ck_assert_uint_eq(WaitForSingleObject(pi.hProcess, 20000), WAIT_OBJECT_0);
    /* Ended: its registers and a new suspension are out of reach. */
    CONTEXT ctx = {.ContextFlags = CONTEXT_CONTROL};
    ck_assert(!GetThreadContext(pi.hThread, &ctx));
    ck_assert_uint_eq(GetLastError(), ERROR_CALL_NOT_IMPLEMENTED);
    ck_assert_uint_eq(SuspendThread(pi.hThread), (DWORD)-1);
    ck_assert_uint_eq(GetLastError(), ERROR_ACCESS_DENIED);
    CloseHandle(pi.hThread);
    CloseHandle(pi.hProcess);
    PAL_Terminate();
}
END_TEST

/* A CREATE_SUSPENDED child waits on a pipe only its creator can write to:
 * when the creator ends without resuming it, the child ends too instead of
 * waiting for ever (it never runs its program). */
START_TEST(test_suspended_orphan_ends)
{
    int fds[2];
    ck_assert_int_eq(pipe(fds), 0);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        char cmd[] = "/bin/true";
        STARTUPINFOA si = {.cb = sizeof(si)};
        PROCESS_INFORMATION pi;
        if (PAL_Initialize(0, NULL) != 0 ||
            !CreateProcessA(NULL, cmd, NULL, NULL, FALSE, CREATE_SUSPENDED, NULL, NULL, &si, &pi))
            _exit(2);
        DWORD child = pi.dwProcessId;
        _exit(write(fds[1], &child, sizeof(child)) == sizeof(child) ? 0 : 3);
    }
    close(fds[1]);
    DWORD child = 0;
    ck_assert_int_eq(read(fds[0], &child, sizeof(child)), sizeof(child));
    close(fds[0]);
    int status = 0;
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    ck_assert_int_eq(WEXITSTATUS(status), 0);
    /* The orphan is not our child: watch it through a pidfd of our own. */
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    HANDLE h = OpenProcess(PROCESS_ALL_ACCESS, FALSE, child);
    if (h) { /* NULL: it has ended already */
        ck_assert_uint_eq(WaitForSingleObject(h, 20000), WAIT_OBJECT_0);
        CloseHandle(h);
    }
    PAL_Terminate();
}
END_TEST

int main(void)
{
    Suite *s = suite_create("process");
    TCase *tc = tcase_create("process");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_200_children_from_4_threads);
    tcase_add_test(tc, test_split_command_line);
    tcase_add_test(tc, test_split_reverses_quote);
    tcase_add_test(tc, test_pe_probe);
    tcase_add_test(tc, test_il_only_runs_through_clix);
    tcase_add_test(tc, test_open_non_child);
    tcase_add_test(tc, test_exit_codes);
    tcase_add_test(tc, test_after_fork);
    tcase_add_test(tc, test_suspended_orphan_ends);
    tcase_add_test(tc, test_suspend_running_child);
    tcase_add_test(tc, test_inherit_adopt);
    suite_add_tcase(s, tc);
    return unit_run(s);
}
