/*
 * process_inherit.c - handle inheritance: what CreateProcess with
 * bInheritHandles passes to a child, and how the child's PAL takes it.
 *
 * Every descriptor the PAL opens is close-on-exec; inheritability is a flag
 * of the handle (handle_alloc_inherit: SECURITY_ATTRIBUTES.bInheritHandle,
 * DuplicateHandle's bInheritHandle). With bInheritHandles, CreateProcess
 * lists the live inheritable handles that are files or pipe ends: their
 * descriptors stay open across the child's exec (posix_spawn's dup2 of a
 * descriptor onto itself clears close-on-exec, as the fork path does with
 * fcntl), and the environment variable PAL_INHERITED_HANDLES tells the child
 * which handle value each one was:
 *
 *     PAL_INHERITED_HANDLES=<handle hex>:<fd>:<access hex>:<dev hex>:<inode hex>,...
 *
 * The child's first PAL_Initialize (process_inherit_adopt) removes the
 * variable and makes each descriptor a file handle with the same value -
 * as on Windows, where a child learns inherited values from its command line
 * and they are valid there. A value already in use in the child (the host
 * made handles before PAL_Initialize) is not adopted and its descriptor is
 * closed. A descriptor that is not the file the parent passed (device and
 * inode differ: a program that is not a PAL one stood between, and kept the
 * variable but not the descriptors) is neither adopted nor touched.
 * Handles of other types (events, mutexes, processes...) are not
 * passed: their objects live in our process only. Descriptors 0-2 are the
 * standard streams, which every child gets anyway.
 */
#include "internal.h"
#include "environment.h"
#include "file.h"
#include "process.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define PROCESS_INHERIT_VAR "PAL_INHERITED_HANDLES"

bool process_inherit_collect(struct process_inherit *in)
{
    memset(in, 0, sizeof(*in));
    HANDLE *handles = NULL;
    size_t n = 0, max = 0;
    for (;;) {
        n = handle_list_inheritable(handles, max);
        if (n <= max)
            break;
        free(handles);
        max = n + 16;
        handles = malloc(max * sizeof(*handles));
        if (!handles) {
            error_set(ERROR_NOT_ENOUGH_MEMORY);
            return false;
        }
    }
    if (n == 0) {
        free(handles);
        return true;
    }
    in->items = calloc(n, sizeof(*in->items));
    /* "PAL_INHERITED_HANDLES=" and at most "80000000:2147483647:ff:" then
     * two 16-digit numbers, a colon and a comma, a handle. */
    in->env = malloc(sizeof(PROCESS_INHERIT_VAR "=") + n * 64);
    if (!in->items || !in->env) {
        free(handles);
        process_inherit_release(in);
        error_set(ERROR_NOT_ENOUGH_MEMORY);
        return false;
    }
    char *out = in->env + sprintf(in->env, "%s=", PROCESS_INHERIT_VAR);
    for (size_t i = 0; i < n; i++) {
        handle_pin pin;
        /* Pinned until released: the descriptor stays open for the spawn
         * even if another thread closes the handle meanwhile. */
        struct pal_object *obj = handle_lookup(handles[i], &file_ops, &pin);
        struct file *f = (struct file *)obj;
        struct stat st;
        if (!f || f->fd < 3 || fstat(f->fd, &st) != 0) {
            handle_unpin(pin);
            continue;
        }
        struct process_inherited *it = &in->items[in->count++];
        it->fd = f->fd;
        it->pin = pin;
        out += sprintf(out, "%s%lx:%d:%x:%llx:%llx", out[-1] == '=' ? "" : ",",
                       (unsigned long)(uintptr_t)handles[i], f->fd, (unsigned)f->access,
                       (unsigned long long)st.st_dev, (unsigned long long)st.st_ino);
    }
    free(handles);
    if (in->count == 0) {
        free(in->env);
        in->env = NULL;
    }
    error_set(ERROR_SUCCESS); /* a handle closed meanwhile is no failure */
    return true;
}

