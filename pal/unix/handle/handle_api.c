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

/* A process handle argument: false (ERROR_INVALID_HANDLE) unless h is a
 * process handle; *current says whether it is the current process. */
static bool handle_process_arg(HANDLE h, bool *current)
{
    handle_pin pin;
    struct pal_object *obj = handle_lookup(h, &process_ops, &pin);
    handle_unpin(pin);
    *current = obj == process_current_object();
    return obj != NULL;
}

/*
 * Handles live in one process, so a duplicate to or from another process is
 * the handle value itself, as the spec allows (spec DuplicateHandle): into
 * another process, *lpTargetHandle is the value to pass to
 * PAL_LocalHandleToRemote; from another process, hSourceHandle is already
 * the local handle PAL_RemoteHandleToLocal made. Either way the caller ends
 * up with one handle here to close once, and DUPLICATE_CLOSE_SOURCE closes
 * nothing: the source is the value handed on.
 */
static bool duplicate_across(HANDLE source_process, bool source_current, HANDLE source,
                             LPHANDLE target)
{
    HANDLE value = source;
    if (source == HANDLE_PSEUDO_THREAD) {
        /* Another process's thread cannot be reached, nor ours remoted. */
        error_set(ERROR_NOT_SUPPORTED);
        return false;
    }
    if (!target)
        return true; /* nothing to hand back (see duplicate_handle) */
    if (source == HANDLE_PSEUDO_PROCESS && !source_current) {
        /* Another process's GetCurrentProcess(): that process. Here we hold
         * it as source_process, so the duplicate is a handle to that. */
        handle_pin pin;
        struct pal_object *obj = handle_lookup(source_process, &process_ops, &pin);
        if (!obj)
            return false;
        object_addref(obj);
        handle_unpin(pin);
        value = handle_alloc(obj);
        if (!value)
            return false;
    }
    *target = value;
    return true;
}

static BOOL duplicate_handle(HANDLE hSourceProcessHandle, HANDLE hSourceHandle,
                             HANDLE hTargetProcessHandle, LPHANDLE lpTargetHandle,
                             BOOL bInheritHandle, DWORD dwOptions)
{
    bool source_current, target_current;
    if (!handle_process_arg(hSourceProcessHandle, &source_current))
        return FALSE;
    handle_pin pin;
    struct pal_object *obj = handle_lookup(hSourceHandle, NULL, &pin);
    if (!obj)
        return FALSE;
    BOOL ok = TRUE;
    if (!handle_process_arg(hTargetProcessHandle, &target_current)) {
        ok = FALSE;
    } else if (!source_current || !target_current) {
        handle_unpin(pin);
        return duplicate_across(hSourceProcessHandle, source_current, hSourceHandle,
                                lpTargetHandle);
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
