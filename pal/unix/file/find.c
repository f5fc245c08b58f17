/*
 * find.c - FindFirstFileA/W, FindNextFileA/W, FindClose.
 *
 * A find handle is a kind of its own (spec): it is not in the handle table,
 * so CloseHandle refuses it and FindClose refuses every other handle. Live
 * searches are kept in a hash table under one lock, by handle value; values
 * count up from FIND_HANDLE_BASE, above every value the handle table makes
 * (< 2^31), and are never reused, so a closed search's handle stays invalid.
 *
 * A search reads its directory with readdir and keeps the names that match
 * the pattern: '*' and '?' are the wildcards, as on Windows, every other
 * character stands for itself, and names compare case-sensitively, as the
 * spec says of file names. "*.*" and "*." already became "*" in the path
 * translation. A pattern without wildcards names one entry, looked up
 * directly. Each match is stat'ed for its WIN32_FIND_DATA (links followed;
 * a dangling link is reported as itself).
 *
 * The first FIND_BATCH_AFTER matches are read and stat'ed one at a time, as
 * they are asked for. A longer listing then reads FIND_STAT_BATCH matches
 * ahead and stats them together (find_stat.c): a system call per entry
 * costs ten times the readdir. Windows too hands back entries from a buffer
 * filled ahead, attributes included.
 */
#include "internal.h"
#include "file.h"
#include "path.h"
#include "unicode.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <glib.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define FIND_HANDLE_BASE ((uintptr_t)1 << 32)

#define FIND_BATCH_AFTER 64

/* Matches read ahead, with their stat. */
struct find_batch {
    unsigned count, next;
    struct find_stat_ring *ring;
    const char *names[FIND_STAT_BATCH];
    struct stat st[FIND_STAT_BATCH];
    bool ok[FIND_STAT_BATCH];
    char name_bytes[FIND_STAT_BATCH][256]; /* d_name holds at most 255 bytes */
};

struct find_search {
    _Atomic uint32_t refs; /* the table's, and each FindNextFile's in progress */
    pthread_mutex_t lock;  /* the listing's position, for FindNextFile calls racing */
    DIR *dir;              /* NULL for a single-name search */
    char *dir_path;
    char *pattern;         /* fnmatch pattern, or the single name */
    bool single_done;
    unsigned listed;       /* matches handed back one at a time, up to FIND_BATCH_AFTER */
    struct find_batch *batch; /* then the ones read ahead */
};

/* What a search hands back, before the A or W copy. */
struct find_entry {
    const char *name;
    struct stat st;
    char name_copy[256];
};

static pthread_mutex_t find_lock = PTHREAD_MUTEX_INITIALIZER;
static GHashTable *find_table;
static uintptr_t find_next_value = FIND_HANDLE_BASE;

static void find_release(struct find_search *s)
{
    if (atomic_fetch_sub_explicit(&s->refs, 1, memory_order_acq_rel) != 1)
        return;
    if (s->dir)
        closedir(s->dir);
    if (s->batch) {
        find_stat_ring_free(s->batch->ring);
        free(s->batch);
    }
    pthread_mutex_destroy(&s->lock);
    free(s->dir_path);
    free(s->pattern);
    free(s);
}

/* The search behind h, with a reference; NULL with ERROR_INVALID_HANDLE. */
static struct find_search *find_lookup(HANDLE h, bool remove)
{
    pthread_mutex_lock(&find_lock);
    struct find_search *s = find_table ? g_hash_table_lookup(find_table, h) : NULL;
    if (s) {
        if (remove)
            g_hash_table_remove(find_table, h); /* the table's reference passes to us */
        else
            atomic_fetch_add_explicit(&s->refs, 1, memory_order_relaxed);
    }
    pthread_mutex_unlock(&find_lock);
    if (!s)
        error_set(ERROR_INVALID_HANDLE);
    return s;
}