void process_inherit_release(struct process_inherit *in)
{
    for (size_t i = 0; i < in->count; i++)
        handle_unpin(in->items[i].pin);
    free(in->items);
    free(in->env);
    memset(in, 0, sizeof(*in));
}

char **process_inherit_envp(char **envp, const char *entry)
{
    size_t n = 0;
    while (envp[n])
        n++;
    char **out = malloc((n + 2) * sizeof(*out));
    if (!out) {
        error_set(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    size_t len = sizeof(PROCESS_INHERIT_VAR "=") - 1, j = 0;
    for (size_t i = 0; i < n; i++)
        if (strncmp(envp[i], PROCESS_INHERIT_VAR "=", len) != 0)
            out[j++] = envp[i];
    out[j++] = (char *)entry;
    out[j] = NULL;
    return out;
}

/* The descriptors adopted so far (the list is short-lived). */
struct process_inherit_seen {
    int *fds;
    size_t count;
};

/* One inherited handle: `fd`, if it is still the file (dev, ino) the
 * parent passed, becomes a file handle at the value `h`. */
static void process_inherit_adopt_one(struct process_inherit_seen *seen, uintptr_t h, int fd,
                                      unsigned access, dev_t dev, ino_t ino)
{
    struct stat st;
    if (fd < 3 || fstat(fd, &st) != 0 || st.st_dev != dev || st.st_ino != ino)
        return; /* not ours to close: a standard stream, no descriptor, another file */
    /* Two handles to one object in the parent give one descriptor twice:
     * each handle here gets a descriptor of its own. */
    bool again = false;
    for (size_t i = 0; i < seen->count; i++)
        again |= seen->fds[i] == fd;
    int own = again ? fcntl(fd, F_DUPFD_CLOEXEC, 3) : fd;
    if (!again) {
        int *grown = realloc(seen->fds, (seen->count + 1) * sizeof(*seen->fds));
        if (grown) {
            seen->fds = grown;
            seen->fds[seen->count++] = fd;
        }
        fcntl(fd, F_SETFD, FD_CLOEXEC);
    }
    struct file *f = own >= 0 ? file_new(own, access & (FILE_ACCESS_READ | FILE_ACCESS_WRITE |
                                                        FILE_ACCESS_DELETE),
                                         &st, true)
                              : NULL;
    /* Inheritable here too, as Windows keeps the flag in the child. */
    if (f && handle_alloc_at((HANDLE)h, &f->obj, true))
        return;
    if (f)
        object_release(&f->obj); /* closes `own` */
    else if (own >= 0 && again)
        close(own);
}

void process_inherit_adopt(void)
{
    DWORD saved = error_last_error;
    char *list = getenv(PROCESS_INHERIT_VAR) ? env_get(PROCESS_INHERIT_VAR) : NULL;
    if (!list)
        return;
    struct process_inherit_seen seen = {NULL, 0};
    env_set(PROCESS_INHERIT_VAR, NULL); /* not for our own children */
    char *p = list;
    while (*p) {
        char *end;
        unsigned long h = strtoul(p, &end, 16);
        if (*end != ':')
            break;
        long fd = strtol(end + 1, &end, 10);
        if (*end != ':' || fd < 0 || fd > INT32_MAX)
            break;
        unsigned long access = strtoul(end + 1, &end, 16);
        if (*end != ':')
            break;
        unsigned long long dev = strtoull(end + 1, &end, 16);
        if (*end != ':')
            break;
        unsigned long long ino = strtoull(end + 1, &end, 16);
        if (*end != ',' && *end != '\0')
            break;
        process_inherit_adopt_one(&seen, (uintptr_t)h, (int)fd, (unsigned)access, (dev_t)dev,
                                  (ino_t)ino);
        p = *end ? end + 1 : end;
    }
    free(list);
    free(seen.fds);
    error_set(saved);
}
