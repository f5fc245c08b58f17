/*
 * process.h - process objects (process/process.c) and process creation
 * (process/process_create.c, process/process_pe.c).
 *
 * One object type for every process handle: the current process (behind
 * GetCurrentProcess, never signalled) and other processes, held by a pidfd.
 * An internal reaper thread sleeps in epoll_wait on the pidfds of the
 * processes someone may wait for; when one becomes readable (the process
 * ended) it collects the exit status (waitid on the pidfd, for children, so
 * no zombie is left), stores the exit code and signals the object through
 * the wait engine. Waits on processes therefore never poll.
 */
#ifndef PAL_UNIX_PROCESS_H
#define PAL_UNIX_PROCESS_H

#include "sync.h"
#include "handle.h"

#include <sys/types.h>

struct pal_thread;

struct pal_process {
    struct pal_object obj;
    struct waitable waitable;
    /* Set (release) once the process has ended and exit_code, exit_time,
     * kernel_time and user_time are final. */
    _Atomic uint32_t ended;
    pid_t pid;
    int pidfd;     /* -1 for the current process */
    bool is_child; /* created by CreateProcess: the reaper collects its status */
    DWORD exit_code;
    /* TerminateProcess's exit code, reported if the process dies of the
     * SIGKILL it sent (0: none sent). A code of 0 is stored as
     * PROCESS_EXIT_KILLED + SIGKILL (the spec: never zero). */
    _Atomic uint32_t terminate_code;
    /* FILETIMEs in 100 ns units: creation and exit as absolute times since
     * 1601, CPU times as durations; the CPU times are final once ended. */
    uint64_t creation_time, exit_time, kernel_time, user_time;
    /* The child's main thread, for PROCESS_INFORMATION.hThread: a thread
     * object (thread_ops) signalled with the process, so WaitForSingleObject
     * and GetExitCodeThread work on it as on Windows. NULL for a process
     * opened with OpenProcess. */
    struct pal_thread *main_thread;
    /* The registry of processes by pid (process.c). */
    struct pal_process *registry_next;
};

extern const struct handle_ops process_ops;

/* GetExitCodeProcess of a process killed by signal N (not by
 * TerminateProcess): PROCESS_EXIT_KILLED + N, as shells report it. Exit
 * codes are sign-extended from 8 bits (spec GetExitCodeProcess), so an exit
 * status of 128..255 reads 0xFFFFFF80..0xFFFFFFFF and never collides. */
#define PROCESS_EXIT_KILLED 128u
/* A process that is not our child ended: Linux gives its status only to its
 * parent, so its exit code is unknown. */
#define PROCESS_EXIT_UNKNOWN 0xFFFFFFFFu

/* The exit code GetExitCodeProcess reports for a wait status
 * (si_code / si_status of waitid). */
DWORD process_exit_code_from_status(int code, int status);

/* A new process object for `pid` held by `pidfd` (taken over), registered
 * and watched by the reaper; NULL with the LastError set. The caller gets
 * one reference. With `main_thread`, a thread object is made for the
 * child's main thread (tid = pid). */
struct pal_process *process_adopt_pidfd(pid_t pid, int pidfd, bool is_child, bool main_thread);

/* Remoting a process handle (PAL_LocalHandleToRemote): the process is known
 * by its pid and its start time in clock ticks since boot (as
 * /proc/<pid>/stat gives it; the low PROCESS_REMOTE_START_BITS are kept),
 * which a reused pid does not repeat. A process that has ended is sent as
 * ended, with its exit code: start is then PROCESS_REMOTE_ENDED. */
#define PROCESS_REMOTE_START_BITS 40
#define PROCESS_REMOTE_START_MASK ((UINT64_C(1) << PROCESS_REMOTE_START_BITS) - 1)
#define PROCESS_REMOTE_ENDED UINT64_MAX
bool process_remote_id(struct pal_object *obj, pid_t *pid, uint64_t *start, DWORD *exit_code);

/* PAL_RemoteHandleToLocal of a process: a new handle to the process `pid`
 * that started at `start` (masked), our own object if it is our child or
 * ourselves. If it has ended (gone, or its pid taken by another process),
 * the handle is to an ended process whose exit code is `exit_code` for an
 * ended cookie and unknown (PROCESS_EXIT_UNKNOWN) otherwise. NULL with the
 * LastError. */
HANDLE process_open_remote(pid_t pid, uint64_t start, DWORD exit_code);

/* process_pe.c: does the file at `fd` hold a PE/COFF image whose CLI header
 * says it is IL-only (spec CreateProcess)? False for anything else,
 * including short or malformed files. */
bool process_pe_is_il_only(int fd);

/* ---- Handle inheritance (process_inherit.c) ---- */

struct process_inherited {
    int fd;
    handle_pin pin; /* keeps the descriptor open until released */
};

/* What CreateProcess with bInheritHandles passes: the descriptors of the
 * inheritable file and pipe handles, and the environment entry naming their
 * handle values (NULL when there is none). */
struct process_inherit {
    size_t count;
    struct process_inherited *items;
    char *env;
};

/* Fills `in` (pinned until process_inherit_release); false with
 * ERROR_NOT_ENOUGH_MEMORY. */
bool process_inherit_collect(struct process_inherit *in);
void process_inherit_release(struct process_inherit *in);

/* A malloc'ed copy of the array envp (the strings are shared) without any
 * earlier entry of the variable, with `entry` added. NULL when out of memory
 * (LastError set). */
char **process_inherit_envp(char **envp, const char *entry);

/* In the child's first PAL_Initialize: adopts the handles its parent
 * passed, at their values, and removes the variable. */
void process_inherit_adopt(void);

/* Number of process objects not yet freed (leak checks in tests). */
size_t process_object_count(void);

#endif
