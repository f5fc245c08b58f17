/*
 * file.c - the file handle type: CreateFileA/W and GetStdHandle.
 *
 * One object type over one file descriptor (struct file, file.h). ReadFile,
 * WriteFile, FlushFileBuffers and GetFileType reach it through its I/O ops
 * (file_io.c); the file-pointer APIs, share modes and LockFile are in
 * file_io.c, file_share.c and file_lock.c.
 */
#include "internal.h"
#include "file.h"
#include "path.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* file_io.c */
extern const struct handle_io_ops file_io_ops;

static void file_destroy(struct pal_object *obj)
{
    struct file *f = (struct file *)obj;
    /* Closing the descriptor drops its share-mode record and its LockFile
     * ranges with it (they are open-file-description locks). */
    if (f->owns_fd)
        close(f->fd);
    file_locks_free(f);
    pthread_mutex_destroy(&f->locks_mutex);
    free(f);
}

const struct handle_ops file_ops = {
    .type_name = "file",
    .destroy = file_destroy,
    .io = &file_io_ops,
};

static DWORD file_type_from_mode(mode_t mode)
{
    if (S_ISCHR(mode))
        return FILE_TYPE_CHAR;
    if (S_ISFIFO(mode) || S_ISSOCK(mode))
        return FILE_TYPE_PIPE;
    return FILE_TYPE_DISK;
}

