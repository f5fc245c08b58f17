/*
 * lasterror.c - GetLastError, SetLastError, and errno -> Win32 translation
 * from the table generated out of satellite/errors.tsv.
 */
#include "internal.h"

#include "error_errno_map.h"

#include <errno.h>

__thread __attribute__((tls_model("initial-exec"))) PAL_THREAD_FAST PAL_ThreadFast;

DWORD error_from_errno(int err)
{
    switch (err) {
#define ERROR_ERRNO_CASE(errno_name, win32_code)                                                   \
    case errno_name:                                                                               \
        return win32_code;
        ERROR_ERRNO_MAP(ERROR_ERRNO_CASE)
#undef ERROR_ERRNO_CASE
    case 0:
        return ERROR_SUCCESS;
    default:
        return ERROR_GEN_FAILURE;
    }
}

void error_set_from_errno(void) { error_set(error_from_errno(errno)); }

DWORD PALAPI GetLastError(void)
{
    PAL_TRACE_ENTER(GetLastError, "");
    return PAL_TRACE_RETURN(GetLastError, DWORD, "%u", error_last_error);
}

VOID PALAPI SetLastError(DWORD dwErrCode)
{
    PAL_TRACE_ENTER(SetLastError, "dwErrCode=%u", dwErrCode);
    error_last_error = dwErrCode;
    PAL_TRACE_RETURN_VOID(SetLastError);
}
