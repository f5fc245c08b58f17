/*
 * named.c - the namespace of named objects shared between processes.
 *
 * One directory per user and per copy of the library holds one file per
 * named object (named.h). A file is named after a hash of the object's name;
 * the name itself is kept in the file, so that a hash collision is seen and
 * the next file name tried.
 *
 * Lifetime, with open-file-description (OFD) locks on byte 0 of each file:
 * - every process holding the object holds a read lock on it;
 * - a new object is written completely under a temporary name, read-locked,
 *   and only then linked under its real name: nobody ever sees half of one;
 * - closing the last handle in a process tries to turn its read lock into a
 *   write lock: that succeeds only if no other process holds the object, and
 *   the file is then unlinked before the lock is dropped;
 * - an opener that gets its read lock checks that the file is still linked
 *   (it may have lost a race with such a removal: it starts again), and that
 *   somebody else still holds a lock: if nobody does, every process that
 *   held the object has ended (crashed, say) without removing it, so the
 *   object is dead and the opener removes it and starts again.
 * The kernel drops a process's locks when it ends, however it ends, so no
 * state of a crashed process outlives it as a live object.
 */
#include "internal.h"
#include "init.h"
#include "named.h"
#include "unicode.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define NAMED_FILE_SIZE 4096
#define NAMED_MAGIC 0x4e4d4450u /* "PDMN" */

/* The start of every file; the type's state follows at NAMED_STATE_OFFSET. */
struct named_header {
    uint32_t magic;
    uint32_t type;
    uint32_t name_length; /* in WCHARs, without a terminator */
    uint32_t reserved;
    WCHAR name[MAX_PATH + 1];
};
_Static_assert(sizeof(struct named_header) <= NAMED_STATE_OFFSET, "header overlaps the state");
_Static_assert(NAMED_STATE_OFFSET + NAMED_STATE_SIZE <= NAMED_FILE_SIZE, "state past the file");

/* "Local\" names the same object as no prefix, as on Windows; "Global\"
 * is a namespace of its own, kept in the name. */
static const WCHAR local_prefix[] = u"Local\\";
static const WCHAR global_prefix[] = u"Global\\";

/* The namespace: opened once, kept for the life of the process. */
static pthread_once_t namespace_once = PTHREAD_ONCE_INIT;
static int namespace_fd = -1;
static DWORD namespace_error;
static size_t namespace_tag_length; /* the uniqueness string the spec bounds at 50 */
static char namespace_path[128];

/* Every named object open in this process, by name (the key WCHARs). */
static pthread_mutex_t registry_lock = PTHREAD_MUTEX_INITIALIZER;
static GHashTable *registry;

static size_t wcs_length(const WCHAR *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

static bool wcs_has_prefix(const WCHAR *s, const WCHAR *prefix)
{
    for (; *prefix; s++, prefix++)
        if (*s != *prefix)
            return false;
    return true;
}

/* FNV-1a, 64 bits. */
static uint64_t hash_bytes(const void *data, size_t size, uint64_t h)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < size; i++) {
        h ^= p[i];
        h *= 0x100000001b3ull;
    }
    return h;
}
#define HASH_START 0xcbf29ce484222325ull

static guint key_hash(gconstpointer key)
{
    const WCHAR *k = key;
    return (guint)hash_bytes(k, wcs_length(k) * sizeof(WCHAR), HASH_START);
}

static gboolean key_equal(gconstpointer a, gconstpointer b)
{
    const WCHAR *x = a, *y = b;
    while (*x && *x == *y)
        x++, y++;
    return *x == *y;
}

static int ofd_lock(int fd, short type)
{
    struct flock fl = {.l_type = type, .l_whence = SEEK_SET, .l_start = 0, .l_len = 1};
    return fcntl(fd, F_OFD_SETLK, &fl);
}

/* Removes what processes that ended left behind: objects nobody holds any
 * more, and temporary files of creations that never finished (old enough
 * that their creator cannot be between its open and its lock). */
