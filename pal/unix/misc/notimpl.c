/*
 * notimpl.c - stubs for the entry points listed in notimpl.def: each fails with
 * ERROR_CALL_NOT_IMPLEMENTED and its documented failure value, or, with no
 * failure channel (noreturn APIs), aborts with a message.
 */
#define PAL_IMPLEMENTATION 1
#include "rotor_pal.h"

#include <stdio.h>
#include <stdlib.h>

/* A stub ignores its parameters by design. */
#pragma GCC diagnostic ignored "-Wunused-parameter"

#define NOTIMPL(ret, name, failure, params)                                                        \
    ret PALAPI name params                                                                         \
    {                                                                                              \
        SetLastError(ERROR_CALL_NOT_IMPLEMENTED);                                                  \
        return failure;                                                                            \
    }

#define NOTIMPL_VOID(name, params)                                                                 \
    void PALAPI name params                                                                        \
    {                                                                                              \
        SetLastError(ERROR_CALL_NOT_IMPLEMENTED);                                                  \
    }

#define NOTIMPL_NORETURN(name, params)                                                             \
    DECLSPEC_NORETURN void PALAPI name params                                                      \
    {                                                                                              \
        fputs("librotor_pal: " #name " is not implemented\n", stderr);                             \
        abort();                                                                                   \
    }

#include "notimpl.def"
