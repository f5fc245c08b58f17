/*
 * handle_remote.c - PAL_LocalHandleToRemote and PAL_RemoteHandleToLocal:
 * handles passed to another PAL process of this user and this copy of the
 * library.
 *
 * Handles live in one process (handle/handle_table.c), so a handle crosses
 * as a cookie (RHANDLE) that names the object itself, and the receiver opens
 * that object. The cookie is a 64-bit value; its low two bits say what it
 * names (never 0, never all ones, so never NULL or INVALID_HANDLE_VALUE):
 *
 *   named object  1 | type << 2 | inode << 4      the object's file in the
 *                                                 namespace (sync/named.c)
 *   process       2 | pid << 2 | start << 24      pid (22 bits: pid_max is at
 *                                                 most 2^22) and start time in
 *                                                 ticks since boot (40 bits)
 *   ended process 3 | pid << 2 | exit code << 32
 *
 * Events, mutexes, semaphores and processes can be remoted (the spec
 * requires events, mutexes and processes); threads, files and the rest fail
 * with ERROR_NOT_SUPPORTED. An unnamed event, mutex or semaphore is first
 * made shared (its type's publish operation): its state moves to a named
 * twin that no client can name, which every handle of it forwards to from
 * then on, and the cookie names the twin. A named object lives as long as
 * some process holds it, so the remoting process must keep its handle open
 * until the receiver has converted the cookie. DuplicateHandle to or from another
 * process (handle/handle_api.c) copies the handle value, as the spec allows,
 * so that Windows code that duplicates into the other process and then
 * remotes the result runs unchanged.
 */
#include "internal.h"
#include "named.h"
#include "process.h"

#define REMOTE_KIND_MASK 3u
#define REMOTE_KIND_NAMED 1u
#define REMOTE_KIND_PROCESS 2u
#define REMOTE_KIND_ENDED 3u

#define REMOTE_PID_BITS 22
#define REMOTE_INODE_LIMIT (UINT64_C(1) << 60)

static RHANDLE remote_from_bits(uint64_t bits) { return (RHANDLE)(uintptr_t)bits; }

static RHANDLE remote_process_cookie(struct pal_object *obj)
{
    pid_t pid;
    uint64_t start;
    DWORD code = 0;
    if (!process_remote_id(obj, &pid, &start, &code))
        return INVALID_HANDLE_VALUE;
    if (pid <= 0 || (uint64_t)pid >= (UINT64_C(1) << REMOTE_PID_BITS)) {
        error_set(ERROR_NOT_SUPPORTED); /* a pid_max beyond Linux's limit */
        return INVALID_HANDLE_VALUE;
    }
    if (start == PROCESS_REMOTE_ENDED)
        return remote_from_bits(REMOTE_KIND_ENDED | (uint64_t)pid << 2 | (uint64_t)code << 32);
    return remote_from_bits(REMOTE_KIND_PROCESS | (uint64_t)pid << 2 |
                            (start & PROCESS_REMOTE_START_MASK) << (2 + REMOTE_PID_BITS));
}

static RHANDLE remote_named_cookie(struct pal_object *obj)
{
    uint64_t id;
    enum named_type type;
    if (!named_remote_id(obj, &id, &type))
        return INVALID_HANDLE_VALUE;
    if (id >= REMOTE_INODE_LIMIT) {
        error_set(ERROR_NOT_SUPPORTED);
        return INVALID_HANDLE_VALUE;
    }
    return remote_from_bits(REMOTE_KIND_NAMED | (uint64_t)type << 2 | id << 4);
}

static RHANDLE remote_from_local(HANDLE h)
{
    handle_pin pin;
    struct pal_object *obj = handle_lookup(h, NULL, &pin);
    if (!obj)
        return INVALID_HANDLE_VALUE; /* ERROR_INVALID_HANDLE */
    RHANDLE r;
    if (obj->ops == &process_ops) {
        r = remote_process_cookie(obj);
    } else if (obj->ops->destroy == named_destroy) {
        r = remote_named_cookie(obj);
    } else if (obj->ops->publish) {
        /* An unnamed event, mutex or semaphore: it becomes shared, through a
         * named twin that every handle of it forwards to from now on. */
        struct pal_object *twin = obj->ops->publish(obj);
        r = twin ? remote_named_cookie(twin) : INVALID_HANDLE_VALUE;
        if (twin)
            object_release(twin);
    } else {
        /* Threads, files, pipes... */
        error_set(ERROR_NOT_SUPPORTED);
        r = INVALID_HANDLE_VALUE;
    }
    handle_unpin(pin);
    return r;
}

static HANDLE local_from_remote(RHANDLE r)
{
    uint64_t bits = (uint64_t)(uintptr_t)r;
    if (r == NULL || r == INVALID_HANDLE_VALUE) {
        error_set(ERROR_INVALID_HANDLE);
        return INVALID_HANDLE_VALUE;
    }
    HANDLE h = NULL;
    switch (bits & REMOTE_KIND_MASK) {
    case REMOTE_KIND_NAMED:
        h = named_open_remote(bits >> 4, (enum named_type)((bits >> 2) & 3u));
        break;
    case REMOTE_KIND_PROCESS:
        h = process_open_remote((pid_t)((bits >> 2) & ((1u << REMOTE_PID_BITS) - 1)),
                                bits >> (2 + REMOTE_PID_BITS), 0);
        break;
    case REMOTE_KIND_ENDED:
        h = process_open_remote((pid_t)((bits >> 2) & 0x3fffffffu), PROCESS_REMOTE_ENDED,
                                (DWORD)(bits >> 32));
        break;
    default:
        error_set(ERROR_INVALID_HANDLE); /* a local handle value, not a cookie */
        break;
    }
    return h ? h : INVALID_HANDLE_VALUE;
}

RHANDLE PALAPI PAL_LocalHandleToRemote(HANDLE hLocal)
{
    PAL_TRACE_ENTER(PAL_LocalHandleToRemote, "hLocal=%p", hLocal);
    RHANDLE r = remote_from_local(hLocal);
    return PAL_TRACE_RETURN(PAL_LocalHandleToRemote, RHANDLE, "%p", r);
}

HANDLE PALAPI PAL_RemoteHandleToLocal(RHANDLE hRemote)
{
    PAL_TRACE_ENTER(PAL_RemoteHandleToLocal, "hRemote=%p", hRemote);
    HANDLE h = local_from_remote(hRemote);
    return PAL_TRACE_RETURN(PAL_RemoteHandleToLocal, HANDLE, "%p", h);
}
