/*
 * named.h - the per-PAL namespace of named objects shared between processes
 * (sync/named.c).
 *
 * A named event, mutex or semaphore is a small file in a directory that
 * belongs to this user and this copy of the library (spec "Side-by-Side":
 * /dev/shm/rotor_pal.<uid>.<hash of the library's path>, mode 0700, files
 * 0600). Every process that uses the object maps the file and works on the
 * state in it with atomics and shared futexes. Every process holding the
 * object also holds a shared open-file-description lock on the file, which
 * the kernel drops when the process ends however it ends: so the last
 * process to close it, or the next to open a name nobody holds any more,
 * can tell the object is dead and remove it (Windows destroys a named object
 * with its last handle).
 */
#ifndef PAL_UNIX_NAMED_H
#define PAL_UNIX_NAMED_H

#include "sync.h"

enum named_type {
    NAMED_EVENT = 1,
    NAMED_MUTEX = 2,
    NAMED_SEMAPHORE = 3,
};

/* Where a type's shared state starts in the mapped file, and how much room
 * it has. */
#define NAMED_STATE_OFFSET 1024
#define NAMED_STATE_SIZE 1024

/* The first member of every named object type. */
struct named_object {
    struct pal_object obj;
    /* Its lock only orders a wait for all (wait.c); the state is shared and
     * never queued on. */
    struct waitable waitable;
    int fd;
    void *record; /* the mapped file */
    WCHAR *key;   /* the name, as looked up in this process */
};

static inline void *named_state(struct named_object *no)
{
    return (char *)no->record + NAMED_STATE_OFFSET;
}

/* Initialises the shared state of a new object, before any other process can
 * see it. */
typedef void (*named_init_fn)(void *state, const void *arg);

/* The destroy operation of every named type ends with this: leaves the
 * namespace (removing the object if this was its last holder anywhere),
 * unmaps and frees. */
void named_destroy(struct pal_object *obj);

/* The whole of a CreateXxx for a named object: opens the object called
 * `name` (non-NULL, non-empty), making it (init(state, arg) on zeroed state)
 * if it does not exist, then gives a handle, with the LastError Windows
 * leaves: ERROR_ALREADY_EXISTS if the object existed, else ERROR_SUCCESS.
 * In one process every handle to one name reaches the same object. NULL
 * with the LastError: ERROR_INVALID_HANDLE (the name belongs to an object of
 * another type), ERROR_FILENAME_EXCED_RANGE (name too long),
 * ERROR_PATH_NOT_FOUND (a backslash after a namespace prefix other than
 * Global\ or Local\), ERROR_INVALID_NAME (a prefix alone),
 * ERROR_ACCESS_DENIED (the namespace directory is not ours),
 * ERROR_NOT_ENOUGH_MEMORY. */
HANDLE named_create_handle(const WCHAR *name, enum named_type type, const struct handle_ops *ops,
                           named_init_fn init, const void *arg, bool *existed);

/* The whole of an OpenXxx: NULL name -> ERROR_INVALID_PARAMETER; an empty
 * one -> ERROR_INVALID_HANDLE (as Windows); no such object ->
 * ERROR_FILE_NOT_FOUND; other failures as named_create_handle. The
 * LastError is left alone on success. */
HANDLE named_open_handle(const WCHAR *name, enum named_type type, const struct handle_ops *ops);

/* The handle ops of each named type (sync/event.c, mutex.c, semaphore.c). An
 * object is named when its ops' destroy is named_destroy. */
extern const struct handle_ops named_event_ops, named_mutex_ops, named_semaphore_ops;

/* What names a named object to another process of this user and library
 * (PAL_LocalHandleToRemote): its file's inode number in the namespace, and
 * its type. False with the LastError. */
bool named_remote_id(struct pal_object *obj, uint64_t *id, enum named_type *type);

/* PAL_RemoteHandleToLocal of a named object: a new handle to the object
 * whose file has inode `id`, if it is still alive and of this type; in one
 * process every handle of one object still reaches one object. NULL with
 * ERROR_INVALID_HANDLE if it is gone (every holder closed it: the remoting
 * process must keep its handle until the receiver has converted the
 * cookie) or of another type; ERROR_NOT_ENOUGH_MEMORY. */
HANDLE named_open_remote(uint64_t id, enum named_type type);

/* A new named object no client can name (an unnamed object being made
 * shared, PAL_LocalHandleToRemote): made with init(state, arg), with one
 * reference for the caller. NULL with the LastError. */
struct pal_object *named_create_unique(enum named_type type, named_init_fn init, const void *arg);

/* The namespace directory (tests), NULL if it could not be opened. */
const char *named_directory(void);

/* A named object's name from CreateXxxA: converted to UTF-16 into buf
 * (MAX_PATH + 2 WCHARs); NULL stays NULL. False with the LastError. */
bool named_name_from_ansi(const char *name, WCHAR *buf);

#endif
