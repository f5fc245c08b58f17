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

#endif /* PALSUITE_H */
