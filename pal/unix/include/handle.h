/*
 * handle.h - the handle manager (handle/handle_table.c, handle/handle_api.c).
 *
 * Every kernel object starts with a struct pal_object whose ops table says
 * what the object can do. Generic APIs (CloseHandle, DuplicateHandle,
 * WaitForSingleObject, ReadFile...) dispatch through the ops and never
 * switch on the type.
 *
 * A handle value is ((generation << 21) | index) << 2: a multiple of 4, never
 * 0, below 2^31. The generation makes a stale or double-closed handle fail
 * with ERROR_INVALID_HANDLE instead of reaching a newer object in its slot.
 * Lookup is O(1) and lock-free: it pins the slot with one compare-and-swap.
 */
#ifndef PAL_UNIX_HANDLE_H
#define PAL_UNIX_HANDLE_H

struct pal_object;
struct pal_thread;
struct wait_ops;
struct handle_io_ops;

struct handle_ops {
    const char *type_name;
    /* The last reference is gone: free the object. */
    void (*destroy)(struct pal_object *obj);
    /* Non-NULL for waitable objects (sync/wait.c). */
    const struct wait_ops *wait;
    /* Non-NULL for objects ReadFile/WriteFile work on (files, later pipes
     * and sockets): the generic I/O APIs dispatch through it. */
    const struct handle_io_ops *io;
    /* Optional: makes an object of this process shared with other processes
     * (PAL_LocalHandleToRemote, handle/handle_remote.c) and returns the
     * shared object it now forwards to, with a new reference; NULL with the
     * LastError. */
    struct pal_object *(*publish)(struct pal_object *obj);
};

/*
 * The byte-stream operations behind ReadFile, WriteFile, FlushFileBuffers and
 * GetFileType. Each returns as the API does (FALSE with the LastError set);
 * `*done` gets the bytes moved, also on failure.
 */
struct handle_io_ops {
    bool (*read)(struct pal_object *obj, void *buf, DWORD count, DWORD *done);
    bool (*write)(struct pal_object *obj, const void *buf, DWORD count, DWORD *done);
    bool (*flush)(struct pal_object *obj);
    /* FILE_TYPE_DISK, FILE_TYPE_CHAR or FILE_TYPE_PIPE. */
    DWORD (*file_type)(struct pal_object *obj);
};

struct pal_object {
    const struct handle_ops *ops;
    _Atomic uint32_t refs;
};

static inline void object_init(struct pal_object *obj, const struct handle_ops *ops)
{
    obj->ops = ops;
    atomic_init(&obj->refs, 1);
}

static inline void object_addref(struct pal_object *obj)
{
    atomic_fetch_add_explicit(&obj->refs, 1, memory_order_relaxed);
}

static inline void object_release(struct pal_object *obj)
{
    if (atomic_fetch_sub_explicit(&obj->refs, 1, memory_order_acq_rel) == 1)
        obj->ops->destroy(obj);
}

/* Pseudo-handles, as on Windows. */
#define HANDLE_PSEUDO_PROCESS ((HANDLE)(LONG_PTR)-1)
#define HANDLE_PSEUDO_THREAD ((HANDLE)(LONG_PTR)-2)

static inline bool handle_is_pseudo(HANDLE h)
{
    return h == HANDLE_PSEUDO_PROCESS || h == HANDLE_PSEUDO_THREAD;
}

/* A new handle for obj; the handle takes over the caller's reference. NULL
 * with ERROR_NOT_ENOUGH_MEMORY (the reference is then released) when the
 * table is full. */
HANDLE handle_alloc(struct pal_object *obj);

/* handle_alloc, with the handle inheritable (SECURITY_ATTRIBUTES'
 * bInheritHandle): CreateProcess with bInheritHandles passes it on. */
HANDLE handle_alloc_inherit(struct pal_object *obj, bool inherit);

/* A handle's inheritable flag; false with ERROR_INVALID_HANDLE for a value
 * that is not a live handle. */
bool handle_get_inherit(HANDLE h, bool *inherit);
bool handle_set_inherit(HANDLE h, bool inherit);

/* The live inheritable handles: up to `max` of them into `out`; returns
 * how many there are (call again with more room if that is above max). */
size_t handle_list_inheritable(HANDLE *out, size_t max);

/* Makes the exact value h a handle for obj (taking the caller's reference
 * only on success): for handles a child inherits at the values its parent
 * gave them. false if h cannot be a handle or is in use. */
bool handle_alloc_at(HANDLE h, struct pal_object *obj, bool inherit);

/* handle_alloc for an object a Create* API has just made: on success the
 * LastError becomes ERROR_SUCCESS, as Windows sets it for a new object (a
 * named one that already existed gets ERROR_ALREADY_EXISTS instead). */
HANDLE handle_alloc_created(struct pal_object *obj);

/* A pinned handle: the object cannot be freed until handle_unpin. */
typedef uint32_t handle_pin; /* 0: nothing pinned */

/* The object behind h, pinned, if h is live and (ops == NULL or) its object
 * has these ops; else NULL with ERROR_INVALID_HANDLE. Pseudo-handles resolve
 * to the current process or thread object (pin is then 0). */
struct pal_object *handle_lookup(HANDLE h, const struct handle_ops *ops, handle_pin *pin);
void handle_unpin(handle_pin pin);

/* A read section (handle_table.c): between handle_read_begin and
 * handle_read_end, the objects handle_peek_waitables gives stay alive
 * without a pin each; take a reference (object_addref) to keep one past the
 * section. A section must not sleep, except on an object's lock (held by
 * anyone only for a few stores): closes wait for it. */
typedef uint32_t handle_read_section;
handle_read_section handle_read_begin(void);
void handle_read_end(handle_read_section section);

/* Inside a read section: the waitable objects behind handles[0..count), as
 * handle_lookup would find them (pseudo-handles included), unpinned. False
 * if one is not a live handle of a waitable object. */
bool handle_peek_waitables(const HANDLE *handles, uint32_t count, struct pal_object **objs);

/* Closes h: the slot is released once no lookup has it pinned. FALSE with
 * ERROR_INVALID_HANDLE for a value that is not a live handle. */
bool handle_close(HANDLE h);

/* Number of live handles (tests and leak checks). */
size_t handle_count(void);

/* The objects behind GetCurrentProcess() and GetCurrentThread(); NULL only
 * if the thread cannot be adopted (out of memory). */
struct pal_object *process_current_object(void);
struct pal_object *thread_current_object(void);

#endif
