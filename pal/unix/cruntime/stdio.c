/*
 * stdio.c - C runtime streams (PAL_FILE over a stdio FILE) and errno.
 *
 * Win32 differences handled here: fopen takes '\' as a path separator, fails
 * on a directory (EACCES), and accepts msvcrt mode strings: r/w/a, '+', and
 * the translation/commit flags t b c n (and S R T D N), which are ignored
 * because Unix files have no text mode: "\n" is never turned into "\r\n".
 * ftell returns a 32-bit LONG and fails past 2 GiB; fseek takes a LONG.
 * Invalid parameters (NULL stream or buffer, bad origin or mode) fail with
 * errno EINVAL and the documented failure value instead of crashing.
 */
#include "internal.h"
#include "cruntime.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static struct _PAL_FILE crt_std_files[3] = {
    {NULL, 0, 0},
    {NULL, 1, 0},
    {NULL, 2, 0},
};

FILE *crt_file_fp(struct _PAL_FILE *f)
{
    if (!f || f->closed)
        return NULL;
    switch (f->std_index) {
    case 0:
        return stdin;
    case 1:
        return stdout;
    case 2:
        return stderr;
    default:
        return f->fp;
    }
}

PAL_FILE *PALAPI PAL_get_stdin(void)
{
    return &crt_std_files[0];
}

PAL_FILE *PALAPI PAL_get_stdout(void)
{
    return &crt_std_files[1];
}

PAL_FILE *PALAPI PAL_get_stderr(void)
{
    return &crt_std_files[2];
}

int *PALAPI PAL_errno(void)
{
    return &errno;
}

/* The stdio stream of a PAL_FILE argument, or NULL with errno EINVAL. */
static FILE *stream_fp(PAL_FILE *f)
{
    FILE *fp = crt_file_fp(f);
    if (!fp)
        errno = EINVAL;
    return fp;
}

/* msvcrt mode string -> stdio mode ("re", "w+e", ...); -1 if invalid. The
 * descriptor is close-on-exec ('e'), as every one the library opens: no
 * handle of ours reaches a child unless CreateProcess passes it. */
static int crt_mode(const char *mode, char out[4])
{
    if (!mode)
        return -1;
    while (*mode == ' ')
        mode++;
    if (*mode != 'r' && *mode != 'w' && *mode != 'a')
        return -1;
    bool plus = false;
    for (const char *m = mode + 1; *m && *m != ','; m++)
        plus |= *m == '+';
    out[0] = *mode;
    out[1] = plus ? '+' : 'e';
    out[2] = plus ? 'e' : 0;
    out[3] = 0;
    return 0;
}

static PAL_FILE *wrap_fp(FILE *fp)
{
    PAL_FILE *f = malloc(sizeof(*f));
    if (!f) {
        fclose(fp);
        errno = ENOMEM;
        return NULL;
    }
    f->fp = fp;
    f->std_index = -1;
    f->closed = 0;
    return f;
}

PAL_FILE *PALAPI PAL_fopen(const char *filename, const char *mode)
{
    char m[4];
    if (!filename || crt_mode(mode, m) != 0) {
        errno = EINVAL;
        return NULL;
    }
    if (!*filename) {
        errno = ENOENT;
        return NULL;
    }
    char *path = strdup(filename);
    if (!path) {
        errno = ENOMEM;
        return NULL;
    }
    for (char *p = path; *p; p++)
        if (*p == '\\')
            *p = '/';
    FILE *fp = fopen(path, m);
    int err = errno;
    free(path);
    if (!fp) {
        errno = err == EISDIR ? EACCES : err;
        return NULL;
    }
    struct stat st;
    if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
        fclose(fp);
        errno = EACCES; /* Win32 refuses to open a directory as a file */
        return NULL;
    }
    return wrap_fp(fp);
}

PAL_FILE *PALAPI PAL__wfopen(const WCHAR *filename, const WCHAR *mode)
{
    if (!filename || !mode) {
        errno = EINVAL;
        return NULL;
    }
    char *name = crt_wide_to_utf8_alloc(filename);
    char *m = name ? crt_wide_to_utf8_alloc(mode) : NULL;
    PAL_FILE *f = m ? PAL_fopen(name, m) : NULL;
    int err = errno;
    free(name);
    free(m);
    errno = err;
    return f;
}

PAL_FILE *PALAPI PAL__fdopen(int fd, const char *mode)
{
    char m[4];
    if (crt_mode(mode, m) != 0) {
        errno = EINVAL;
        return NULL;
    }
    if (fd < 0) {
        errno = EBADF;
        return NULL;
    }
    FILE *fp = fdopen(fd, m);
    if (!fp)
        return NULL;
    return wrap_fp(fp);
}

