/*
 * process_create.c - CreateProcessA, CreateProcessW.
 *
 * Both convert their strings to UTF-8 (the PAL's ANSI code page) and share
 * process_create: split the command line by the Windows rules
 * (env_split_command_line), find the program as Windows does (below), check
 * the directory, probe the file for an IL-only PE image (then run
 * "<PAL directory>/clix <image> <args>", spec CreateProcess), and start it
 * with posix_spawn. glibc's posix_spawn reports a failed exec as its own
 * error, so a program that cannot run fails CreateProcess itself instead of
 * becoming a child that exits 127. The child is then held by a pidfd
 * (pidfd_open: the pid cannot be reused before the reaper collects it).
 *
 * Finding the program (MSDN CreateProcess, lpApplicationName NULL): the
 * first token of the command line; ".exe" is appended when its file name has
 * no extension and it has no directory part. Without a directory part it is
 * looked for in the directory of the running executable, the current
 * directory, then each PATH directory. Native programs have no extension:
 * where Windows would look only for "name.exe", we look for "name.exe", then
 * "name", in each directory. Backslashes are not translated (path
 * translation belongs to the file area); a name that is not found fails with
 * ERROR_FILE_NOT_FOUND, a directory that is not one with ERROR_DIRECTORY.
 */
#include "internal.h"
#include "file.h"
#include "environment.h"
#include "process.h"
#include "thread.h"
#include "unicode.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* Flags accepted; CREATE_NEW_CONSOLE, DETACHED_PROCESS, CREATE_NO_WINDOW and
 * the priority class have no meaning without consoles of our own (the spec
 * lets CREATE_NEW_CONSOLE be ignored). */
#define PROCESS_CREATE_FLAGS                                                                       \
    (CREATE_NEW_CONSOLE | DETACHED_PROCESS | CREATE_NO_WINDOW | CREATE_UNICODE_ENVIRONMENT |       \
     CREATE_NEW_PROCESS_GROUP | NORMAL_PRIORITY_CLASS | CREATE_SUSPENDED)

/* A malloc'ed "dir/name" + suffix if it names a regular file, else NULL. */
static char *process_try_path(const char *dir, size_t dir_len, const char *name, const char *suffix)
{
    size_t name_len = strlen(name), suffix_len = strlen(suffix);
    char *path = malloc(dir_len + 1 + name_len + suffix_len + 1);
    if (!path)
        return NULL;
    char *p = path;
    if (dir_len) {
        memcpy(p, dir, dir_len);
        p += dir_len;
        *p++ = '/';
    }
    memcpy(p, name, name_len);
    memcpy(p + name_len, suffix, suffix_len + 1);
    struct stat st;
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
        return path;
    free(path);
    return NULL;
}

/* name.exe (when Windows would append it), then name, in dir. */
static char *process_try_dir(const char *dir, size_t dir_len, const char *name, bool add_exe)
{
    char *path = add_exe ? process_try_path(dir, dir_len, name, ".exe") : NULL;
    return path ? path : process_try_path(dir, dir_len, name, "");
}

/* `path` (taken over) made absolute against the current directory: the
 * child may start in another one. NULL with the LastError set. */
static char *process_absolute(char *path)
{
    if (!path || path[0] == '/')
        return path;
    char cwd[PATH_MAX];
    char *abs = NULL;
    if (getcwd(cwd, sizeof(cwd)) && (abs = malloc(strlen(cwd) + strlen(path) + 2)))
        strcat(strcat(strcpy(abs, cwd), "/"), path);
    free(path);
    if (!abs)
        error_set(ERROR_NOT_ENOUGH_MEMORY);
    return abs;
}

/* The program file for the command line's first token, malloc'ed and
 * absolute; NULL with the LastError set. */
static char *process_find_program(const char *name)
{
    char *path = NULL;
    const char *base = strrchr(name, '/');
    if (base) {
        /* A directory part: that file only, relative to the current directory. */
        path = process_try_path(NULL, 0, name, "");
    } else if (*name) {
        bool add_exe = strchr(name, '.') == NULL;
        char exe[PATH_MAX];
        ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
        const char *slash = n > 0 ? memrchr(exe, '/', (size_t)n) : NULL;
        if (slash)
            path = process_try_dir(exe, (size_t)(slash - exe), name, add_exe);
        if (!path)
            path = process_try_dir(NULL, 0, name, add_exe);
        env_read_lock();
        const char *env_path = getenv("PATH");
        char *path_copy = env_path ? strdup(env_path) : NULL;
        env_read_unlock();
        const char *dirs = path_copy;
        while (!path && dirs && *dirs) {
            const char *end = strchrnul(dirs, ':');
            /* An empty PATH entry means the current directory, searched already. */
            if (end > dirs)
                path = process_try_dir(dirs, (size_t)(end - dirs), name, add_exe);
            dirs = *end ? end + 1 : end;
        }
        free(path_copy);
    }
    if (!path) {
        error_set(ERROR_FILE_NOT_FOUND);
        return NULL;
    }
    return process_absolute(path);
}

