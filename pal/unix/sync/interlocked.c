/*
 * interlocked.c - InterlockedIncrement, InterlockedDecrement,
 * InterlockedExchange, InterlockedExchangePointer, InterlockedCompareExchange,
 * InterlockedCompareExchangePointer.
 *
 * Clients normally never call these: pal_thread.h turns their calls into the
 * inline PAL_Inline* functions (one locked instruction, a full barrier as on
 * Windows). These are the exported entry points behind &InterlockedIncrement
 * and friends, and for callers that bypass the macros. Never traced (spec).
 */
#include "internal.h"

LONG PALAPI InterlockedIncrement(LONG volatile *lpAddend)
{
    return PAL_InlineInterlockedIncrement(lpAddend);
}

LONG PALAPI InterlockedDecrement(LONG volatile *lpAddend)
{
    return PAL_InlineInterlockedDecrement(lpAddend);
}

LONG PALAPI InterlockedExchange(LONG volatile *Target, LONG Value)
{
    return PAL_InlineInterlockedExchange(Target, Value);
}

PVOID PALAPI InterlockedExchangePointer(PVOID volatile *Target, PVOID Value)
{
    return PAL_InlineInterlockedExchangePointer(Target, Value);
}

LONG PALAPI InterlockedCompareExchange(LONG volatile *Destination, LONG Exchange, LONG Comperand)
{
    return PAL_InlineInterlockedCompareExchange(Destination, Exchange, Comperand);
}

PVOID PALAPI InterlockedCompareExchangePointer(PVOID volatile *Destination, PVOID Exchange,
                                               PVOID Comperand)
{
    return PAL_InlineInterlockedCompareExchangePointer(Destination, Exchange, Comperand);
}
