/*
 * file_share.c - CreateFile's dwShareMode, enforced between handles of this
 * process and of every other PAL process (docs/design/file-share-modes.md).
 *
 * Each handle that asks for data access (read, write or delete) records its
 * access and the accesses it denies others as one shared open-file-description
 * lock on one byte of a reserved range at the top of the file's offset space:
 *
 *     byte FILE_SHARE_BASE + access * 8 + deny     (access, deny: 3 bits each,
 *                                                   read 1, write 2, delete 4)
 *
 * Open-file-description locks belong to the descriptor, not to the process:
 * another CreateFile of the same file in the same process (a new descriptor)
 * sees them, and they vanish when the last descriptor closes, or when the
 * process dies, so a crashed process never leaves a file locked.
 *
 * An open conflicts with a recorded handle when one asks for an access the
 * other denies. The new handle takes its lock first, then looks for
 * conflicting records with F_OFD_GETLK (which ignores its own lock): of two
 * conflicting opens racing, at least the second sees the first, so two
 * conflicting handles are never both open. Under an exact race both may fail
 * (ERROR_SHARING_VIOLATION) where Windows would let the first one in.
 *
 * LockFile ranges stay below FILE_LOCK_LIMIT, so they never meet these bytes.
 */
#include "internal.h"
#include "file.h"

#include <fcntl.h>

#define FILE_SHARE_BASE ((off_t)FILE_LOCK_LIMIT)
#define FILE_SHARE_SLOTS 64

static unsigned share_deny_bits(DWORD share)
{
    unsigned deny = 0;
    if (!(share & FILE_SHARE_READ))
        deny |= FILE_ACCESS_READ;
    if (!(share & FILE_SHARE_WRITE))
        deny |= FILE_ACCESS_WRITE;
    if (!(share & FILE_SHARE_DELETE))
        deny |= FILE_ACCESS_DELETE;
    return deny;
}

static bool share_slot_conflicts(unsigned slot, unsigned access, unsigned deny)
{
    unsigned other_access = slot >> 3, other_deny = slot & 7;
    return (access & other_deny) || (other_access & deny);
}

/* Is a conflicting record held by another descriptor in slots [lo, hi)?
 * F_OFD_GETLK reports one lock per call: a lock that does not conflict is
 * cut out and both sides of it are searched. With no other handle open,
 * one call answers. */
static bool share_scan(int fd, unsigned lo, unsigned hi, unsigned access, unsigned deny)
{
    while (lo < hi) {
        struct flock fl = {
            .l_type = F_WRLCK,
            .l_whence = SEEK_SET,
            .l_start = FILE_SHARE_BASE + lo,
            .l_len = hi - lo,
        };
        if (fcntl(fd, F_OFD_GETLK, &fl) != 0 || fl.l_type == F_UNLCK)
            return false; /* a file system without locks enforces nothing */
        off_t start = fl.l_start - FILE_SHARE_BASE;
        off_t end = fl.l_len == 0 ? FILE_SHARE_SLOTS : start + fl.l_len;
        unsigned s = start < (off_t)lo ? lo : (unsigned)start;
        unsigned e = end > (off_t)hi ? hi : (unsigned)end;
        if (e <= s)
            return false; /* not a lock in the range: the kernel said otherwise */
        for (unsigned slot = s; slot < e; slot++)
            if (share_slot_conflicts(slot, access, deny))
                return true;
        if (share_scan(fd, lo, s, access, deny))
            return true;
        lo = e;
    }
    return false;
}

bool file_share_conflicts(int fd, unsigned access, DWORD share)
{
    return share_scan(fd, 0, FILE_SHARE_SLOTS, access, share_deny_bits(share));
}

bool file_share_acquire(int fd, unsigned access, DWORD share)
{
    /* Windows neither checks nor records the sharing of a handle without
     * data access (dwDesiredAccess 0: attributes only). */
    if (!access)
        return true;
    unsigned deny = share_deny_bits(share);
    struct flock fl = {
        .l_type = F_RDLCK,
        .l_whence = SEEK_SET,
        .l_start = FILE_SHARE_BASE + access * 8 + deny,
        .l_len = 1,
    };
    /* A descriptor that cannot take a read lock (write-only, see file.c)
     * still checks the others; it just cannot be seen by later opens. */
    bool recorded = fcntl(fd, F_OFD_SETLK, &fl) == 0;
    if (!share_scan(fd, 0, FILE_SHARE_SLOTS, access, deny))
        return true;
    if (recorded) {
        fl.l_type = F_UNLCK;
        fcntl(fd, F_OFD_SETLK, &fl);
    }
    error_set(ERROR_SHARING_VIOLATION);
    return false;
}