struct file *file_new(int fd, unsigned access, const struct stat *st, bool owns_fd)
{
    struct file *f = malloc(sizeof(*f));
    if (!f) {
        error_set(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    object_init(&f->obj, &file_ops);
    f->fd = fd;
    f->access = (uint8_t)access;
    f->file_type = (uint8_t)file_type_from_mode(st->st_mode);
    f->is_directory = S_ISDIR(st->st_mode);
    f->is_regular = S_ISREG(st->st_mode);
    f->owns_fd = owns_fd;
    pthread_mutex_init(&f->locks_mutex, NULL);
    f->locks = NULL;
    return f;
}

/* ---- CreateFile ---- */

/* The flags and attributes CreateFile accepts and ignores or maps (spec
 * "CreateFileA CreateFileW"), plus the attributes Windows accepts for a new
 * file (only FILE_ATTRIBUTE_READONLY has a Unix meaning: a 0444 file). */
#define FILE_FLAGS_REFUSED (FILE_FLAG_OVERLAPPED | FILE_FLAG_DELETE_ON_CLOSE)

static unsigned file_access_bits(DWORD desired)
{
    unsigned access = 0;
    if (desired & (GENERIC_READ | GENERIC_ALL | FILE_READ_DATA))
        access |= FILE_ACCESS_READ;
    if (desired & (GENERIC_WRITE | GENERIC_ALL | FILE_WRITE_DATA | FILE_APPEND_DATA))
        access |= FILE_ACCESS_WRITE;
    if (desired & (DELETE | GENERIC_ALL))
        access |= FILE_ACCESS_DELETE;
    return access;
}

/*
 * open(2) flags for the access. A handle with write access gets a read-write
 * descriptor when the permissions allow: share-mode records and LockFile
 * ranges are read locks, which need a readable descriptor. The handle's
 * access bits, not the descriptor, decide what ReadFile may do.
 */
static int file_open_mode(unsigned access, bool truncates)
{
    if (access & FILE_ACCESS_WRITE || truncates)
        return O_RDWR;
    return O_RDONLY;
}

static void file_set_open_error(int err, const char *path)
{
    switch (err) {
    case ENOENT: /* a missing file or a missing directory on its path */
        error_set(path_error_from_errno(path, err));
        return;
    case ENOTDIR: {
        /* "file\" names a file as a directory: Windows calls the name invalid;
         * a file in the middle of the path is a missing path. */
        size_t len = strlen(path);
        error_set(len > 1 && path[len - 1] == '/' ? ERROR_INVALID_NAME : ERROR_PATH_NOT_FOUND);
        return;
    }
    case EISDIR:
        error_set(ERROR_ACCESS_DENIED); /* a directory without backup semantics */
        return;
    case EEXIST:
        error_set(ERROR_FILE_EXISTS);
        return;
    default:
        error_set(error_from_errno(err));
    }
}

static int file_open_retry(const char *path, int flags, mode_t mode)
{
    int fd;
    do
        fd = open(path, flags, mode);
    while (fd < 0 && errno == EINTR);
    return fd;
}

/*
 * Opens (or creates) the file for a disposition; *existed tells whether the
 * file was there before. Truncation is not done here: it waits for the share
 * check, so a sharing violation leaves the file intact.
 */
static int file_open_disposition(const char *path, int flags, DWORD disposition, mode_t mode,
                                 bool *existed)
{
    *existed = true;
    switch (disposition) {
    case CREATE_NEW:
        *existed = false;
        return file_open_retry(path, flags | O_CREAT | O_EXCL, mode);
    case OPEN_EXISTING:
    case TRUNCATE_EXISTING:
        return file_open_retry(path, flags, 0);
    case CREATE_ALWAYS:
    case OPEN_ALWAYS:
        /* Open, else create exclusively: the two-step tells the caller
         * whether the file existed (ERROR_ALREADY_EXISTS) even when another
         * process creates or deletes it in between. */
        for (;;) {
            int fd = file_open_retry(path, flags, 0);
            if (fd >= 0 || errno != ENOENT)
                return fd;
            fd = file_open_retry(path, flags | O_CREAT | O_EXCL, mode);
            if (fd >= 0) {
                *existed = false;
                return fd;
            }
            if (errno != EEXIST)
                return fd;
        }
    }
    errno = EINVAL;
    return -1;
}

static HANDLE file_create(const char *path, DWORD desired_access, DWORD share_mode,
                          LPSECURITY_ATTRIBUTES security, DWORD disposition, DWORD flags_attrs)
{
    unsigned access = file_access_bits(desired_access);
    bool truncates = disposition == CREATE_ALWAYS || disposition == TRUNCATE_EXISTING;
    bool backup = (flags_attrs & FILE_FLAG_BACKUP_SEMANTICS) != 0;

    /* Always close-on-exec: an inheritable handle reaches a child only
     * through CreateProcess with bInheritHandles (process_inherit.c). */
    int flags = file_open_mode(access, truncates) | O_NOCTTY | O_CLOEXEC;
    if (flags_attrs & FILE_FLAG_WRITE_THROUGH)
        flags |= O_DSYNC;
    /* A new file gets the default permissions, less write for a read-only one
     * (the umask applies as for any new file). */
    mode_t mode = (flags_attrs & FILE_ATTRIBUTE_READONLY) ? 0444 : 0666;

    bool existed;
    int fd = file_open_disposition(path, flags, disposition, mode, &existed);
    if (fd < 0 && errno == EISDIR && backup) {
        /* A directory opens read-only whatever the access asked (spec: its
         * handle serves GetFileTime/SetFileTime). */
        flags = (flags & ~O_ACCMODE) | O_RDONLY;
        fd = file_open_disposition(path, flags, disposition, mode, &existed);
    }
    if (fd < 0 && errno == EACCES && (flags & O_ACCMODE) == O_RDWR &&
        !(access & FILE_ACCESS_READ)) {
        /* A write-only file: the descriptor is write-only too (its handle
         * checks the other handles' sharing but cannot record its own). */
        flags = (flags & ~O_ACCMODE) | O_WRONLY;
        fd = file_open_disposition(path, flags, disposition, mode, &existed);
    }
    if (fd < 0 && errno == EACCES && access == 0 && disposition == OPEN_EXISTING) {
        /* No data access asked: an unreadable file still opens, for its
         * attributes, as on Windows. */
        fd = file_open_disposition(path, (flags & ~O_ACCMODE) | O_PATH, disposition, mode,
                                   &existed);
    }
    if (fd < 0) {
        file_set_open_error(errno, path);
        return INVALID_HANDLE_VALUE;
    }

    struct stat st;
    if (fstat(fd, &st) != 0) {
        error_set_from_errno();
        close(fd);
        return INVALID_HANDLE_VALUE;
    }
    if (S_ISDIR(st.st_mode) && (!backup || truncates)) {
        /* A directory opens only with backup semantics, and is never
         * overwritten: Windows calls that case an existing file. */
        close(fd);
        error_set(backup ? ERROR_FILE_EXISTS : ERROR_ACCESS_DENIED);
        return INVALID_HANDLE_VALUE;
    }
    if (S_ISREG(st.st_mode)) {
        if (!file_share_acquire(fd, access, share_mode)) {
            close(fd);
            return INVALID_HANDLE_VALUE;
        }
        if (truncates && existed && st.st_size != 0 && ftruncate(fd, 0) != 0) {
            error_set_from_errno();
            close(fd);
            return INVALID_HANDLE_VALUE;
        }
        if (flags_attrs & FILE_FLAG_SEQUENTIAL_SCAN)
            posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
        else if (flags_attrs & FILE_FLAG_RANDOM_ACCESS)
            posix_fadvise(fd, 0, 0, POSIX_FADV_RANDOM);
    }

    struct file *f = file_new(fd, access, &st, true);
    if (!f) {
        close(fd);
        return INVALID_HANDLE_VALUE;
    }
    HANDLE h = handle_alloc_inherit(&f->obj, security && security->bInheritHandle);
    if (!h)
        return INVALID_HANDLE_VALUE;
    error_set(ERROR_SUCCESS); /* as for any new object */
    /* Windows reports that CREATE_ALWAYS or OPEN_ALWAYS found the file. */
    if (existed && (disposition == CREATE_ALWAYS || disposition == OPEN_ALWAYS))
        error_set(ERROR_ALREADY_EXISTS);
    return h;
}

/* Checks what does not depend on the name; FALSE with the LastError set. */
static bool file_create_args_valid(DWORD share_mode, DWORD disposition, DWORD flags_attrs,
                                   HANDLE template_file)
{
    if (disposition < CREATE_NEW || disposition > TRUNCATE_EXISTING ||
        (share_mode & ~(DWORD)(FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE))) {
        error_set(ERROR_INVALID_PARAMETER);
        return false;
    }
    /* Outside the spec's subset: overlapped I/O (lpOverlapped is always
     * NULL), delete-on-close and templates (hTemplateFile is always NULL). */
    if ((flags_attrs & FILE_FLAGS_REFUSED) || template_file) {
        error_set(ERROR_NOT_SUPPORTED);
        return false;
    }
    return true;
}

static HANDLE file_create_unix(char *path, DWORD desired_access, DWORD share_mode,
                               LPSECURITY_ATTRIBUTES security, DWORD disposition,
                               DWORD flags_attrs)
{
    if (!path)
        return INVALID_HANDLE_VALUE; /* the translation set the LastError */
    HANDLE h = file_create(path, desired_access, share_mode, security, disposition, flags_attrs);
    free(path);
    return h;
}

HANDLE PALAPI CreateFileW(LPCWSTR lpFileName, DWORD dwDesiredAccess, DWORD dwShareMode,
                          LPSECURITY_ATTRIBUTES lpSecurityAttributes, DWORD dwCreationDisposition,
                          DWORD dwFlagsAndAttributes, HANDLE hTemplateFile)
{
    PAL_TRACE_ENTER(CreateFileW,
                    "lpFileName=%p L\"%ws\", dwDesiredAccess=%#x, dwShareMode=%#x, "
                    "lpSecurityAttributes=%p, dwCreationDisposition=%u, "
                    "dwFlagsAndAttributes=%#x, hTemplateFile=%p",
                    PAL_TRACE_WSTR(lpFileName), dwDesiredAccess, dwShareMode,
                    lpSecurityAttributes, dwCreationDisposition, dwFlagsAndAttributes,
                    hTemplateFile);
    HANDLE h = INVALID_HANDLE_VALUE;
    if (!lpFileName || !lpFileName[0])
        error_set(ERROR_PATH_NOT_FOUND);
    else if (file_create_args_valid(dwShareMode, dwCreationDisposition, dwFlagsAndAttributes,
                                    hTemplateFile))
        h = file_create_unix(path_from_win32W(lpFileName, 0), dwDesiredAccess, dwShareMode,
                             lpSecurityAttributes, dwCreationDisposition, dwFlagsAndAttributes);
    return PAL_TRACE_RETURN(CreateFileW, HANDLE, "%p", h);
}

HANDLE PALAPI CreateFileA(LPCSTR lpFileName, DWORD dwDesiredAccess, DWORD dwShareMode,
                          LPSECURITY_ATTRIBUTES lpSecurityAttributes, DWORD dwCreationDisposition,
                          DWORD dwFlagsAndAttributes, HANDLE hTemplateFile)
{
    PAL_TRACE_ENTER(CreateFileA,
                    "lpFileName=%p \"%s\", dwDesiredAccess=%#x, dwShareMode=%#x, "
                    "lpSecurityAttributes=%p, dwCreationDisposition=%u, "
                    "dwFlagsAndAttributes=%#x, hTemplateFile=%p",
                    PAL_TRACE_STR(lpFileName), dwDesiredAccess, dwShareMode, lpSecurityAttributes,
                    dwCreationDisposition, dwFlagsAndAttributes, hTemplateFile);
    HANDLE h = INVALID_HANDLE_VALUE;
    if (!lpFileName || !lpFileName[0])
        error_set(ERROR_PATH_NOT_FOUND);
    else if (file_create_args_valid(dwShareMode, dwCreationDisposition, dwFlagsAndAttributes,
                                    hTemplateFile))
        h = file_create_unix(path_from_win32A(lpFileName, 0), dwDesiredAccess, dwShareMode,
                             lpSecurityAttributes, dwCreationDisposition, dwFlagsAndAttributes);
    return PAL_TRACE_RETURN(CreateFileA, HANDLE, "%p", h);
}

/* ---- GetStdHandle ---- */

/* The three standard handles, made on first use and then returned unchanged,
 * as Windows returns the same value every time. They do not own fds 0, 1, 2:
 * closing one leaves the descriptor to the C runtime. */
static _Atomic(HANDLE) file_std_handles[3];
static pthread_mutex_t file_std_mutex = PTHREAD_MUTEX_INITIALIZER;

static HANDLE file_std_handle(int fd)
{
    HANDLE h = atomic_load_explicit(&file_std_handles[fd], memory_order_acquire);
    if (h)
        return h;
    pthread_mutex_lock(&file_std_mutex);
    h = atomic_load_explicit(&file_std_handles[fd], memory_order_relaxed);
    if (!h) {
        struct stat st;
        /* A process started without this descriptor has no standard handle:
         * NULL, which is not a failure on Windows either. */
        if (fstat(fd, &st) == 0) {
            int fl = fcntl(fd, F_GETFL);
            unsigned access = FILE_ACCESS_READ | FILE_ACCESS_WRITE;
            if (fl >= 0 && (fl & O_ACCMODE) == O_RDONLY)
                access = FILE_ACCESS_READ;
            else if (fl >= 0 && (fl & O_ACCMODE) == O_WRONLY)
                access = FILE_ACCESS_WRITE;
            struct file *f = file_new(fd, access, &st, false);
            /* Inheritable, as a console's standard handles are: they may be
             * given to a child through STARTF_USESTDHANDLES. */
            if (f)
                h = handle_alloc_inherit(&f->obj, true);
            if (!h)
                h = INVALID_HANDLE_VALUE; /* the LastError says why */
            else
                atomic_store_explicit(&file_std_handles[fd], h, memory_order_release);
        }
    }
    pthread_mutex_unlock(&file_std_mutex);
    return h;
}

HANDLE PALAPI GetStdHandle(DWORD nStdHandle)
{
    PAL_TRACE_ENTER(GetStdHandle, "nStdHandle=%#x", nStdHandle);
    HANDLE h;
    switch (nStdHandle) {
    case STD_INPUT_HANDLE:
        h = file_std_handle(0);
        break;
    case STD_OUTPUT_HANDLE:
        h = file_std_handle(1);
        break;
    case STD_ERROR_HANDLE:
        h = file_std_handle(2);
        break;
    default:
        error_set(ERROR_INVALID_HANDLE);
        h = INVALID_HANDLE_VALUE;
    }
    return PAL_TRACE_RETURN(GetStdHandle, HANDLE, "%p", h);
}
