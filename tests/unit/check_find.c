/*
 * check_find.c - FindFirstFile/FindNextFile where the palsuite cannot look:
 * the batched stat (find_stat.c) answers exactly what one fstatat a name
 * answers, through io_uring or without it; symbolic links are followed, a
 * dangling one is listed as itself, in the first entries of a listing as in
 * the ones read ahead; a forked child goes on with a listing its parent
 * started (and read ahead for), getting every remaining entry once.
 */
#include "internal.h"
#include "file.h"

#include "unit.h"
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define FILES 150
#define LINKS 20 /* of each kind: to a file, to a directory, dangling */

static char dir[64];

static void make_tree(void)
{
    snprintf(dir, sizeof(dir), "check_find_%d.dir", (int)getpid());
    ck_assert_int_eq(mkdir(dir, 0700), 0);
    char name[128];
    for (int i = 0; i < FILES; i++) {
        snprintf(name, sizeof(name), "%s/f%03d", dir, i);
        int fd = open(name, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
        ck_assert_int_ge(fd, 0);
        ck_assert_int_eq(write(fd, "0123456789", (size_t)(i % 11)), i % 11);
        close(fd);
    }
    snprintf(name, sizeof(name), "%s/sub", dir);
    ck_assert_int_eq(mkdir(name, 0700), 0);
    for (int i = 0; i < LINKS; i++) {
        snprintf(name, sizeof(name), "%s/lf%02d", dir, i);
        ck_assert_int_eq(symlink("f010", name), 0); /* 10 bytes */
        snprintf(name, sizeof(name), "%s/ld%02d", dir, i);
        ck_assert_int_eq(symlink("sub", name), 0);
        snprintf(name, sizeof(name), "%s/lx%02d", dir, i);
        ck_assert_int_eq(symlink("nowhere", name), 0);
    }
}

static void remove_tree(void)
{
    char cmd[128];
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
    ck_assert_int_eq(system(cmd), 0);
}

static void setup(void)
{
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    make_tree();
}

static void teardown(void)
{
    remove_tree();
    PAL_Terminate();
}

static void assert_same_stat(const struct stat *a, const struct stat *b, const char *name)
{
    ck_assert_msg(a->st_dev == b->st_dev && a->st_ino == b->st_ino && a->st_mode == b->st_mode &&
                      a->st_nlink == b->st_nlink && a->st_uid == b->st_uid &&
                      a->st_gid == b->st_gid && a->st_rdev == b->st_rdev &&
                      a->st_size == b->st_size && a->st_blocks == b->st_blocks,
                  "%s: another stat", name);
    /* A dangling link's own access time moves when a lookup first reads
     * the link (relatime), which any of the stats compared may be. */
    bool atime_stable = !S_ISLNK(a->st_mode);
    ck_assert_msg((!atime_stable || (a->st_atim.tv_sec == b->st_atim.tv_sec &&
                                     a->st_atim.tv_nsec == b->st_atim.tv_nsec)) &&
                      a->st_mtim.tv_sec == b->st_mtim.tv_sec &&
                      a->st_mtim.tv_nsec == b->st_mtim.tv_nsec &&
                      a->st_ctim.tv_sec == b->st_ctim.tv_sec &&
                      a->st_ctim.tv_nsec == b->st_ctim.tv_nsec,
                  "%s: other times", name);
}

/* What the listing must say of a name: its stat, links followed, or the
 * link's own for a dangling one. */
static bool expected_stat(const char *name, struct stat *st)
{
    char path[128];
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    return stat(path, st) == 0 || lstat(path, st) == 0;
}

START_TEST(test_batch_same_as_fstatat)
{
    static const char *const names[] = {"f001", "f010", "sub", "lf00", "ld00", "lx00", "missing",
                                        ".", "..", "f149"};
    enum { N = sizeof(names) / sizeof(names[0]) };
    int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    ck_assert_int_ge(dfd, 0);
    struct stat with_ring[N], without[N];
    bool ok_ring[N], ok_without[N];
    struct find_stat_ring *ring = NULL, *none = NULL;
    /* Twice through the same queue, to use it again. */
    for (int pass = 0; pass < 2; pass++) {
        find_stat_many(&ring, true, dfd, names, N, with_ring, ok_ring);
        find_stat_many(&none, false, dfd, names, N, without, ok_without);
        ck_assert_ptr_null(none);
        for (int i = 0; i < N; i++) {
            struct stat expect;
            bool exists = expected_stat(names[i], &expect);
            ck_assert_msg(ok_ring[i] == exists && ok_without[i] == exists, "%s: found %d/%d",
                          names[i], ok_ring[i], ok_without[i]);
            if (exists) {
                assert_same_stat(&with_ring[i], &expect, names[i]);
                assert_same_stat(&without[i], &expect, names[i]);
            }
        }
    }
    find_stat_ring_free(ring);
    close(dfd);
}
END_TEST

/* Lists the directory through FindNextFileA from where h is; checks each
 * entry against stat; counts each name in seen[] (by a hash of no
 * collisions for these names: their position in the expected list). */
static int expected_index(const char *name)
{
    int i;
    char kind[3];
    if (strcmp(name, ".") == 0)
        return 0;
    if (strcmp(name, "..") == 0)
        return 1;
    if (strcmp(name, "sub") == 0)
        return 2;
    if (sscanf(name, "f%3d", &i) == 1 && strlen(name) == 4 && i < FILES)
        return 3 + i;
    if (strlen(name) == 4 && name[0] == 'l' && sscanf(name + 2, "%2d", &i) == 1 && i < LINKS) {
        memcpy(kind, name, 2);
        kind[2] = 0;
        int k = strcmp(kind, "lf") == 0 ? 0 : strcmp(kind, "ld") == 0 ? 1 : 2;
        return 3 + FILES + k * LINKS + i;
    }
    return -1;
}
#define ENTRIES (3 + FILES + 3 * LINKS)

static void check_entry(const WIN32_FIND_DATAA *data, int *seen)
{
    int i = expected_index(data->cFileName);
    ck_assert_msg(i >= 0, "listed %s", data->cFileName);
    seen[i]++;
    struct stat st;
    ck_assert(expected_stat(data->cFileName, &st));
    WIN32_FILE_ATTRIBUTE_DATA attr;
    file_attribute_data_from_stat(&st, &attr);
    ck_assert_msg(data->dwFileAttributes == attr.dwFileAttributes &&
                      data->nFileSizeLow == attr.nFileSizeLow &&
                      data->nFileSizeHigh == attr.nFileSizeHigh,
                  "%s: attributes %#x size %u", data->cFileName, data->dwFileAttributes,
                  data->nFileSizeLow);
    ck_assert(CompareFileTime(&data->ftLastWriteTime, &attr.ftLastWriteTime) == 0);
    ck_assert(CompareFileTime(&data->ftCreationTime, &attr.ftCreationTime) == 0);
    if (strncmp(data->cFileName, "lf", 2) == 0)
        ck_assert_uint_eq(data->nFileSizeLow, 10); /* the target's size */
    if (strncmp(data->cFileName, "ld", 2) == 0)
        ck_assert(data->dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY);
    if (strncmp(data->cFileName, "lx", 2) == 0)
        ck_assert(!(data->dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY));
}

/* The rest of the listing behind h: each name once, and how many. */
static int list_rest(HANDLE h, int *seen)
{
    WIN32_FIND_DATAA data;
    int n = 0;
    while (FindNextFileA(h, &data)) {
        check_entry(&data, seen);
        n++;
    }
    return GetLastError() == ERROR_NO_MORE_FILES ? n : -1;
}

/* The whole listing of `pattern`, each name checked and counted in seen:
 * how many entries, or -1 if it did not end with ERROR_NO_MORE_FILES. */
static int list_all(const char *pattern, int *seen)
{
    WIN32_FIND_DATAA data;
    HANDLE h = FindFirstFileA(pattern, &data);
    ck_assert(h != INVALID_HANDLE_VALUE);
    check_entry(&data, seen);
    int n = list_rest(h, seen);
    ck_assert(FindClose(h));
    return n < 0 ? -1 : n + 1;
}

START_TEST(test_listing_follows_links)
{
    char pattern[128];
    snprintf(pattern, sizeof(pattern), "%s\\*", dir);
    int seen[ENTRIES] = {0};
    ck_assert_int_eq(list_all(pattern, seen), ENTRIES);
    for (int i = 0; i < ENTRIES; i++)
        ck_assert_msg(seen[i] == 1, "entry %d listed %d times", i, seen[i]);

    /* A pattern: the dangling links alone. */
    snprintf(pattern, sizeof(pattern), "%s\\lx*", dir);
    memset(seen, 0, sizeof(seen));
    ck_assert_int_ge(list_all(pattern, seen), 1);
    for (int i = 0; i < ENTRIES; i++)
        ck_assert_int_eq(seen[i], i >= 3 + FILES + 2 * LINKS);
}
END_TEST

START_TEST(test_listing_across_fork)
{
    char pattern[128];
    snprintf(pattern, sizeof(pattern), "%s\\*", dir);
    int seen[ENTRIES] = {0};
    WIN32_FIND_DATAA data;
    HANDLE h = FindFirstFileA(pattern, &data);
    ck_assert(h != INVALID_HANDLE_VALUE);
    check_entry(&data, seen);
    /* Past the first entries, into the ones read ahead. */
    for (int i = 1; i < 100; i++) {
        ck_assert(FindNextFileA(h, &data));
        check_entry(&data, seen);
    }
    /* The child goes on alone: the directory's read position is shared
     * with the parent, which only closes its copy afterwards. */
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        int n = list_rest(h, seen);
        for (int i = 0; i < ENTRIES; i++)
            if (seen[i] != 1)
                _exit(2);
        _exit(n == ENTRIES - 100 ? 0 : 1);
    }
    int status;
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    ck_assert(WIFEXITED(status));
    ck_assert_int_eq(WEXITSTATUS(status), 0);
    ck_assert(FindClose(h));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("find");
    TCase *tc = tcase_create("find");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_batch_same_as_fstatat);
    tcase_add_test(tc, test_listing_follows_links);
    tcase_add_test(tc, test_listing_across_fork);
    suite_add_tcase(s, tc);
    return unit_run(s);
}
