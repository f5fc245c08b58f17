/*
 * trace.h - API call tracing (spec "API Call Tracing"), misc/trace.c.
 *
 * PAL_API_TRACING=stdout|stderr|<file> turns it on at PAL_Initialize. Each
 * traced API logs one entry line and one exit line, each formatted whole and
 * written with one write(2), so lines of concurrent calls never interleave.
 * When off, an API pays one predictable branch on trace_enabled.
 *
 *     PAL_TRACE_ENTER(SetEvent, "hEvent=%p", hEvent);
 *     ...
 *     return PAL_TRACE_RETURN(SetEvent, BOOL, "%d", ret);
 *
 * Formats are the PAL's printf formats (%p: 16 hex digits, %ws: WCHAR string).
 */
#ifndef PAL_UNIX_TRACE_H
#define PAL_UNIX_TRACE_H

extern int trace_enabled;

void trace_enter(const char *api, const char *fmt, ...);
void trace_exit(const char *api, const char *type, const char *fmt, ...);

/* Reads PAL_API_TRACING; returns false (and prints why) if the file cannot be opened. */
bool trace_init(void);
void trace_shutdown(void);

#ifdef PAL_TRACE_COMPILED_OUT
/* Only for measuring what tracing costs when off (bench/): never shipped. */
#define PAL_TRACE_ENTER(api, ...) ((void)0)
#define PAL_TRACE_RETURN(api, type, fmt, value) (value)
#define PAL_TRACE_RETURN_VOID(api) ((void)0)
#else
#define PAL_TRACE_ENTER(api, ...)                                                                  \
    do {                                                                                           \
        if (PAL_UNLIKELY(trace_enabled))                                                           \
            trace_enter(#api, __VA_ARGS__);                                                        \
    } while (0)

#define PAL_TRACE_RETURN(api, type, fmt, value)                                                    \
    __extension__({                                                                                \
        type trace_ret_ = (value);                                                                 \
        if (PAL_UNLIKELY(trace_enabled))                                                           \
            trace_exit(#api, #type, fmt, trace_ret_);                                              \
        trace_ret_;                                                                                \
    })

#define PAL_TRACE_RETURN_VOID(api)                                                                 \
    do {                                                                                           \
        if (PAL_UNLIKELY(trace_enabled))                                                           \
            trace_exit(#api, "VOID", "");                                                          \
    } while (0)

#endif

/* A string argument: its address and its text, for "%p \"%s\"" / "%p L\"%ws\"". */
#define PAL_TRACE_STR(s) (const void *)(s), ((s) ? (const char *)(s) : "")
#define PAL_TRACE_WSTR(s) (const void *)(s), ((s) ? (const WCHAR *)(s) : u"")

#endif