static HANDLE find_register(struct find_search *s)
{
    pthread_mutex_lock(&find_lock);
    if (!find_table)
        find_table = g_hash_table_new(g_direct_hash, g_direct_equal);
    HANDLE h = (HANDLE)find_next_value;
    find_next_value += 4;
    g_hash_table_insert(find_table, h, s);
    pthread_mutex_unlock(&find_lock);
    return h;
}

/* A Win32 file name pattern as an fnmatch pattern: only '*' and '?' stay
 * special. NULL when out of memory. */
static char *find_pattern(const char *name)
{
    char *out = malloc(2 * strlen(name) + 1), *p = out;
    if (!out)
        return NULL;
    for (; *name; name++) {
        if (*name == '[' || *name == ']' || *name == '\\')
            *p++ = '\\';
        *p++ = *name;
    }
    *p = '\0';
    return out;
}

static bool find_matches(const struct find_search *s, const char *name)
{
    bool everything = s->pattern[0] == '*' && s->pattern[1] == '\0';
    return everything || fnmatch(s->pattern, name, 0) == 0;
}

/* Reads the next FIND_STAT_BATCH matches and stats them; false at the end
 * of the directory. */
static bool find_refill(struct find_search *s)
{
    struct find_batch *b = s->batch;
    unsigned n = 0;
    struct dirent *d;
    while (n < FIND_STAT_BATCH && (d = readdir(s->dir)) != NULL) {
        if (!find_matches(s, d->d_name))
            continue;
        size_t len = strnlen(d->d_name, sizeof(b->name_bytes[n]) - 1);
        memcpy(b->name_bytes[n], d->d_name, len);
        b->name_bytes[n][len] = '\0';
        b->names[n] = b->name_bytes[n];
        n++;
    }
    find_stat_many(&b->ring, true, dirfd(s->dir), b->names, n, b->st, b->ok);
    b->count = n;
    b->next = 0;
    return n > 0;
}

/* The next entry of the search; false at the end (nothing set). Called with
 * the search's lock. */
static bool find_advance(struct find_search *s, struct find_entry *e)
{
    if (!s->dir) {
        if (s->single_done)
            return false;
        s->single_done = true;
        e->name = s->pattern;
        return fstatat(AT_FDCWD, s->dir_path, &e->st, 0) == 0 ||
               fstatat(AT_FDCWD, s->dir_path, &e->st, AT_SYMLINK_NOFOLLOW) == 0;
    }
    if (!s->batch && s->listed >= FIND_BATCH_AFTER && (s->batch = malloc(sizeof(*s->batch)))) {
        s->batch->count = s->batch->next = 0;
        s->batch->ring = NULL;
    }
    while (!s->batch) { /* the first entries, or no memory for a batch */
        struct dirent *d = readdir(s->dir);
        if (!d)
            return false;
        if (!find_matches(s, d->d_name))
            continue;
        if (fstatat(dirfd(s->dir), d->d_name, &e->st, 0) != 0 &&
            fstatat(dirfd(s->dir), d->d_name, &e->st, AT_SYMLINK_NOFOLLOW) != 0)
            continue; /* gone since readdir saw it */
        s->listed++;
        e->name = d->d_name;
        return true;
    }
    struct find_batch *b = s->batch;
    for (;;) {
        while (b->next < b->count) {
            unsigned i = b->next++;
            if (!b->ok[i])
                continue; /* gone since readdir saw it */
            size_t len = strlen(b->names[i]);
            memcpy(e->name_copy, b->names[i], len + 1);
            e->name = e->name_copy;
            e->st = b->st[i];
            return true;
        }
        if (!find_refill(s))
            return false;
    }
}

/* Starts a search for the Unix path (taken); returns it with its first entry,
 * or NULL with the LastError. */
