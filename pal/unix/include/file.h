/*
 * file.h - file handles (pal/unix/file/): CreateFile, the standard handles,
 * ReadFile/WriteFile and the file-pointer APIs, share modes, LockFile.
 *
 * A file handle owns one file descriptor, opened once by CreateFile: nothing
 * reopens the file by name afterwards (spec "Security"), so everything done
 * through the handle reaches the file that was checked when it was opened.
 */
#ifndef PAL_UNIX_FILE_H
#define PAL_UNIX_FILE_H

#include "handle.h"

#include <pthread.h>
#include <sys/stat.h>

/* What a handle may do, from CreateFile's dwDesiredAccess. The descriptor
 * may be opened for more (see file_open_flags in file.c): these bits, not the
 * descriptor's mode, decide whether ReadFile or WriteFile is allowed. */
#define FILE_ACCESS_READ 1u
#define FILE_ACCESS_WRITE 2u
#define FILE_ACCESS_DELETE 4u

struct file_lock_range; /* file_lock.c */

struct file {
    struct pal_object obj;
    int fd;
    uint8_t access;     /* FILE_ACCESS_* */
    uint8_t file_type;  /* FILE_TYPE_DISK/CHAR/PIPE, fixed for the descriptor's life */
    bool is_directory;  /* opened with FILE_FLAG_BACKUP_SEMANTICS */
    bool is_regular;    /* a regular file: seekable, share modes and locks apply */
    bool owns_fd;       /* false for the standard handles over fds 0, 1, 2 */
    /* LockFile ranges held through this handle (file_lock.c). */
    pthread_mutex_t locks_mutex;
    struct file_lock_range *locks;
};

extern const struct handle_ops file_ops;

/* The file object behind h, pinned; NULL with ERROR_INVALID_HANDLE. */
static inline struct file *file_lookup(HANDLE h, handle_pin *pin)
{
    return (struct file *)handle_lookup(h, &file_ops, pin);
}

/* A file object over `fd` (whose fstat is `st`) with FILE_ACCESS_* `access`;
 * `owns_fd`: the object closes it. NULL with ERROR_NOT_ENOUGH_MEMORY. */
struct file *file_new(int fd, unsigned access, const struct stat *st, bool owns_fd);

/* ---- Share modes across handles and processes (file_share.c) ---- */

/* LockFile ranges end below this offset; the bytes above it carry the share
 * mode records (file_share.c explains the scheme). */
#define FILE_LOCK_LIMIT ((uint64_t)INT64_MAX - 127)

/* Records the handle's access and share mode on its descriptor and checks
 * them against every other open handle of the file, in any PAL process.
 * false with ERROR_SHARING_VIOLATION on a conflict (the record is then
 * withdrawn). `access` is FILE_ACCESS_*, `share` the FILE_SHARE_* bits. */
bool file_share_acquire(int fd, unsigned access, DWORD share);

/* Would an open of this descriptor's file with `access` and `share` conflict
 * with a handle open now? For DeleteFile/MoveFile: a file open without
 * FILE_SHARE_DELETE conflicts with (FILE_ACCESS_DELETE, all sharing). */
bool file_share_conflicts(int fd, unsigned access, DWORD share);

/* ---- What stat says, as Win32 attributes (attributes.c) ---- */

/* DIRECTORY for a directory, else ARCHIVE, plus READONLY without any write
 * permission bit. */
DWORD file_attributes_from_mode(mode_t mode);
/* GetFileAttributesExW's answer (FindFirstFile's entries share it). */
void file_attribute_data_from_stat(const struct stat *st, WIN32_FILE_ATTRIBUTE_DATA *data);

/* ---- The stat of a directory's entries, many at once (find_stat.c) ---- */

/* The most names find_stat_many takes at once. */
#define FIND_STAT_BATCH 64

struct find_stat_ring;

/* Stats names[0..n) (n <= FIND_STAT_BATCH) relative to dirfd, links followed
 * (a dangling link is stat'ed as itself): st[i] is valid when ok[i]. With
 * use_ring, the requests go through one io_uring queue, made on first use in
 * *ring and kept there for the next batch; without it, or where io_uring is
 * refused, one fstatat a name. Either way the answers are the same. */
void find_stat_many(struct find_stat_ring **ring, bool use_ring, int dirfd,
                    const char *const *names, unsigned n, struct stat *st, bool *ok);
void find_stat_ring_free(struct find_stat_ring *ring);

/* ---- LockFile ranges (file_lock.c) ---- */

/* Frees the handle's lock list (the locks themselves go with the descriptor). */
void file_locks_free(struct file *f);

#endif
