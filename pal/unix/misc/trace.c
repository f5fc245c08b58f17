/*
 * trace.c - API call tracing to stdout, stderr or a file (spec "API Call
 * Tracing"). Each line is formatted whole into one buffer and written with
 * one write(2), so concurrent calls never interleave within a line. Tracing
 * never changes the caller's LastError or errno.
 */
#include "internal.h"
#include "cruntime.h"
#include "thread.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int trace_enabled;
static int trace_fd = -1;
static bool trace_fd_owned;

/* Longer lines are cut, marked with "..." */
#define TRACE_LINE_MAX 1024

bool trace_init(void)
{
    const char *target = getenv("PAL_API_TRACING");
    if (!target || !*target)
        return true;
    if (strcmp(target, "stdout") == 0) {
        trace_fd = STDOUT_FILENO;
    } else if (strcmp(target, "stderr") == 0) {
        trace_fd = STDERR_FILENO;
    } else {
        trace_fd = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0644);
        if (trace_fd < 0) {
            fprintf(stderr, "librotor_pal: PAL_API_TRACING: cannot open %s: %s\n", target,
                    strerror(errno));
            return false;
        }
        trace_fd_owned = true;
    }
    trace_enabled = 1;
    return true;
}

void trace_shutdown(void)
{
    trace_enabled = 0;
    if (trace_fd_owned)
        close(trace_fd);
    trace_fd = -1;
    trace_fd_owned = false;
}

static void trace_line(const char *api, const char *middle, const char *fmt, va_list ap)
{
    int saved_errno = errno;
    DWORD saved_error = error_last_error;
    char line[TRACE_LINE_MAX];
    int n = snprintf(line, sizeof(line), "%08x %s%s", (unsigned)thread_current_id(), api, middle);
    if (n > 0 && (size_t)n < sizeof(line))
        n += crt_vsnprintf(line + n, sizeof(line) - (size_t)n, fmt, ap);
    if (n < 0)
        n = 0;
    if ((size_t)n >= sizeof(line) - 2) {
        n = (int)sizeof(line) - 5;
        memcpy(line + n, "...", 3);
        n += 3;
    }
    if (middle[0] == '(')
        line[n++] = ')';
    line[n++] = '\n';
    ssize_t written = write(trace_fd, line, (size_t)n);
    (void)written; /* a lost trace line must not change the API's outcome */
    errno = saved_errno;
    error_last_error = saved_error;
}

void trace_enter(const char *api, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    trace_line(api, "(", fmt, ap);
    va_end(ap);
}

void trace_exit(const char *api, const char *type, const char *fmt, ...)
{
    char middle[64];
    snprintf(middle, sizeof(middle), fmt[0] ? " %s " : " %s", type);
    va_list ap;
    va_start(ap, fmt);
    trace_line(api, middle, fmt, ap);
    va_end(ap);
}
