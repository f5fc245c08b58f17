/*
 * internal.h - what every library source includes first.
 *
 * Library sources see the PAL_ names of the PAL C runtime and none of the
 * client renaming macros (see docs/conventions.md), so they use the system C
 * library freely.
 */
#ifndef PAL_UNIX_INTERNAL_H
#define PAL_UNIX_INTERNAL_H

#ifndef PAL_IMPLEMENTATION
#define PAL_IMPLEMENTATION 1
#endif
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdatomic.h>

#include "rotor_pal.h"

#define PAL_LIKELY(x) __builtin_expect(!!(x), 1)
#define PAL_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define PAL_HIDDEN __attribute__((visibility("hidden")))
/* Thread-locals of the library: initial-exec, so a read is one instruction. */
#define PAL_THREAD_LOCAL __thread __attribute__((tls_model("initial-exec")))

#define PAL_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define PAL_CONTAINER_OF(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))

#include "error.h"
#include "trace.h"

#endif /* PAL_UNIX_INTERNAL_H */