static void namespace_sweep(void)
{
    int dup_fd = fcntl(namespace_fd, F_DUPFD_CLOEXEC, 0);
    DIR *dir = dup_fd >= 0 ? fdopendir(dup_fd) : NULL;
    if (!dir) {
        if (dup_fd >= 0)
            close(dup_fd);
        return;
    }
    time_t now = time(NULL);
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        bool object = strncmp(e->d_name, "o.", 2) == 0;
        if (!object && strncmp(e->d_name, "t.", 2) != 0)
            continue;
        int fd = openat(namespace_fd, e->d_name, O_RDWR | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0)
            continue;
        struct stat st;
        if (ofd_lock(fd, F_WRLCK) == 0 && fstat(fd, &st) == 0 && st.st_nlink > 0 &&
            (object || now - st.st_mtime > 60))
            unlinkat(namespace_fd, e->d_name, 0);
        close(fd);
    }
    closedir(dir);
}

/* The directory for this user and this library: its name hashes the
 * library's real path (spec "Side-by-Side"). /dev/shm is memory; /tmp serves
 * where there is none. */
static void namespace_open(void)
{
    char *lib = init_library_path();
    uint64_t h = hash_bytes(lib ? lib : "", lib ? strlen(lib) : 0, HASH_START);
    free(lib);

    struct stat st;
    const char *base = stat("/dev/shm", &st) == 0 && S_ISDIR(st.st_mode) ? "/dev/shm" : "/tmp";
    char tag[64];
    char *path = namespace_path;
    snprintf(tag, sizeof(tag), "rotor_pal.%u.%016llx", (unsigned)geteuid(), (unsigned long long)h);
    namespace_tag_length = strlen(tag);
    snprintf(path, sizeof(namespace_path), "%s/%s", base, tag);
    if (mkdir(path, 0700) != 0 && errno != EEXIST) {
        namespace_error = error_from_errno(errno);
        return;
    }
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        namespace_error = errno == ELOOP ? ERROR_ACCESS_DENIED : error_from_errno(errno);
        return;
    }
    /* Somebody else's directory (made before us to spy on or spoof our
     * objects) is refused, never used. */
    if (fstat(fd, &st) != 0 || st.st_uid != geteuid() || (st.st_mode & 077) != 0) {
        close(fd);
        namespace_error = ERROR_ACCESS_DENIED;
        return;
    }
    namespace_fd = fd;
    namespace_sweep();
}

static WCHAR *key_from_name(const WCHAR *name)
{
    if (wcs_has_prefix(name, local_prefix))
        name += sizeof(local_prefix) / sizeof(WCHAR) - 1;
    size_t n = wcs_length(name);
    WCHAR *key = malloc((n + 1) * sizeof(WCHAR));
    if (key)
        memcpy(key, name, (n + 1) * sizeof(WCHAR));
    return key;
}

static const struct handle_ops *named_type_ops(enum named_type type)
{
    static const struct handle_ops *const ops_of_type[] = {
        [NAMED_EVENT] = &named_event_ops,
        [NAMED_MUTEX] = &named_mutex_ops,
        [NAMED_SEMAPHORE] = &named_semaphore_ops,
    };
    return (unsigned)type < PAL_ARRAY_SIZE(ops_of_type) ? ops_of_type[type] : NULL;
}

/* Checks a name as Windows does. */
static bool name_valid(const WCHAR *name)
{
    const WCHAR *rest = name;
    if (wcs_has_prefix(name, local_prefix))
        rest += sizeof(local_prefix) / sizeof(WCHAR) - 1;
    else if (wcs_has_prefix(name, global_prefix))
        rest += sizeof(global_prefix) / sizeof(WCHAR) - 1;
    if (!*rest) {
        error_set(ERROR_INVALID_NAME);
        return false;
    }
    for (const WCHAR *p = rest; *p; p++) {
        if (*p == '\\') {
            /* A directory of the object namespace that does not exist. */
            error_set(ERROR_PATH_NOT_FOUND);
            return false;
        }
    }
    return true;
}

/* The object's registry entry if it is still alive, with a new reference. */
static struct named_object *registry_find(const WCHAR *key)
{
    struct named_object *no = registry ? g_hash_table_lookup(registry, key) : NULL;
    if (!no)
        return NULL;
    uint32_t refs = atomic_load_explicit(&no->obj.refs, memory_order_relaxed);
    do {
        if (refs == 0)
            return NULL; /* being destroyed: open the file anew */
    } while (!atomic_compare_exchange_weak_explicit(&no->obj.refs, &refs, refs + 1,
                                                    memory_order_acquire, memory_order_relaxed));
    return no;
}

