/*
 * palsuite.h - the palsuite harness: the only header a test includes.
 *
 * Every test builds twice (ARCHITECTURE.md, "The palsuite contract"):
 *   native:    against rotor_pal.h alone (it declares printf, exit, ... as the
 *              PAL C runtime; a test includes nothing else from libc);
 *   reference: with MinGW against <windows.h> plus pal/win32, run under Wine.
 * Write format strings by Win32 printf rules, which both legs follow: %u for a
 * DWORD, %d for a BOOL, %p for a HANDLE, %ws for a WCHAR string.
 *
 * The macros never disturb the LastError they report: they read it before
 * printing anything.
 */
#ifndef PALSUITE_H
#define PALSUITE_H

#ifdef _WIN32
/*
 * The reference printf is msvcrt's (Win32 rules: %ws, %I64x). MinGW swaps in
 * its own C99 printf for -std=gnu11 unless this is 0 before any header.
 */
#ifndef __USE_MINGW_ANSI_STDIO
#define __USE_MINGW_ANSI_STDIO 0
#endif
#include <winsock2.h> /* rotor_pal.h declares Winsock too; it must precede windows.h */
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "pal_win32.h"
#else
#include <rotor_pal.h>
#endif

/* An unlikely LastError, set before a call to prove the call changed it. */
#define PALSUITE_SENTINEL_ERROR 0x5A5AA5A5u

/* Trace(fmt, ...): printf to stdout and flush, keeping the LastError. */
#define Trace(...)                                                                                 \
    do {                                                                                           \
        DWORD palsuite_err_ = GetLastError();                                                      \
        printf(__VA_ARGS__);                                                                       \
        fflush(stdout);                                                                            \
        SetLastError(palsuite_err_);                                                               \
    } while (0)

/* Fail(fmt, ...): print "FAIL: file:line: message" and exit(1). */
#define Fail(...)                                                                                  \
    do {                                                                                           \
        printf("FAIL: %s:%d: ", __FILE__, __LINE__);                                               \
        printf(__VA_ARGS__);                                                                       \
        printf("\n");                                                                              \
        fflush(stdout);                                                                            \
        exit(1);                                                                                   \
    } while (0)

/* CHECK(cond, fmt, ...): Fail with the message and the LastError unless cond holds. */
#define CHECK(cond, ...)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            DWORD palsuite_err_ = GetLastError();                                                  \
            printf("FAIL: %s:%d: ", __FILE__, __LINE__);                                           \
            printf(__VA_ARGS__);                                                                   \
            printf(" [false: %s; GetLastError() = %u]\n", #cond, palsuite_err_);                   \
            fflush(stdout);                                                                        \
            exit(1);                                                                               \
        }                                                                                          \
    } while (0)

/* CHECK_ERROR(expected): the LastError is now `expected`. */
#define CHECK_ERROR(expected)                                                                      \
    do {                                                                                           \
        DWORD palsuite_err_ = GetLastError();                                                      \
        if (palsuite_err_ != (DWORD)(expected))                                                    \
            Fail("GetLastError() = %u, expected %s = %u", palsuite_err_, #expected,                \
                 (DWORD)(expected));                                                               \
    } while (0)

/*
 * CHECK_FAILS(call, fail_value, expected_error): `call` returns `fail_value`
 * and sets the LastError to `expected_error` (it is preset to a sentinel).
 */
#define CHECK_FAILS(call, fail_value, expected_error)                                              \
    do {                                                                                           \
        ULONG_PTR palsuite_ret_;                                                                   \
        DWORD palsuite_err_;                                                                       \
        SetLastError(PALSUITE_SENTINEL_ERROR);                                                     \
        palsuite_ret_ = (ULONG_PTR)(call);                                                         \
        palsuite_err_ = GetLastError();                                                            \
        if (palsuite_ret_ != (ULONG_PTR)(fail_value) || palsuite_err_ != (DWORD)(expected_error))  \
            Fail("%s returned %p with GetLastError() = %u; expected %s with %s = %u", #call,       \
                 (void *)palsuite_ret_, palsuite_err_, #fail_value, #expected_error,               \
                 (DWORD)(expected_error));                                                         \
    } while (0)

/*
 * CHECK_SUCCEEDS(call, ok_value): `call` returns `ok_value` and leaves the
 * LastError alone, as successful Win32 calls do (it is preset to a sentinel).
 */