static struct find_search *find_start(char *path, struct find_entry *first)
{
    if (!path)
        return NULL;
    size_t len = strlen(path);
    if (len == 0 || path[len - 1] == '/') {
        /* "dir\" names no file: Windows finds nothing. */
        free(path);
        error_set(ERROR_FILE_NOT_FOUND);
        return NULL;
    }
    struct find_search *s = calloc(1, sizeof(*s));
    if (!s) {
        free(path);
        error_set(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    atomic_init(&s->refs, 1);
    pthread_mutex_init(&s->lock, NULL);
    char *slash = strrchr(path, '/');
    const char *name = slash ? slash + 1 : path;
    if (!strpbrk(name, "*?")) {
        /* One name: the entry itself, if it exists. */
        s->pattern = strdup(name);
        s->dir_path = path;
        if (!s->pattern)
            error_set(ERROR_NOT_ENOUGH_MEMORY);
        else if (find_advance(s, first))
            return s;
        else
            error_set(path_error_from_errno(path, errno));
        find_release(s);
        return NULL;
    }
    s->pattern = find_pattern(name);
    if (slash == path)
        s->dir_path = strdup("/");
    else if (slash)
        s->dir_path = strndup(path, (size_t)(slash - path));
    else
        s->dir_path = strdup(".");
    free(path);
    if (!s->pattern || !s->dir_path) {
        error_set(ERROR_NOT_ENOUGH_MEMORY);
        find_release(s);
        return NULL;
    }
    s->dir = opendir(s->dir_path);
    if (!s->dir) {
        /* The directory part does not exist, or is not a directory. */
        error_set(errno == ENOENT || errno == ENOTDIR ? ERROR_PATH_NOT_FOUND
                                                      : error_from_errno(errno));
        find_release(s);
        return NULL;
    }
    if (!find_advance(s, first)) {
        error_set(ERROR_FILE_NOT_FOUND);
        find_release(s);
        return NULL;
    }
    return s;
}

/* Everything but the names; WIN32_FIND_DATAA and W start with the fields
 * of WIN32_FILE_ATTRIBUTE_DATA, in its order. */
static void find_fill_common(const struct stat *st, WIN32_FIND_DATAW *data)
{
    WIN32_FILE_ATTRIBUTE_DATA attributes;
    file_attribute_data_from_stat(st, &attributes);
    memset(data, 0, sizeof(*data));
    data->dwFileAttributes = attributes.dwFileAttributes;
    data->ftCreationTime = attributes.ftCreationTime;
    data->ftLastAccessTime = attributes.ftLastAccessTime;
    data->ftLastWriteTime = attributes.ftLastWriteTime;
    data->nFileSizeHigh = attributes.nFileSizeHigh;
    data->nFileSizeLow = attributes.nFileSizeLow;
}
_Static_assert(offsetof(WIN32_FIND_DATAA, cFileName) == offsetof(WIN32_FIND_DATAW, cFileName),
               "the find data structures share their first fields");

static void find_fill_w(const struct find_entry *e, WIN32_FIND_DATAW *data)
{
    find_fill_common(&e->st, data);
    unicode_utf8_to_utf16(e->name, data->cFileName, MAX_PATH);
}

static void find_fill_a(const struct find_entry *e, WIN32_FIND_DATAA *data)
{
    WIN32_FIND_DATAW common;
    find_fill_common(&e->st, &common);
    memset(data, 0, sizeof(*data));
    memcpy(data, &common, offsetof(WIN32_FIND_DATAW, cFileName));
    /* CP_ACP is UTF-8: the bytes as they are (a name has at most 255). */
    size_t len = strnlen(e->name, MAX_PATH - 1);
    memcpy(data->cFileName, e->name, len);
    data->cFileName[len] = '\0';
}

HANDLE PALAPI FindFirstFileW(LPCWSTR lpFileName, LPWIN32_FIND_DATAW lpFindFileData)
{
    PAL_TRACE_ENTER(FindFirstFileW, "lpFileName=%p L\"%ws\", lpFindFileData=%p",
                    PAL_TRACE_WSTR(lpFileName), lpFindFileData);
    HANDLE h = INVALID_HANDLE_VALUE;
    struct find_entry first;
    struct find_search *s = NULL;
    if (!lpFileName)
        error_set(ERROR_PATH_NOT_FOUND);
    else if (!lpFindFileData)
        error_set(ERROR_INVALID_PARAMETER);
    else
        s = find_start(path_from_win32W(lpFileName, PATH_WILDCARD), &first);
    if (s) {
        find_fill_w(&first, lpFindFileData);
        h = find_register(s);
    }
    return PAL_TRACE_RETURN(FindFirstFileW, HANDLE, "%p", h);
}

HANDLE PALAPI FindFirstFileA(LPCSTR lpFileName, LPWIN32_FIND_DATAA lpFindFileData)
{
    PAL_TRACE_ENTER(FindFirstFileA, "lpFileName=%p \"%s\", lpFindFileData=%p",
                    PAL_TRACE_STR(lpFileName), lpFindFileData);
    HANDLE h = INVALID_HANDLE_VALUE;
    struct find_entry first;
    struct find_search *s = NULL;
    if (!lpFileName)
        error_set(ERROR_PATH_NOT_FOUND);
    else if (!lpFindFileData)
        error_set(ERROR_INVALID_PARAMETER);
    else
        s = find_start(path_from_win32A(lpFileName, PATH_WILDCARD), &first);
    if (s) {
        find_fill_a(&first, lpFindFileData);
        h = find_register(s);
    }
    return PAL_TRACE_RETURN(FindFirstFileA, HANDLE, "%p", h);
}

/* FindNextFile: the next entry, or FALSE with ERROR_NO_MORE_FILES. */
static struct find_search *find_next(HANDLE h, const void *data, struct find_entry *e)
{
    struct find_search *s = find_lookup(h, false);
    if (!s)
        return NULL;
    if (!data) {
        error_set(ERROR_INVALID_PARAMETER);
    } else {
        pthread_mutex_lock(&s->lock);
        bool found = find_advance(s, e);
        if (found && e->name != s->pattern && e->name != e->name_copy) {
            /* A readdir entry: the next readdir may reuse its memory. */
            memcpy(e->name_copy, e->name, strlen(e->name) + 1);
            e->name = e->name_copy;
        }
        pthread_mutex_unlock(&s->lock);
        if (found)
            return s; /* the caller fills, then releases */
        error_set(ERROR_NO_MORE_FILES);
    }
    find_release(s);
    return NULL;
}

BOOL PALAPI FindNextFileW(HANDLE hFindFile, LPWIN32_FIND_DATAW lpFindFileData)
{
    PAL_TRACE_ENTER(FindNextFileW, "hFindFile=%p, lpFindFileData=%p", hFindFile, lpFindFileData);
    struct find_entry e;
    struct find_search *s = find_next(hFindFile, lpFindFileData, &e);
    if (s) {
        find_fill_w(&e, lpFindFileData);
        find_release(s);
    }
    return PAL_TRACE_RETURN(FindNextFileW, BOOL, "%d", s != NULL);
}

BOOL PALAPI FindNextFileA(HANDLE hFindFile, LPWIN32_FIND_DATAA lpFindFileData)
{
    PAL_TRACE_ENTER(FindNextFileA, "hFindFile=%p, lpFindFileData=%p", hFindFile, lpFindFileData);
    struct find_entry e;
    struct find_search *s = find_next(hFindFile, lpFindFileData, &e);
    if (s) {
        find_fill_a(&e, lpFindFileData);
        find_release(s);
    }
    return PAL_TRACE_RETURN(FindNextFileA, BOOL, "%d", s != NULL);
}

BOOL PALAPI FindClose(HANDLE hFindFile)
{
    PAL_TRACE_ENTER(FindClose, "hFindFile=%p", hFindFile);
    struct find_search *s = find_lookup(hFindFile, true);
    if (s)
        find_release(s);
    return PAL_TRACE_RETURN(FindClose, BOOL, "%d", s != NULL);
}