/* The namespace, opened on first use; false (LastError set) if it cannot be. */
static bool namespace_ready(void)
{
    pthread_once(&namespace_once, namespace_open);
    if (namespace_fd < 0) {
        error_set(namespace_error ? namespace_error : ERROR_ACCESS_DENIED);
        return false;
    }
    return true;
}

/* A registry hit for an open of type `ops`: the object, or NULL (its
 * reference dropped) with ERROR_INVALID_HANDLE if it is of another type. */
static struct named_object *registry_check_type(struct named_object *found,
                                                const struct handle_ops *ops)
{
    if (found->obj.ops == ops)
        return found;
    object_release(&found->obj);
    error_set(ERROR_INVALID_HANDLE);
    return NULL;
}

/* With registry_lock held: makes `no` the live object of `key` (which it
 * now owns), holding the file `fd` mapped at `record`. An entry being
 * destroyed is replaced, key and value. */
static void registry_add(struct named_object *no, const struct handle_ops *ops, WCHAR *key,
                         int fd, void *record)
{
    object_init(&no->obj, ops);
    waitable_init(&no->waitable);
    no->fd = fd;
    no->record = record;
    no->key = key;
    if (!registry)
        registry = g_hash_table_new(key_hash, key_equal);
    g_hash_table_replace(registry, no->key, no);
}

/* Makes a new object file, complete, under a temporary name, then links it
 * as `file`. Returns its fd (read-locked, mapped at *record), -1 with EEXIST
 * if `file` appeared meanwhile, or -1 with another errno. */