#define CHECK_SUCCEEDS(call, ok_value)                                                             \
    do {                                                                                           \
        ULONG_PTR palsuite_ret_;                                                                   \
        DWORD palsuite_err_;                                                                       \
        SetLastError(PALSUITE_SENTINEL_ERROR);                                                     \
        palsuite_ret_ = (ULONG_PTR)(call);                                                         \
        palsuite_err_ = GetLastError();                                                            \
        if (palsuite_ret_ != (ULONG_PTR)(ok_value))                                                \
            Fail("%s returned %p, expected %s [GetLastError() = %u]", #call,                       \
                 (void *)palsuite_ret_, #ok_value, palsuite_err_);                                 \
        if (palsuite_err_ != PALSUITE_SENTINEL_ERROR)                                              \
            Fail("%s succeeded but changed the LastError to %u", #call, palsuite_err_);            \
    } while (0)

/* PALSUITE_INIT(argc, argv): PAL_Initialize or fail the test. */
#define PALSUITE_INIT(argc, argv)                                                                  \
    do {                                                                                           \
        int palsuite_rc_ = PAL_Initialize((argc), (argv));                                         \
        if (palsuite_rc_ != 0)                                                                     \
            Fail("PAL_Initialize returned %d", palsuite_rc_);                                      \
    } while (0)

/*
 * Multi-process tests: a test starts a helper program built beside it
 * (helperN.c in the same folder) and waits for its exit code.
 *   palsuite_process p = palsuite_spawn("helper1", "arg");
 *   CHECK(palsuite_join(p) == 0, ...);
 * Both legs use CreateProcess: "helper1" is found beside the test (as
 * helper1.exe on Windows, which appends the extension).
 */
typedef HANDLE palsuite_process;

static inline palsuite_process palsuite_spawn(const char *helper, const char *arg)
{
    char cmd[512];
    STARTUPINFOA si;
    PROCESS_INFORMATION pi;
    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    _snprintf(cmd, sizeof(cmd), "%s %s", helper, arg);
    if (!CreateProcessA(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi))
        Fail("CreateProcessA(%s) failed: %u", cmd, GetLastError());
    CloseHandle(pi.hThread);
    return pi.hProcess;
}

static inline int palsuite_join(palsuite_process p)
{
    DWORD code = 0;
    if (WaitForSingleObject(p, INFINITE) != WAIT_OBJECT_0 || !GetExitCodeProcess(p, &code))
        Fail("waiting for a helper process failed: %u", GetLastError());
    CloseHandle(p);
    return (int)code;
}

/*
 * palsuite_spawn_piped: palsuite_spawn with the helper's standard input and
 * output on pipes (STARTF_USESTDHANDLES, inheritable ends, bInheritHandles
 * TRUE): *to_child writes to its input, *from_child reads its output. The
 * child's ends are closed here.
 */
static inline palsuite_process palsuite_spawn_piped(const char *helper, const char *arg,
                                                    HANDLE *to_child, HANDLE *from_child)
{
    char cmd[512];
    STARTUPINFOA si;
    PROCESS_INFORMATION pi;
    SECURITY_ATTRIBUTES sa;
    HANDLE in_r, out_w;
    sa.nLength = sizeof(sa);
    sa.lpSecurityDescriptor = NULL;
    sa.bInheritHandle = TRUE;
    if (!CreatePipe(&in_r, to_child, &sa, 0) || !CreatePipe(from_child, &out_w, &sa, 0))
        Fail("CreatePipe failed: %u", GetLastError());
    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    si.dwFlags = STARTF_USESTDHANDLES;
    si.hStdInput = in_r;
    si.hStdOutput = out_w;
    si.hStdError = GetStdHandle(STD_ERROR_HANDLE);
    _snprintf(cmd, sizeof(cmd), "%s %s", helper, arg);
    if (!CreateProcessA(NULL, cmd, NULL, NULL, TRUE, 0, NULL, NULL, &si, &pi))
        Fail("CreateProcessA(%s) failed: %u", cmd, GetLastError());
    CloseHandle(pi.hThread);
    CloseHandle(in_r);
    CloseHandle(out_w);
    return pi.hProcess;
}

/* Reads one line (up to '\n', which is dropped) from a pipe. */
static inline void palsuite_read_line(HANDLE from, char *buf, DWORD size)
{
    DWORD got = 0, n;
    while (got + 1 < size) {
        if (!ReadFile(from, buf + got, 1, &n, NULL) || n != 1)
            Fail("reading a line from a helper failed: %u", GetLastError());
        if (buf[got] == '\n')
            break;
        got++;
    }
    buf[got] = 0;
}

/* Ends this process at once, as a kill would: no clean-up runs. */
#ifdef _WIN32
static inline void palsuite_kill_self(void) { TerminateProcess(GetCurrentProcess(), 137); }
#else
extern int kill(int pid, int sig);
extern int getpid(void);
/* A real SIGKILL (the helper's robust mutexes die with it); its parent's
 * GetExitCodeProcess reads 128 + 9 = 137, as on the Windows leg. */
static inline void palsuite_kill_self(void) { kill(getpid(), 9 /* SIGKILL */); }
#endif

/* A name unique to this run of a test ("<base>.<hex id>"), for named objects
 * shared with its helpers: give the helper the id (palsuite_id_arg) and it
 * builds the same names. */
static inline void palsuite_object_name(WCHAR *buf, const char *base, DWORD id)
{
    static const char hex[] = "0123456789abcdef";
    int n = 0, shift;
    while (*base)
        buf[n++] = (WCHAR)*base++;
    buf[n++] = '.';
    for (shift = 28; shift >= 0; shift -= 4)
        buf[n++] = (WCHAR)hex[(id >> shift) & 0xf];
    buf[n] = 0;
}

static inline void palsuite_id_arg(char *buf, DWORD id) { _snprintf(buf, 16, "%08x", id); }

static inline DWORD palsuite_parse_id(const char *arg)
{
    DWORD id = 0;
    for (; *arg; arg++)
        id = id * 16 + (DWORD)(*arg <= '9' ? *arg - '0' : *arg - 'a' + 10);
    return id;
}

#endif /* PALSUITE_H */
