/*
 * handle_api.c - CloseHandle and DuplicateHandle, dispatching through the
 * handle manager.
 */
#include "internal.h"
#include "process.h"
#include "thread.h"

BOOL PALAPI CloseHandle(HANDLE hObject)
{
    PAL_TRACE_ENTER(CloseHandle, "hObject=%p", hObject);
    /* Closing a pseudo-handle does nothing and succeeds, as on Windows. */
    BOOL ret = handle_is_pseudo(hObject) || handle_close(hObject);
    return PAL_TRACE_RETURN(CloseHandle, BOOL, "%d", ret);
}

/* Is h (a process handle argument) the current process? */
static bool handle_is_current_process(HANDLE h)
{
    handle_pin pin;
    struct pal_object *obj = handle_lookup(h, &process_ops, &pin);
    handle_unpin(pin);
    return obj && obj == process_current_object();
}

static BOOL duplicate_handle(HANDLE hSourceProcessHandle, HANDLE hSourceHandle,
                             HANDLE hTargetProcessHandle, LPHANDLE lpTargetHandle,
                             BOOL bInheritHandle, DWORD dwOptions)
{
    /* Handles live in this process only: duplicating from or into another
     * process (a CreateProcess or OpenProcess handle) is not supported. */
    if (!handle_is_current_process(hSourceProcessHandle)) {
        error_set(ERROR_INVALID_HANDLE);
        return FALSE;
    }
    handle_pin pin;
    struct pal_object *obj = handle_lookup(hSourceHandle, NULL, &pin);
    if (!obj)
        return FALSE;
    BOOL ok = TRUE;
    if (!handle_is_current_process(hTargetProcessHandle)) {
        error_set(ERROR_INVALID_HANDLE);
        ok = FALSE;
    } else if (lpTargetHandle) {
        /* Windows makes the duplicate even without lpTargetHandle, but then
         * nobody can ever use or close it: not making it is the same. */
        object_addref(obj);
        /* The duplicate's own inheritable flag, as Windows gives it. */
        *lpTargetHandle = handle_alloc_inherit(obj, bInheritHandle != FALSE);
        ok = *lpTargetHandle != NULL;
    }
    handle_unpin(pin);
    /* The source is closed whether or not the duplication succeeded. */
    if (dwOptions & DUPLICATE_CLOSE_SOURCE)
        CloseHandle(hSourceHandle);
    return ok;
}

BOOL PALAPI DuplicateHandle(HANDLE hSourceProcessHandle, HANDLE hSourceHandle,
                            HANDLE hTargetProcessHandle, LPHANDLE lpTargetHandle,
                            DWORD dwDesiredAccess, BOOL bInheritHandle, DWORD dwOptions)
{
    PAL_TRACE_ENTER(DuplicateHandle,
                    "hSourceProcessHandle=%p, hSourceHandle=%p, hTargetProcessHandle=%p, "
                    "lpTargetHandle=%p, dwDesiredAccess=%#x, bInheritHandle=%d, dwOptions=%#x",
                    hSourceProcessHandle, hSourceHandle, hTargetProcessHandle, lpTargetHandle,
                    dwDesiredAccess, bInheritHandle, dwOptions);
    if (lpTargetHandle)
        *lpTargetHandle = NULL; /* Windows clears it on failure too */
    BOOL ret = duplicate_handle(hSourceProcessHandle, hSourceHandle, hTargetProcessHandle,
                                lpTargetHandle, bInheritHandle, dwOptions);
    return PAL_TRACE_RETURN(DuplicateHandle, BOOL, "%d", ret);
}