static int file_create(const char *file, const WCHAR *key, size_t key_length,
                       enum named_type type, named_init_fn init, const void *arg, void **record)
{
    static _Atomic uint32_t counter;
    char tmp[64];
    snprintf(tmp, sizeof(tmp), "t.%d.%u", (int)getpid(),
             atomic_fetch_add_explicit(&counter, 1, memory_order_relaxed));
    int fd = openat(namespace_fd, tmp, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return -1;
    void *map = MAP_FAILED;
    int saved;
    /* fchmod: the umask may only narrow 0600, but say exactly what we mean. */
    if (fchmod(fd, 0600) != 0 || ofd_lock(fd, F_RDLCK) != 0 || ftruncate(fd, NAMED_FILE_SIZE) != 0)
        goto fail;
    map = mmap(NULL, NAMED_FILE_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (map == MAP_FAILED)
        goto fail;
    struct named_header *hdr = map;
    hdr->magic = NAMED_MAGIC;
    hdr->type = type;
    hdr->name_length = (uint32_t)key_length;
    memcpy(hdr->name, key, key_length * sizeof(WCHAR));
    init((char *)map + NAMED_STATE_OFFSET, arg);
    if (linkat(namespace_fd, tmp, namespace_fd, file, 0) != 0)
        goto fail;
    unlinkat(namespace_fd, tmp, 0);
    *record = map;
    return fd;
fail:
    saved = errno;
    if (map != MAP_FAILED)
        munmap(map, NAMED_FILE_SIZE);
    unlinkat(namespace_fd, tmp, 0);
    close(fd);
    errno = saved;
    return -1;
}

enum open_result { OPEN_OK, OPEN_RETRY, OPEN_COLLISION, OPEN_FAILED };

/* Opens the existing `file` (fd): lock, check, map. A NULL key accepts the
 * object whatever its name. */
static enum open_result file_attach(int fd, const char *file, const WCHAR *key, size_t key_length,
                                    enum named_type type, void **record)
{
    if (ofd_lock(fd, F_RDLCK) != 0)
        return OPEN_RETRY; /* its last holder is removing it right now */
    struct stat st;
    if (fstat(fd, &st) != 0) {
        error_set_from_errno();
        return OPEN_FAILED;
    }
    if (st.st_nlink == 0)
        return OPEN_RETRY; /* removed between our open and our lock */
    if (st.st_uid != geteuid() || st.st_size != NAMED_FILE_SIZE) {
        error_set(ERROR_ACCESS_DENIED);
        return OPEN_FAILED;
    }
    if (ofd_lock(fd, F_WRLCK) == 0) {
        /* Nobody else holds it: whoever made it has ended without removing
         * it. The object died with them. */
        unlinkat(namespace_fd, file, 0);
        return OPEN_RETRY;
    }
    void *map = mmap(NULL, NAMED_FILE_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (map == MAP_FAILED) {
        error_set_from_errno();
        return OPEN_FAILED;
    }
    const struct named_header *hdr = map;
    /* No key: opened by identity (a remoted handle), any name will do. */
    if (hdr->magic != NAMED_MAGIC || hdr->name_length > MAX_PATH ||
        (key && (hdr->name_length != key_length ||
                 memcmp(hdr->name, key, key_length * sizeof(WCHAR)) != 0))) {
        munmap(map, NAMED_FILE_SIZE);
        return OPEN_COLLISION;
    }
    if (hdr->type != type) {
        munmap(map, NAMED_FILE_SIZE);
        error_set(ERROR_INVALID_HANDLE);
        return OPEN_FAILED;
    }
    *record = map;
    return OPEN_OK;
}

/* Finds or makes the file of `key`; returns its fd and mapping. */
static int file_open(const WCHAR *key, size_t key_length, enum named_type type, bool create,
                     named_init_fn init, const void *arg, void **record, bool *existed)
{
    uint64_t h = hash_bytes(key, key_length * sizeof(WCHAR), HASH_START);
    unsigned probe = 0;
    /* Each retry follows a change another process made (a removal, a
     * creation): a bounded number of them is plenty. */
    for (unsigned attempt = 0; attempt < 1000; attempt++) {
        char file[48];
        if (probe == 0)
            snprintf(file, sizeof(file), "o.%016llx", (unsigned long long)h);
        else
            snprintf(file, sizeof(file), "o.%016llx.%u", (unsigned long long)h, probe);
        int fd = openat(namespace_fd, file, O_RDWR | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) {
            if (errno != ENOENT) {
                error_set_from_errno();
                return -1;
            }
            if (!create) {
                error_set(ERROR_FILE_NOT_FOUND);
                return -1;
            }
            fd = file_create(file, key, key_length, type, init, arg, record);
            if (fd >= 0) {
                *existed = false;
                return fd;
            }
            if (errno != EEXIST) {
                error_set_from_errno();
                return -1;
            }
            continue; /* made by another process meanwhile: open theirs */
        }
        enum open_result r = file_attach(fd, file, key, key_length, type, record);
        if (r == OPEN_OK) {
            *existed = true;
            return fd;
        }
        close(fd);
        if (r == OPEN_FAILED)
            return -1;
        if (r == OPEN_COLLISION)
            probe++;
        else
            sched_yield();
    }
    error_set(ERROR_ACCESS_DENIED);
    return -1;
}

/* Opens or (with `create`) makes the object: see named_create_handle. The
 * object comes with a reference for the caller; *existed says which. */
static struct named_object *named_open(const WCHAR *name, enum named_type type,
                                       const struct handle_ops *ops, named_init_fn init,
                                       const void *arg, bool create, bool *existed)
{
    if (!namespace_ready())
        return NULL;
    /* NULL ops: an object of our own (named_create_unique), whose name no
     * client can write; its ops come with the type. */
    if (!ops)
        ops = named_type_ops(type);
    else if (!name_valid(name))
        return NULL;
    WCHAR *key = key_from_name(name);
    size_t key_length = key ? wcs_length(key) : 0;
    /* The spec: the name with the uniqueness string must fit in MAX_PATH. */
    if (key_length + namespace_tag_length + 1 > MAX_PATH) {
        free(key);
        error_set(ERROR_FILENAME_EXCED_RANGE);
        return NULL;
    }
    struct named_object *no = calloc(1, sizeof(*no));
    if (!key || !no) {
        free(key);
        free(no);
        error_set(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }

    /* One lock for the whole lookup: two threads opening one name end with
     * one object. Creating named objects is not a fast path. */
    pthread_mutex_lock(&registry_lock);
    struct named_object *found = registry_find(key);
    if (found) {
        pthread_mutex_unlock(&registry_lock);
        free(key);
        free(no);
        *existed = true;
        return registry_check_type(found, ops);
    }
    void *record;
    int fd = file_open(key, key_length, type, create, init, arg, &record, existed);
    if (fd < 0) {
        pthread_mutex_unlock(&registry_lock);
        free(key);
        free(no);
        return NULL;
    }
    registry_add(no, ops, key, fd, record);
    pthread_mutex_unlock(&registry_lock);
    return no;
}

void named_destroy(struct pal_object *obj)
{
    struct named_object *no = (struct named_object *)obj;
    /* Leave the namespace first: an opener of the same name meanwhile either
     * holds its own lock already (then the file stays) or waits for ours to
     * go and finds the name removed. */
    if (ofd_lock(no->fd, F_WRLCK) == 0) {
        struct stat st;
        if (fstat(no->fd, &st) == 0 && st.st_nlink > 0) {
            char file[48];
            const struct named_header *hdr = no->record;
            uint64_t h = hash_bytes(hdr->name, hdr->name_length * sizeof(WCHAR), HASH_START);
            /* Which probe it was does not matter for the unlink: only a file
             * whose inode is ours is removed. */
            for (unsigned probe = 0; probe < 64; probe++) {
                if (probe == 0)
                    snprintf(file, sizeof(file), "o.%016llx", (unsigned long long)h);
                else
                    snprintf(file, sizeof(file), "o.%016llx.%u", (unsigned long long)h, probe);
                struct stat named;
                if (fstatat(namespace_fd, file, &named, AT_SYMLINK_NOFOLLOW) != 0)
                    break;
                if (named.st_ino == st.st_ino && named.st_dev == st.st_dev) {
                    unlinkat(namespace_fd, file, 0);
                    break;
                }
            }
        }
    }
    munmap(no->record, NAMED_FILE_SIZE);
    close(no->fd);
    pthread_mutex_lock(&registry_lock);
    if (g_hash_table_lookup(registry, no->key) == no)
        g_hash_table_remove(registry, no->key);
    pthread_mutex_unlock(&registry_lock);
    free(no->key);
    free(no);
}

/* The file whose inode is `id`, by a scan of the namespace: remoting a
 * handle is rare, and the directory holds only live objects. A fresh open
 * of the directory, so that concurrent scans keep positions of their own. */
static bool named_file_by_id(uint64_t id, char *file, size_t size)
{
    int dir_fd = openat(namespace_fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    DIR *dir = dir_fd >= 0 ? fdopendir(dir_fd) : NULL;
    if (!dir) {
        if (dir_fd >= 0)
            close(dir_fd);
        return false;
    }
    bool found = false;
    struct dirent *e;
    while (!found && (e = readdir(dir)) != NULL) {
        size_t n = strlen(e->d_name);
        if ((uint64_t)e->d_ino == id && strncmp(e->d_name, "o.", 2) == 0 && n < size) {
            memcpy(file, e->d_name, n + 1);
            found = true;
        }
    }
    closedir(dir);
    return found;
}

bool named_remote_id(struct pal_object *obj, uint64_t *id, enum named_type *type)
{
    struct named_object *no = (struct named_object *)obj;
    struct stat st;
    if (fstat(no->fd, &st) != 0) {
        error_set_from_errno();
        return false;
    }
    *id = (uint64_t)st.st_ino;
    *type = (enum named_type)((const struct named_header *)no->record)->type;
    return true;
}

HANDLE named_open_remote(uint64_t id, enum named_type type)
{
    if (!namespace_ready())
        return NULL;
    const struct handle_ops *ops = named_type_ops(type);
    if (!ops) {
        error_set(ERROR_INVALID_HANDLE);
        return NULL;
    }
    char file[64];
    int fd = named_file_by_id(id, file, sizeof(file))
                 ? openat(namespace_fd, file, O_RDWR | O_NOFOLLOW | O_CLOEXEC)
                 : -1;
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0 || (uint64_t)st.st_ino != id) {
        /* Gone: every holder closed it (or ended) before we got here. */
        if (fd >= 0)
            close(fd);
        error_set(ERROR_INVALID_HANDLE);
        return NULL;
    }
    void *map;
    enum open_result r = file_attach(fd, file, NULL, 0, type, &map);
    if (r != OPEN_OK) {
        close(fd);
        if (r != OPEN_FAILED)
            error_set(ERROR_INVALID_HANDLE); /* removed meanwhile, or not an object */
        return NULL;
    }
    const struct named_header *hdr = map;
    WCHAR *key = malloc((hdr->name_length + 1) * sizeof(WCHAR));
    struct named_object *no = calloc(1, sizeof(*no));
    if (!key || !no) {
        free(key);
        free(no);
        munmap(map, NAMED_FILE_SIZE);
        close(fd);
        error_set(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    memcpy(key, hdr->name, hdr->name_length * sizeof(WCHAR));
    key[hdr->name_length] = 0;

    /* Through the registry, as an open by name: if this process holds the
     * object already, it gets another handle to that same object. Holding
     * it means holding its file, which is then the one linked under its
     * name: the one we found. */
    pthread_mutex_lock(&registry_lock);
    struct named_object *found = registry_find(key);
    if (found) {
        pthread_mutex_unlock(&registry_lock);
        free(key);
        free(no);
        munmap(map, NAMED_FILE_SIZE);
        close(fd); /* our lock goes; the registered object keeps its own */
        found = registry_check_type(found, ops);
        return found ? handle_alloc(&found->obj) : NULL;
    }
    registry_add(no, ops, key, fd, map);
    pthread_mutex_unlock(&registry_lock);
    return handle_alloc(&no->obj);
}

struct pal_object *named_create_unique(enum named_type type, named_init_fn init, const void *arg)
{
    /* A backslash after a prefix other than Global\ or Local\: no name a
     * client passes (name_valid refuses it) can meet these. The pid keeps
     * them apart between live processes, the random part from an object a
     * process with our pid before us left open somewhere. */
    uint64_t nonce = 0;
    for (int attempt = 0; attempt < 16; attempt++) {
        if (getrandom(&nonce, sizeof(nonce), 0) != sizeof(nonce))
            nonce ^= (uint64_t)time(NULL) * 0x9e3779b97f4a7c15ull + (uint64_t)attempt;
        char text[64];
        WCHAR name[64];
        int n = snprintf(text, sizeof(text), "Shared\\%d.%016llx", (int)getpid(),
                         (unsigned long long)nonce);
        for (int i = 0; i <= n; i++)
            name[i] = (WCHAR)(unsigned char)text[i];
        bool existed;
        struct named_object *no = named_open(name, type, NULL, init, arg, true, &existed);
        if (!no)
            return NULL;
        if (!existed)
            return &no->obj;
        object_release(&no->obj);
    }
    error_set(ERROR_ALREADY_EXISTS);
    return NULL;
}

const char *named_directory(void)
{
    pthread_once(&namespace_once, namespace_open);
    return namespace_fd >= 0 ? namespace_path : NULL;
}

HANDLE named_create_handle(const WCHAR *name, enum named_type type, const struct handle_ops *ops,
                           named_init_fn init, const void *arg, bool *existed)
{
    struct named_object *no =
        named_open(name, type, ops, init, arg, true, existed);
    if (!no)
        return NULL;
    HANDLE h = handle_alloc(&no->obj);
    if (h)
        error_set(*existed ? ERROR_ALREADY_EXISTS : ERROR_SUCCESS);
    return h;
}

HANDLE named_open_handle(const WCHAR *name, enum named_type type, const struct handle_ops *ops)
{
    if (!name) {
        error_set(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (!*name) {
        error_set(ERROR_INVALID_HANDLE);
        return NULL;
    }
    bool existed;
    struct named_object *no =
        named_open(name, type, ops, NULL, NULL, false, &existed);
    return no ? handle_alloc(&no->obj) : NULL;
}

bool named_name_from_ansi(const char *name, WCHAR *buf)
{
    if (!name)
        return true;
    size_t needed = unicode_utf8_to_utf16(name, NULL, 0);
    if (needed > MAX_PATH) {
        error_set(ERROR_FILENAME_EXCED_RANGE);
        return false;
    }
    unicode_utf8_to_utf16(name, buf, MAX_PATH + 2);
    return true;
}
