/*
 * bench_file.c - file I/O figures, each beside its raw POSIX equivalent
 * measured in the same run (bench/run-bench.sh sets the ratios):
 *   - SetFilePointer + ReadFile of 4 KiB (page cache) vs lseek + read;
 *   - WriteFile of 4 KiB vs write (rewinding every 1 MiB, both alike);
 *   - CreateFile(OPEN_EXISTING) + CloseHandle vs open + close, by absolute
 *     name and by a name relative to the current directory;
 *   - FindFirstFile/FindNextFile/FindClose over a directory of 10,000 files
 *     vs opendir/readdir/closedir (per entry). The PAL fills each entry's
 *     WIN32_FIND_DATA (attributes, size, times: one stat); readdir does not.
 *     A report row sets it beside readdir + one fstatat per entry, the same
 *     data got the plain way.
 * The file lives in a fresh directory under $TMPDIR (default /tmp).
 */
#include "internal.h"
#include "bench.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define IO_SIZE 4096
#define FILE_SIZE (1024 * 1024)
#define IO_OPS 5000
#define OPEN_OPS 3000

static char io_buf[IO_SIZE];
static int io_fd;
static HANDLE io_handle;
static const char *open_path;

/* The machine is shared and its system calls are slow and noisy: more
 * alternating runs than the other figures (bench_pair in bench.h). */
#define PAIR_RUNS 25

#define FIND_ENTRIES 10000

/* One listing of "many" (the ops argument is unused), per entry. */
static double posix_readdir(long unused)
{
    (void)unused;
    long n = 0;
    double start = bench_now_ns();
    DIR *d = opendir("many");
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL)
        n += e->d_name[0] != 0;
    if (d)
        closedir(d);
    return (bench_now_ns() - start) / (double)(n ? n : 1);
}

/* The same listing with one fstatat per entry: what FindNextFile reports. */
static double posix_readdir_fstatat(long unused)
{
    (void)unused;
    long n = 0;
    struct stat st;
    double start = bench_now_ns();
    DIR *d = opendir("many");
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL)
        n += fstatat(dirfd(d), e->d_name, &st, 0) == 0;
    if (d)
        closedir(d);
    return (bench_now_ns() - start) / (double)(n ? n : 1);
}

static double pal_findfiles(long unused)
{
    (void)unused;
    long n = 0;
    WIN32_FIND_DATAA data;
    double start = bench_now_ns();
    HANDLE h = FindFirstFileA("many\\*", &data);
    if (h != INVALID_HANDLE_VALUE) {
        do
            n++;
        while (FindNextFileA(h, &data));
        FindClose(h);
    }
    return (bench_now_ns() - start) / (double)(n ? n : 1);
}

/* Random-looking 4 KiB-aligned offsets, the same sequence for both. */
#define OFFSET(i) ((((unsigned long)(i) * 2654435761u) % (FILE_SIZE / IO_SIZE)) * IO_SIZE)

static double posix_lseek_read(long n)
{
    double start = bench_now_ns();
    for (long i = 0; i < n; i++) {
        lseek(io_fd, (off_t)OFFSET(i), SEEK_SET);
        if (read(io_fd, io_buf, IO_SIZE) != IO_SIZE)
            abort();
    }
    return (bench_now_ns() - start) / (double)n;
}

static double pal_setfilepointer_readfile(long n)
{
    double start = bench_now_ns();
    for (long i = 0; i < n; i++) {
        DWORD done;
        SetFilePointer(io_handle, (LONG)OFFSET(i), NULL, FILE_BEGIN);
        if (!ReadFile(io_handle, io_buf, IO_SIZE, &done, NULL) || done != IO_SIZE)
            abort();
    }
    return (bench_now_ns() - start) / (double)n;
}

/* Writes rewind every 1 MiB, so the file stays in the page cache. */
static double posix_write(long n)
{
    double start = bench_now_ns();
    for (long i = 0; i < n; i++) {
        if ((i & 255) == 0)
            lseek(io_fd, 0, SEEK_SET);
        if (write(io_fd, io_buf, IO_SIZE) != IO_SIZE)
            abort();
    }
    return (bench_now_ns() - start) / (double)n;
}

