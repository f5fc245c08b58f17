/*
 * find_stat.c - the stat of many names of one directory at once, for
 * FindNextFile (find.c).
 *
 * A listing needs one stat per entry, and a system call costs far more than
 * the lookup it asks for (about a microsecond on a virtual machine with page
 * table isolation, against 160 ns per entry for readdir itself). An io_uring
 * queue takes a whole batch of statx requests in one io_uring_enter: the
 * kernel's workers run them while the caller waits once. Where io_uring is
 * missing or refused (old kernel, seccomp, io_uring_disabled), and for the
 * first entries of a listing, one fstatat a name does the same work.
 *
 * Both paths give the same answer: statx with STATX_BASIC_STATS is what
 * fstatat reads, links followed; a name whose link leads nowhere is stat'ed
 * as itself; a name gone since readdir saw it has no answer.
 *
 * A queue belongs to one search and is used under the search's lock. A
 * forked child does not share its parent's queue (their ring memory is
 * shared): it drops the inherited one and makes its own.
 */
#include "internal.h"
#include "file.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/io_uring.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <unistd.h>

struct find_stat_ring {
    int fd;
    unsigned generation; /* find_stat_fork_generation when made */
    void *rings;         /* the submission and completion rings, one mapping or two */
    size_t rings_len;
    void *cq_map;        /* the completion ring's own mapping, or NULL */
    size_t cq_len;
    struct io_uring_sqe *sqes;
    size_t sqes_len;
    unsigned *sq_head, *sq_tail, *sq_mask, *sq_array;
    unsigned *cq_head, *cq_tail, *cq_mask;
    struct io_uring_cqe *cqes;
    struct statx answers[FIND_STAT_BATCH];
};

/* Set for good once io_uring_setup is refused: no use asking every search. */
static atomic_bool find_stat_ring_refused;
/* Counts forks, seen from the child: a queue made before belongs to the parent. */
static _Atomic unsigned find_stat_fork_generation;
static pthread_once_t find_stat_fork_once = PTHREAD_ONCE_INIT;

static void find_stat_after_fork_in_child(void)
{
    atomic_fetch_add_explicit(&find_stat_fork_generation, 1, memory_order_relaxed);
}

static void find_stat_fork_register(void)
{
    pthread_atfork(NULL, NULL, find_stat_after_fork_in_child);
}

void find_stat_ring_free(struct find_stat_ring *r)
{
    if (!r)
        return;
    if (r->sqes)
        munmap(r->sqes, r->sqes_len);
    if (r->cq_map)
        munmap(r->cq_map, r->cq_len);
    if (r->rings)
        munmap(r->rings, r->rings_len);
    if (r->fd >= 0)
        close(r->fd);
    free(r);
}

/* Maps one of the ring's regions; NULL if it cannot. */
static void *ring_map(int fd, size_t len, off_t offset)
{
    void *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, fd, offset);
    return p == MAP_FAILED ? NULL : p;
}

static struct find_stat_ring *find_stat_ring_new(void)
{
    pthread_once(&find_stat_fork_once, find_stat_fork_register);
    struct find_stat_ring *r = calloc(1, sizeof(*r));
    if (!r)
        return NULL;
    r->generation = atomic_load_explicit(&find_stat_fork_generation, memory_order_relaxed);
    struct io_uring_params p;
    memset(&p, 0, sizeof(p));
    r->fd = (int)syscall(SYS_io_uring_setup, FIND_STAT_BATCH, &p);
    if (r->fd < 0) {
        if (errno == ENOSYS || errno == EPERM || errno == EACCES)
            atomic_store_explicit(&find_stat_ring_refused, true, memory_order_relaxed);
        free(r);
        return NULL;
    }
    size_t sq_len = p.sq_off.array + p.sq_entries * sizeof(unsigned);
    size_t cq_len = p.cq_off.cqes + p.cq_entries * sizeof(struct io_uring_cqe);
    bool single = (p.features & IORING_FEAT_SINGLE_MMAP) != 0;
    r->rings_len = single && cq_len > sq_len ? cq_len : sq_len;
    r->rings = ring_map(r->fd, r->rings_len, IORING_OFF_SQ_RING);
    if (!r->rings)
        goto fail;
    char *cq = r->rings;
    if (!single) {
        r->cq_len = cq_len;
        r->cq_map = ring_map(r->fd, cq_len, IORING_OFF_CQ_RING);
        if (!r->cq_map)
            goto fail;
        cq = r->cq_map;
    }
    r->sqes_len = p.sq_entries * sizeof(struct io_uring_sqe);
    r->sqes = ring_map(r->fd, r->sqes_len, IORING_OFF_SQES);
    if (!r->sqes)
        goto fail;
    char *sq = r->rings;
    r->sq_head = (unsigned *)(sq + p.sq_off.head);
    r->sq_tail = (unsigned *)(sq + p.sq_off.tail);
    r->sq_mask = (unsigned *)(sq + p.sq_off.ring_mask);
    r->sq_array = (unsigned *)(sq + p.sq_off.array);
    r->cq_head = (unsigned *)(cq + p.cq_off.head);
    r->cq_tail = (unsigned *)(cq + p.cq_off.tail);
    r->cq_mask = (unsigned *)(cq + p.cq_off.ring_mask);
    r->cqes = (struct io_uring_cqe *)(cq + p.cq_off.cqes);
    return r;
fail:
    find_stat_ring_free(r);
    return NULL;
}