int PALAPI PAL_fclose(PAL_FILE *stream)
{
    FILE *fp = stream_fp(stream);
    if (!fp)
        return EOF;
    int r = fclose(fp);
    if (stream->std_index >= 0)
        stream->closed = 1;
    else
        free(stream);
    return r == 0 ? 0 : EOF;
}

int PALAPI PAL_fflush(PAL_FILE *stream)
{
    if (!stream)
        return fflush(NULL) == 0 ? 0 : EOF;
    FILE *fp = stream_fp(stream);
    if (!fp)
        return EOF;
    return fflush(fp) == 0 ? 0 : EOF;
}

/* The stream of an fread/fwrite, or NULL when there is nothing to transfer
 * (no errno) or a parameter is bad (EINVAL). */
static FILE *transfer_fp(const void *buffer, size_t size, size_t count, PAL_FILE *stream)
{
    if (size == 0 || count == 0)
        return NULL;
    FILE *fp = stream_fp(stream);
    if (fp && !buffer) {
        errno = EINVAL;
        return NULL;
    }
    return fp;
}

size_t PALAPI PAL_fwrite(const void *buffer, size_t size, size_t count, PAL_FILE *stream)
{
    FILE *fp = transfer_fp(buffer, size, count, stream);
    return fp ? fwrite(buffer, size, count, fp) : 0;
}

size_t PALAPI PAL_fread(void *buffer, size_t size, size_t count, PAL_FILE *stream)
{
    FILE *fp = transfer_fp(buffer, size, count, stream);
    return fp ? fread(buffer, size, count, fp) : 0;
}

char *PALAPI PAL_fgets(char *string, int n, PAL_FILE *stream)
{
    FILE *fp = stream_fp(stream);
    if (!fp)
        return NULL;
    if (!string || n <= 0) {
        errno = EINVAL;
        return NULL;
    }
    if (n == 1)
        return NULL; /* no room for a character: msvcrt returns NULL */
    return fgets(string, n, fp);
}

int PALAPI PAL_fputs(const char *string, PAL_FILE *stream)
{
    FILE *fp = stream_fp(stream);
    if (!fp)
        return EOF;
    if (!string) {
        errno = EINVAL;
        return EOF;
    }
    return fputs(string, fp) == EOF ? EOF : 0;
}

int PALAPI PAL_feof(PAL_FILE *stream)
{
    FILE *fp = stream_fp(stream);
    return fp ? feof(fp) : 0;
}

int PALAPI PAL_ferror(PAL_FILE *stream)
{
    FILE *fp = stream_fp(stream);
    return fp ? ferror(fp) : 0;
}

int PALAPI PAL_fseek(PAL_FILE *stream, LONG offset, int origin)
{
    FILE *fp = stream_fp(stream);
    if (!fp)
        return -1;
    if (origin != SEEK_SET && origin != SEEK_CUR && origin != SEEK_END) {
        errno = EINVAL;
        return -1;
    }
    return fseeko(fp, (off_t)offset, origin) == 0 ? 0 : -1;
}

LONG PALAPI PAL_ftell(PAL_FILE *stream)
{
    FILE *fp = stream_fp(stream);
    if (!fp)
        return -1;
    off_t pos = ftello(fp);
    if (pos < 0)
        return -1;
    if (pos > 0x7fffffff) {
        errno = EINVAL; /* a LONG cannot hold it: msvcrt's ftell fails */
        return -1;
    }
    return (LONG)pos;
}

int PALAPI PAL_getc(PAL_FILE *stream)
{
    FILE *fp = stream_fp(stream);
    return fp ? getc(fp) : EOF;
}

int PALAPI PAL_ungetc(int c, PAL_FILE *stream)
{
    FILE *fp = stream_fp(stream);
    return fp ? ungetc(c, fp) : EOF;
}

int PALAPI PAL__getw(PAL_FILE *stream)
{
    FILE *fp = stream_fp(stream);
    int w;
    if (!fp || fread(&w, sizeof(w), 1, fp) != 1)
        return EOF;
    return w;
}

int PALAPI PAL__putw(int w, PAL_FILE *stream)
{
    FILE *fp = stream_fp(stream);
    if (!fp || fwrite(&w, sizeof(w), 1, fp) != 1)
        return EOF;
    return w;
}

int PALAPI PAL__close(int fd)
{
    if (fd < 0) {
        errno = EBADF;
        return -1;
    }
    return close(fd) == 0 ? 0 : -1;
}