static double pal_writefile(long n)
{
    double start = bench_now_ns();
    for (long i = 0; i < n; i++) {
        DWORD done;
        if ((i & 255) == 0)
            SetFilePointer(io_handle, 0, NULL, FILE_BEGIN);
        if (!WriteFile(io_handle, io_buf, IO_SIZE, &done, NULL) || done != IO_SIZE)
            abort();
    }
    return (bench_now_ns() - start) / (double)n;
}

static double posix_open_close(long n)
{
    double start = bench_now_ns();
    for (long i = 0; i < n; i++) {
        int f = open(open_path, O_RDONLY | O_CLOEXEC);
        if (f < 0)
            abort();
        close(f);
    }
    return (bench_now_ns() - start) / (double)n;
}

static double pal_createfile_closehandle(long n)
{
    double start = bench_now_ns();
    for (long i = 0; i < n; i++) {
        HANDLE f = CreateFileA(open_path, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0,
                               NULL);
        if (f == INVALID_HANDLE_VALUE)
            abort();
        CloseHandle(f);
    }
    return (bench_now_ns() - start) / (double)n;
}

int main(int argc, char **argv)
{
    if (PAL_Initialize(argc, argv) != 0)
        return 1;
    const char *tmp = getenv("TMPDIR");
    char dir[512], path[600];
    snprintf(dir, sizeof(dir), "%s/bench_file.XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    snprintf(path, sizeof(path), "%s/data", dir);
    if (chdir(dir) != 0) {
        perror("chdir");
        return 1;
    }

    /* A 1 MiB file, in the page cache. */
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    memset(io_buf, 'x', sizeof(io_buf));
    for (int i = 0; i < FILE_SIZE / IO_SIZE; i++)
        if (write(fd, io_buf, IO_SIZE) != IO_SIZE)
            return 1;
    HANDLE h = CreateFileA(path, GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ, NULL,
                           OPEN_EXISTING, 0, NULL);
    if (h == INVALID_HANDLE_VALUE) {
        fprintf(stderr, "CreateFileA failed: %u\n", GetLastError());
        return 1;
    }

    io_fd = fd;
    io_handle = h;
    bench_pair("posix.lseek_read_4k", posix_lseek_read, "pal.SetFilePointer_ReadFile_4k",
               pal_setfilepointer_readfile, IO_OPS, PAIR_RUNS);
    bench_pair("posix.write_4k", posix_write, "pal.WriteFile_4k", pal_writefile, IO_OPS, PAIR_RUNS);
    CloseHandle(h);
    close(fd);

    open_path = path;
    bench_pair("posix.open_close", posix_open_close, "pal.CreateFile_CloseHandle",
               pal_createfile_closehandle, OPEN_OPS, PAIR_RUNS);
    open_path = "data";
    bench_pair("posix.open_close_relative", posix_open_close, "pal.CreateFile_CloseHandle_relative",
               pal_createfile_closehandle, OPEN_OPS, PAIR_RUNS);

    unlink(path);

    /* A directory of FIND_ENTRIES empty files. */
    if (mkdir("many", 0700) != 0)
        return 1;
    for (int i = 0; i < FIND_ENTRIES; i++) {
        char name[32];
        snprintf(name, sizeof(name), "many/f%05d.dat", i);
        int nf = open(name, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
        if (nf < 0)
            return 1;
        close(nf);
    }
    bench_pair("posix.readdir_per_entry", posix_readdir, "pal.FindNextFile_per_entry",
               pal_findfiles, 1, PAIR_RUNS);
    bench_pair("posix.readdir_fstatat_per_entry", posix_readdir_fstatat,
               "pal.FindNextFile_per_entry_vs_stat", pal_findfiles, 1, PAIR_RUNS);
    for (int i = 0; i < FIND_ENTRIES; i++) {
        char name[32];
        snprintf(name, sizeof(name), "many/f%05d.dat", i);
        unlink(name);
    }
    rmdir("many");
    rmdir(dir);
    PAL_Terminate();
    return 0;
}
