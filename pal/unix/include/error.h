/*
 * error.h - LastError and the errno -> Win32 translation (misc/lasterror.c).
 */
#ifndef PAL_UNIX_ERROR_H
#define PAL_UNIX_ERROR_H

/* The thread's LastError lives in a plain thread-local: SetLastError is on
 * every failure path and must cost no more than a store. It is part of the
 * exported PAL_ThreadFast (misc/lasterror.c), which the header's inline
 * TlsGetValue writes. */
#define error_last_error (PAL_ThreadFast.LastError)

static inline void error_set(DWORD code) { error_last_error = code; }

/* Win32 code for a POSIX errno value (the default mapping of satellite/errors.tsv);
 * ERROR_GEN_FAILURE for values the table does not know. */
DWORD error_from_errno(int err);

/* error_set(error_from_errno(errno)). */
void error_set_from_errno(void);

#endif