/* The full path of clix beside the library, malloc'ed. */
static char *process_clix_path(void)
{
    WCHAR dir[PATH_MAX];
    if (!PAL_GetPALDirectoryW(dir, PAL_ARRAY_SIZE(dir)))
        return NULL;
    size_t n = unicode_utf16_to_utf8(dir, NULL, 0);
    char *path = malloc(n + sizeof("clix"));
    if (!path) {
        error_set(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    unicode_utf16_to_utf8(dir, path, n + 1);
    strcpy(path + n, "clix"); /* the directory ends with '/' */
    return path;
}

/* An environment block as an envp array, in one malloc'ed block: an ANSI
 * block's strings are used in place, a UTF-16 block's converted after the
 * array. NULL with the LastError set. */
static char **process_envp(const void *block, bool unicode)
{
    size_t count = 0, bytes = 0;
    if (unicode) {
        for (const WCHAR *w = block; *w; w++) {
            size_t len = 0;
            while (w[len])
                len++;
            bytes += unicode_utf16_to_utf8(w, NULL, 0) + 1;
            count++;
            w += len;
        }
    } else {
        for (const char *s = block; *s; s += strlen(s) + 1)
            count++;
    }
    char **envp = malloc((count + 1) * sizeof(char *) + bytes);
    if (!envp) {
        error_set(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    char *out = (char *)(envp + count + 1);
    size_t i = 0;
    if (unicode) {
        for (const WCHAR *w = block; *w; i++) {
            size_t n = unicode_utf16_to_utf8(w, out, bytes) + 1;
            envp[i] = out;
            out += n;
            bytes -= n;
            while (*w)
                w++;
            w++;
        }
    } else {
        for (const char *s = block; *s; s += strlen(s) + 1)
            envp[i++] = (char *)s;
    }
    envp[count] = NULL;
    return envp;
}

static DWORD process_spawn_error(int err)
{
    switch (err) {
    case ENOENT:
        return ERROR_FILE_NOT_FOUND;
    case ENOEXEC:
    case ELIBBAD:
        return ERROR_BAD_EXE_FORMAT;
    default:
        return error_from_errno(err);
    }
}

/* Starts `path` with argv/envp in `dir`: the new child's pidfd (and *pid), or
 * -1 with the LastError set. */
/* A pidfd for the child just started; if none can be had, the child is
 * killed and reaped (nothing could wait for it) and -1 returned with the
 * LastError set. */
static int process_pidfd_or_reap(pid_t pid)
{
    int pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
    if (pidfd < 0) {
        int err = errno;
        kill(pid, SIGKILL);
        waitpid(pid, NULL, 0);
        error_set(error_from_errno(err));
    }
    return pidfd;
}

static int process_spawn(const char *path, char **argv, char **envp, const char *dir, DWORD flags,
                         const int *std_fds, const struct process_inherit *in, pid_t *pid)
{
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attr;
    posix_spawn_file_actions_init(&actions);
    posix_spawnattr_init(&attr);
    if (dir)
        posix_spawn_file_actions_addchdir_np(&actions, dir);
    /* STARTF_USESTDHANDLES: the given descriptors become the child's 0, 1
     * and 2 (dup2 also clears close-on-exec); a missing one is /dev/null,
     * so that no other file the child opens takes its place. */
    for (int i = 0; std_fds && i < 3; i++) {
        if (std_fds[i] >= 0)
            posix_spawn_file_actions_adddup2(&actions, std_fds[i], i);
        else
            posix_spawn_file_actions_addopen(&actions, i, "/dev/null", i == 0 ? O_RDONLY : O_WRONLY,
                                             0);
    }
    /* Inherited handles: the same descriptor, close-on-exec cleared. */
    for (size_t i = 0; i < in->count; i++)
        posix_spawn_file_actions_adddup2(&actions, in->items[i].fd, in->items[i].fd);
    /* The child starts with no signal blocked, whatever the calling thread
     * blocks; a new process group if asked. */
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attr, &none);
    short attr_flags = POSIX_SPAWN_SETSIGMASK;
    if (flags & CREATE_NEW_PROCESS_GROUP) {
        attr_flags |= POSIX_SPAWN_SETPGROUP;
        posix_spawnattr_setpgroup(&attr, 0);
    }
    posix_spawnattr_setflags(&attr, attr_flags);
    if (!envp)
        env_read_lock();
    int err = posix_spawn(pid, path, &actions, &attr, argv, envp ? envp : environ);
    if (!envp)
        env_read_unlock();
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    if (err) {
        error_set(process_spawn_error(err));
        return -1;
    }
    return process_pidfd_or_reap(*pid);
}

/* In the child of process_fork_suspended (only async-signal-safe calls
 * until execve): what posix_spawn's attributes and file actions do for
 * process_spawn, then the wait for ResumeThread's byte on the gate. */
static __attribute__((noreturn)) void process_suspended_child(const char *path, char **argv,
                                                              char **envp, const char *dir,
                                                              DWORD flags, const int *std_fds,
                                                              const struct process_inherit *in,
                                                              const int *gate)
{
    close(gate[1]);
    /* Our handlers must not run here: default dispositions (ignored signals
     * stay ignored, as across exec), then no signal blocked. */
    for (int sig = 1; sig < NSIG; sig++) {
        struct sigaction sa;
        if (sig != SIGKILL && sig != SIGSTOP && sigaction(sig, NULL, &sa) == 0 &&
            sa.sa_handler != SIG_IGN && sa.sa_handler != SIG_DFL) {
            sa.sa_handler = SIG_DFL;
            sa.sa_flags = 0;
            sigaction(sig, &sa, NULL);
        }
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    if (flags & CREATE_NEW_PROCESS_GROUP)
        setpgid(0, 0);
    if (dir && chdir(dir) != 0)
        _exit(127);
    for (int i = 0; std_fds && i < 3; i++) {
        int fd = std_fds[i];
        if (fd < 0)
            fd = open("/dev/null", i == 0 ? O_RDONLY : O_WRONLY);
        if (fd != i) {
            dup2(fd, i); /* clears close-on-exec on i */
            if (std_fds[i] < 0)
                close(fd);
        } else {
            fcntl(i, F_SETFD, 0);
        }
    }
    for (size_t i = 0; i < in->count; i++)
        fcntl(in->items[i].fd, F_SETFD, 0);
    /* ResumeThread writes one byte. The end of the pipe instead means the
     * thread handle is gone and nobody can resume us: end as killed. */
    char byte;
    ssize_t n;
    do
        n = read(gate[0], &byte, 1);
    while (n < 0 && errno == EINTR);
    if (n != 1)
        kill(getpid(), SIGKILL);
    close(gate[0]);
    execve(path, argv, envp);
    _exit(127);
}

/*
 * CREATE_SUSPENDED: posix_spawn cannot wait between fork and exec, so the
 * child is forked and waits there for ResumeThread (process_suspended_child)
 * before it executes anything of its program. The pidfd as process_spawn's,
 * and *gate the pipe end that releases it. What can be checked before is:
 * an exec that fails after the resume ends the child with 127.
 */
static int process_fork_suspended(const char *path, char **argv, char **envp, const char *dir,
                                  DWORD flags, const int *std_fds,
                                  const struct process_inherit *in, pid_t *pid, int *gate_out)
{
    if (access(path, X_OK) != 0) {
        error_set(process_spawn_error(errno == EACCES ? EACCES : errno));
        return -1;
    }
    int gate[2];
    if (pipe2(gate, O_CLOEXEC) != 0) {
        error_set_from_errno();
        return -1;
    }
    /* Every signal blocked across fork: none reaches the child before it
     * has reset its dispositions. */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    if (!envp)
        env_read_lock();
    *pid = fork();
    if (*pid == 0)
        process_suspended_child(path, argv, envp ? envp : environ, dir, flags, std_fds, in, gate);
    int err = errno;
    if (!envp)
        env_read_unlock();
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    close(gate[0]);
    if (*pid < 0) {
        close(gate[1]);
        error_set(error_from_errno(err));
        return -1;
    }
    int pidfd = process_pidfd_or_reap(*pid);
    if (pidfd < 0) {
        close(gate[1]);
        return -1;
    }
    *gate_out = gate[1];
    return pidfd;
}

struct process_create_args {
    const char *application; /* NULL: the command line's first token */
    const char *command_line;
    const void *environment;
    const char *directory;
    DWORD flags;
    DWORD startup_flags;
    bool inherit_handles; /* bInheritHandles */
    HANDLE std_handles[3]; /* with STARTF_USESTDHANDLES: input, output, error */
    LPPROCESS_INFORMATION info;
};

/* hThread's object reaches the child through a pidfd of its own (for
 * SuspendThread/ResumeThread); a suspended child starts with a suspend
 * count of 1 and its gate. false (LastError set) without the pidfd. */
static bool process_main_thread_init(struct pal_process *p, int gate)
{
    struct pal_thread *t = p->main_thread;
    t->child_pidfd = fcntl(p->pidfd, F_DUPFD_CLOEXEC, 0);
    if (t->child_pidfd < 0) {
        error_set_from_errno();
        return false;
    }
    if (gate >= 0) {
        t->child_gate = gate;
        atomic_store_explicit(&t->suspend_word, THREAD_SUSPEND_GEN_ONE | 1, memory_order_relaxed);
    }
    return true;
}

/* The descriptors behind STARTF_USESTDHANDLES' handles, pinned until
 * process_std_release: a file handle (a file, a pipe end, a standard
 * handle) gives its descriptor; NULL, INVALID_HANDLE_VALUE or a handle of
 * another kind gives -1 (the child gets /dev/null there). As Wine does,
 * without bInheritHandles the handles are given to the child whatever their
 * flag; with it, only inheritable ones (Wine's child then has no standard
 * handle there; ours has /dev/null, so that no file it opens takes the
 * place of a standard stream). */
static void process_std_fds(const HANDLE *handles, bool inherit_handles, int *fds,
                            handle_pin *pins)
{
    for (int i = 0; i < 3; i++) {
        struct file *f = NULL;
        bool inherit = true;
        pins[i] = 0;
        if (handles[i] && handles[i] != INVALID_HANDLE_VALUE)
            f = file_lookup(handles[i], &pins[i]);
        if (f && inherit_handles && handle_get_inherit(handles[i], &inherit) && !inherit)
            f = NULL;
        fds[i] = f ? f->fd : -1;
    }
}

static void process_std_release(handle_pin *pins)
{
    for (int i = 0; i < 3; i++)
        handle_unpin(pins[i]);
}

static bool process_create(const struct process_create_args *a)
{
    if (!a->info || (!a->application && !a->command_line)) {
        /* Windows faults on these; we refuse them. */
        error_set(ERROR_INVALID_PARAMETER);
        return false;
    }
    if (a->flags & ~(DWORD)PROCESS_CREATE_FLAGS) {
        error_set(ERROR_INVALID_PARAMETER);
        return false;
    }
    if (a->directory) {
        struct stat st;
        if (stat(a->directory, &st) != 0 || !S_ISDIR(st.st_mode)) {
            error_set(ERROR_DIRECTORY);
            return false;
        }
    }
    bool ok = false;
    int argc = 0;
    char **argv = env_split_command_line(a->command_line ? a->command_line : "", &argc);
    char *path = NULL, *clix = NULL, **clix_argv = NULL, **envp = NULL;
    if (!argv)
        goto out;
    if (argc == 0 && !a->application) {
        error_set(ERROR_FILE_NOT_FOUND);
        goto out;
    }
    if (argc == 0) {
        /* lpApplicationName alone: it is also argv[0] (room for two is there). */
        argv[0] = (char *)a->application;
        argv[1] = NULL;
        argc = 1;
    }
    if (a->application) {
        /* MSDN: the name as given, relative to the current directory, no
         * search and no extension added. */
        path = process_absolute(process_try_path(NULL, 0, a->application, ""));
        if (!path)
            error_set(ERROR_FILE_NOT_FOUND);
    } else {
        path = process_find_program(argv[0]);
    }
    if (!path)
        goto out;
    char **run_argv = argv;
    const char *run_path = path;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    bool il_only = fd >= 0 && process_pe_is_il_only(fd);
    if (fd >= 0)
        close(fd);
    if (il_only) {
        /* "<PAL directory>/clix <full path of the image> <arguments>". */
        clix = process_clix_path();
        clix_argv = clix ? malloc(((size_t)argc + 2) * sizeof(char *)) : NULL;
        if (!clix_argv) {
            if (clix)
                error_set(ERROR_NOT_ENOUGH_MEMORY);
            goto out;
        }
        clix_argv[0] = clix;
        clix_argv[1] = path;
        for (int i = 1; i <= argc; i++) /* with argv's NULL */
            clix_argv[i + 1] = argv[i];
        run_argv = clix_argv;
        run_path = clix;
    }
    if (a->environment && !(envp = process_envp(a->environment, a->flags & CREATE_UNICODE_ENVIRONMENT)))
        goto out;
    pid_t pid;
    int std_fds[3];
    handle_pin std_pins[3];
    bool use_std = (a->startup_flags & STARTF_USESTDHANDLES) != 0;
    struct process_inherit inherit = {0};
    if (a->inherit_handles && !process_inherit_collect(&inherit))
        goto out;
    /* The inherited handles' values for the child's PAL: in its environment
     * (ours: read under the lock, held until the spawn has copied it). */
    char **run_envp = envp;
    bool env_locked = false;
    if (inherit.env) {
        env_locked = !envp;
        if (env_locked)
            env_read_lock();
        run_envp = process_inherit_envp(envp ? envp : environ, inherit.env);
        if (!run_envp) {
            if (env_locked)
                env_read_unlock();
            process_inherit_release(&inherit);
            goto out;
        }
    }
    if (use_std)
        process_std_fds(a->std_handles, a->inherit_handles, std_fds, std_pins);
    int gate = -1;
    int pidfd = a->flags & CREATE_SUSPENDED
                    ? process_fork_suspended(run_path, run_argv, run_envp, a->directory, a->flags,
                                             use_std ? std_fds : NULL, &inherit, &pid, &gate)
                    : process_spawn(run_path, run_argv, run_envp, a->directory, a->flags,
                                    use_std ? std_fds : NULL, &inherit, &pid);
    if (use_std)
        process_std_release(std_pins);
    if (env_locked)
        env_read_unlock();
    if (run_envp != envp)
        free(run_envp);
    process_inherit_release(&inherit);
    if (pidfd < 0)
        goto out;
    struct pal_process *p = process_adopt_pidfd(pid, pidfd, true, true);
    if (!p) {
        /* The child runs, but nobody could wait for it: end it. */
        if (gate >= 0)
            close(gate);
        kill(pid, SIGKILL);
        waitpid(pid, NULL, 0);
        goto out;
    }
    if (!process_main_thread_init(p, gate)) {
        /* Nobody could resume or suspend it: end it (the reaper collects it). */
        if (gate >= 0)
            close(gate);
        kill(pid, SIGKILL);
        object_release(&p->obj);
        goto out;
    }
    HANDLE process = handle_alloc(&p->obj);
    HANDLE thread = NULL;
    if (process) {
        object_addref(&p->main_thread->obj);
        thread = handle_alloc(&p->main_thread->obj);
        if (!thread)
            CloseHandle(process);
    }
    if (!thread)
        goto out;
    a->info->hProcess = process;
    a->info->hThread = thread;
    a->info->dwProcessId = (DWORD)pid;
    a->info->dwThreadId = (DWORD)pid; /* the main thread's id is the pid on Linux */
    error_set(ERROR_SUCCESS);         /* as Windows: success clears the LastError */
    ok = true;
out:
    free(envp);
    free(clix_argv);
    free(clix);
    free(path);
    free(argv);
    return ok;
}

/* UTF-16 -> UTF-8, malloc'ed; *ok false (LastError set) when out of memory. */
static char *process_narrow(LPCWSTR s, bool *ok)
{
    if (!s)
        return NULL;
    size_t n = unicode_utf16_to_utf8(s, NULL, 0) + 1;
    char *out = malloc(n);
    if (!out) {
        error_set(ERROR_NOT_ENOUGH_MEMORY);
        *ok = false;
        return NULL;
    }
    unicode_utf16_to_utf8(s, out, n);
    return out;
}

BOOL PALAPI CreateProcessW(LPCWSTR lpApplicationName, LPWSTR lpCommandLine,
                           LPSECURITY_ATTRIBUTES lpProcessAttributes,
                           LPSECURITY_ATTRIBUTES lpThreadAttributes, BOOL bInheritHandles,
                           DWORD dwCreationFlags, LPVOID lpEnvironment, LPCWSTR lpCurrentDirectory,
                           LPSTARTUPINFOW lpStartupInfo, LPPROCESS_INFORMATION lpProcessInformation)
{
    PAL_TRACE_ENTER(CreateProcessW,
                    "lpApplicationName=%p L\"%ws\", lpCommandLine=%p L\"%ws\", "
                    "lpProcessAttributes=%p, lpThreadAttributes=%p, bInheritHandles=%d, "
                    "dwCreationFlags=%#x, lpEnvironment=%p, lpCurrentDirectory=%p L\"%ws\", "
                    "lpStartupInfo=%p, lpProcessInformation=%p",
                    PAL_TRACE_WSTR(lpApplicationName), PAL_TRACE_WSTR(lpCommandLine),
                    lpProcessAttributes, lpThreadAttributes, bInheritHandles, dwCreationFlags,
                    lpEnvironment, PAL_TRACE_WSTR(lpCurrentDirectory), lpStartupInfo,
                    lpProcessInformation);
    /* The child gets our standard streams (fds 0-2), as a console child on
     * Windows shares its parent's console, or the STARTF_USESTDHANDLES
     * handles; with bInheritHandles, also our inheritable file and pipe
     * handles (process_inherit.c). The new handles are never inherited
     * (the spec lets the security attributes be ignored). */
    (void)lpProcessAttributes, (void)lpThreadAttributes;
    bool ok = true;
    char *application = process_narrow(lpApplicationName, &ok);
    char *command_line = process_narrow(lpCommandLine, &ok);
    char *directory = process_narrow(lpCurrentDirectory, &ok);
    struct process_create_args a = {
        application, command_line, lpEnvironment, directory, dwCreationFlags,
        lpStartupInfo ? lpStartupInfo->dwFlags : 0, bInheritHandles != FALSE, {NULL, NULL, NULL},
        lpProcessInformation,
    };
    if (lpStartupInfo) {
        a.std_handles[0] = lpStartupInfo->hStdInput;
        a.std_handles[1] = lpStartupInfo->hStdOutput;
        a.std_handles[2] = lpStartupInfo->hStdError;
    }
    BOOL ret = ok && process_create(&a);
    free(application);
    free(command_line);
    free(directory);
    return PAL_TRACE_RETURN(CreateProcessW, BOOL, "%d", ret);
}

BOOL PALAPI CreateProcessA(LPCSTR lpApplicationName, LPSTR lpCommandLine,
                           LPSECURITY_ATTRIBUTES lpProcessAttributes,
                           LPSECURITY_ATTRIBUTES lpThreadAttributes, BOOL bInheritHandles,
                           DWORD dwCreationFlags, LPVOID lpEnvironment, LPCSTR lpCurrentDirectory,
                           LPSTARTUPINFOA lpStartupInfo, LPPROCESS_INFORMATION lpProcessInformation)
{
    PAL_TRACE_ENTER(CreateProcessA,
                    "lpApplicationName=%p \"%s\", lpCommandLine=%p \"%s\", "
                    "lpProcessAttributes=%p, lpThreadAttributes=%p, bInheritHandles=%d, "
                    "dwCreationFlags=%#x, lpEnvironment=%p, lpCurrentDirectory=%p \"%s\", "
                    "lpStartupInfo=%p, lpProcessInformation=%p",
                    PAL_TRACE_STR(lpApplicationName), PAL_TRACE_STR(lpCommandLine),
                    lpProcessAttributes, lpThreadAttributes, bInheritHandles, dwCreationFlags,
                    lpEnvironment, PAL_TRACE_STR(lpCurrentDirectory), lpStartupInfo,
                    lpProcessInformation);
    (void)lpProcessAttributes, (void)lpThreadAttributes;
    struct process_create_args a = {
        lpApplicationName, lpCommandLine, lpEnvironment, lpCurrentDirectory, dwCreationFlags,
        lpStartupInfo ? lpStartupInfo->dwFlags : 0, bInheritHandles != FALSE, {NULL, NULL, NULL},
        lpProcessInformation,
    };
    if (lpStartupInfo) {
        a.std_handles[0] = lpStartupInfo->hStdInput;
        a.std_handles[1] = lpStartupInfo->hStdOutput;
        a.std_handles[2] = lpStartupInfo->hStdError;
    }
    BOOL ret = process_create(&a);
    return PAL_TRACE_RETURN(CreateProcessA, BOOL, "%d", ret);
}