static void find_stat_from_statx(const struct statx *sx, struct stat *st)
{
    memset(st, 0, sizeof(*st));
    st->st_dev = makedev(sx->stx_dev_major, sx->stx_dev_minor);
    st->st_ino = sx->stx_ino;
    st->st_mode = sx->stx_mode;
    st->st_nlink = sx->stx_nlink;
    st->st_uid = sx->stx_uid;
    st->st_gid = sx->stx_gid;
    st->st_rdev = makedev(sx->stx_rdev_major, sx->stx_rdev_minor);
    st->st_size = (off_t)sx->stx_size;
    st->st_blksize = (blksize_t)sx->stx_blksize;
    st->st_blocks = (blkcnt_t)sx->stx_blocks;
    st->st_atim.tv_sec = sx->stx_atime.tv_sec;
    st->st_atim.tv_nsec = sx->stx_atime.tv_nsec;
    st->st_mtim.tv_sec = sx->stx_mtime.tv_sec;
    st->st_mtim.tv_nsec = sx->stx_mtime.tv_nsec;
    st->st_ctim.tv_sec = sx->stx_ctime.tv_sec;
    st->st_ctim.tv_nsec = sx->stx_ctime.tv_nsec;
}

/* One statx request per name through the queue; done[i] tells which got an
 * answer (ok[i] then says whether statx succeeded). false when the queue
 * failed: it is not to be used again. */
static bool find_stat_ring_run(struct find_stat_ring *r, int dirfd, const char *const *names,
                               unsigned n, struct stat *st, bool *ok, bool *done)
{
    unsigned mask = *r->sq_mask;
    unsigned tail = *r->sq_tail; /* only this side moves the tail */
    for (unsigned i = 0; i < n; i++) {
        unsigned idx = (tail + i) & mask;
        struct io_uring_sqe *sqe = &r->sqes[idx];
        memset(sqe, 0, sizeof(*sqe));
        sqe->opcode = IORING_OP_STATX;
        sqe->fd = dirfd;
        sqe->addr = (uintptr_t)names[i];
        sqe->len = STATX_BASIC_STATS;
        sqe->off = (uintptr_t)&r->answers[i];
        sqe->statx_flags = 0; /* links followed, as fstatat without flags */
        sqe->user_data = i;
        r->sq_array[idx] = idx;
        done[i] = false;
    }
    __atomic_store_n(r->sq_tail, tail + n, __ATOMIC_RELEASE);

    unsigned submitted = 0, answered = 0, failures = 0;
    bool healthy = true;
    while (answered < n) {
        unsigned to_submit = healthy ? n - submitted : 0;
        unsigned wait_for = submitted + to_submit - answered;
        long ret = syscall(SYS_io_uring_enter, r->fd, to_submit, wait_for, IORING_ENTER_GETEVENTS,
                           NULL, 0);
        if (ret > 0 && to_submit) {
            submitted += (unsigned)ret;
            failures = 0;
        } else if (ret < 0 && errno == EINTR) {
            /* a signal (the PAL's suspend signal, say): wait again */
        } else if (ret < 0 && errno != EAGAIN && errno != EBUSY) {
            healthy = false; /* collect what is in flight, then give up */
        } else if ((ret < 0 || to_submit) && ++failures > 100) {
            healthy = false; /* the kernel keeps taking nothing */
        }
        unsigned head = *r->cq_head;
        unsigned ctail = __atomic_load_n(r->cq_tail, __ATOMIC_ACQUIRE);
        for (; head != ctail; head++) {
            const struct io_uring_cqe *cqe = &r->cqes[head & *r->cq_mask];
            unsigned i = (unsigned)cqe->user_data;
            if (i < n && !done[i]) {
                done[i] = true;
                ok[i] = cqe->res == 0;
                if (ok[i])
                    find_stat_from_statx(&r->answers[i], &st[i]);
                else if (cqe->res == -EINVAL || cqe->res == -EOPNOTSUPP)
                    healthy = false; /* a kernel without IORING_OP_STATX */
                answered++;
            }
        }
        __atomic_store_n(r->cq_head, head, __ATOMIC_RELEASE);
        if (!healthy && answered == submitted)
            return false;
    }
    return healthy;
}

static bool find_stat_one(int dirfd, const char *name, struct stat *st)
{
    return fstatat(dirfd, name, st, 0) == 0 || fstatat(dirfd, name, st, AT_SYMLINK_NOFOLLOW) == 0;
}

void find_stat_many(struct find_stat_ring **ring, bool use_ring, int dirfd,
                    const char *const *names, unsigned n, struct stat *st, bool *ok)
{
    bool done[FIND_STAT_BATCH] = {false};
    if (n == 0)
        return;
    struct find_stat_ring *r = *ring;
    if (r && r->generation != atomic_load_explicit(&find_stat_fork_generation,
                                                    memory_order_relaxed)) {
        find_stat_ring_free(r); /* the parent's: this process makes its own */
        *ring = r = NULL;
    }
    if (!r && use_ring && n > 1 &&
        !atomic_load_explicit(&find_stat_ring_refused, memory_order_relaxed))
        *ring = r = find_stat_ring_new();
    if (r && !find_stat_ring_run(r, dirfd, names, n, st, ok, done)) {
        /* The queue does not work here: the calls one by one from now on. */
        atomic_store_explicit(&find_stat_ring_refused, true, memory_order_relaxed);
        find_stat_ring_free(r);
        *ring = NULL;
    }
    for (unsigned i = 0; i < n; i++) {
        /* No answer, or a failed one (a dangling link, a name gone): one by
         * one, as without a queue. */
        if (!done[i] || !ok[i])
            ok[i] = find_stat_one(dirfd, names[i], &st[i]);
    }
}
