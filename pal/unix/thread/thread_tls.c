/*
 * thread_tls.c - thread-local storage: TlsAlloc, TlsGetValue, TlsSetValue,
 * TlsFree.
 *
 * As on Windows, there are THREAD_TLS_SLOTS (64 + 1024) indexes: the first
 * 64 slots live in the thread's struct pal_thread, the other 1024 in an
 * expansion block the thread allocates the first time it stores into one.
 *
 * A freed index must read NULL in every thread once it is allocated again.
 * TlsFree clears the slot in every thread (Windows does the same), walking
 * the list of PAL threads under tls_lock, before it marks the index free.
 * That keeps TlsGetValue, which programs call on hot paths, down to a bounds
 * check and two loads: no generation to compare, no lock.
 */
#include "internal.h"
#include "thread.h"

#include <pthread.h>
#include <stdlib.h>

/* Guards the allocation bitmap and the thread list. */
static pthread_mutex_t tls_lock = PTHREAD_MUTEX_INITIALIZER;
static uint64_t tls_used[(THREAD_TLS_SLOTS + 63) / 64];
static struct pal_thread *tls_threads;

void thread_tls_attach(struct pal_thread *self)
{
    pthread_mutex_lock(&tls_lock);
    self->tls_prev = NULL;
    self->tls_next = tls_threads;
    if (tls_threads)
        tls_threads->tls_prev = self;
    tls_threads = self;
    pthread_mutex_unlock(&tls_lock);
}

void thread_tls_detach(struct pal_thread *self)
{
    pthread_mutex_lock(&tls_lock);
    if (self->tls_prev)
        self->tls_prev->tls_next = self->tls_next;
    else if (tls_threads == self)
        tls_threads = self->tls_next;
    if (self->tls_next)
        self->tls_next->tls_prev = self->tls_prev;
    self->tls_next = self->tls_prev = NULL;
    /* Off the list, TlsFree no longer looks at the block. */
    _Atomic(void *) *expansion = atomic_exchange(&self->tls_expansion, NULL);
    pthread_mutex_unlock(&tls_lock);
    free((void *)expansion);
}

static bool tls_is_used(DWORD index) { return (tls_used[index / 64] >> (index % 64)) & 1; }

DWORD PALAPI TlsAlloc(void)
{
    PAL_TRACE_ENTER(TlsAlloc, "");
    DWORD index = TLS_OUT_OF_INDEXES;
    pthread_mutex_lock(&tls_lock);
    /* The lowest free index, as Windows gives. */
    for (DWORD word = 0; word < PAL_ARRAY_SIZE(tls_used); word++) {
        uint64_t free_bits = ~tls_used[word];
        if (word == THREAD_TLS_SLOTS / 64 && THREAD_TLS_SLOTS % 64)
            free_bits &= ((uint64_t)1 << (THREAD_TLS_SLOTS % 64)) - 1;
        if (free_bits) {
            DWORD bit = (DWORD)__builtin_ctzll(free_bits);
            tls_used[word] |= (uint64_t)1 << bit;
            index = word * 64 + bit;
            break;
        }
    }
    pthread_mutex_unlock(&tls_lock);
    /* Success leaves the LastError alone (Windows does). */
    if (index == TLS_OUT_OF_INDEXES)
        error_set(ERROR_NO_MORE_ITEMS);
    return PAL_TRACE_RETURN(TlsAlloc, DWORD, "%u", index);
}

/* Everything but an inline slot of an adopted thread: expansion slots, bad
 * indexes, and threads the PAL has not seen (whose every slot is NULL). */
static __attribute__((noinline)) LPVOID tls_get_slow(DWORD index)
{
    if (index >= THREAD_TLS_SLOTS) {
        error_set(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    error_set(ERROR_SUCCESS);
    struct pal_thread *self = thread_self_ptr;
    if (!self)
        return NULL;
    if (index < THREAD_TLS_INLINE)
        return atomic_load_explicit(&self->tls[index], memory_order_relaxed);
    _Atomic(void *) *expansion = atomic_load_explicit(&self->tls_expansion, memory_order_acquire);
    if (!expansion)
        return NULL;
    return atomic_load_explicit(&expansion[index - THREAD_TLS_INLINE], memory_order_relaxed);
}

/* Not traced (spec TlsGetValue: it is called too often). Windows does not
 * check that the index is allocated, only that it exists, and clears the
 * LastError on success (MSDN), so a NULL value can be told from a failure. */
LPVOID PALAPI TlsGetValue(DWORD dwTlsIndex)
{
    struct pal_thread *self = thread_self_ptr;
    if (PAL_LIKELY(dwTlsIndex < THREAD_TLS_INLINE && self != NULL)) {
        error_set(ERROR_SUCCESS);
        return atomic_load_explicit(&self->tls[dwTlsIndex], memory_order_relaxed);
    }
    return tls_get_slow(dwTlsIndex);
}

static BOOL tls_set(DWORD index, LPVOID value)
{
    if (index >= THREAD_TLS_SLOTS) {
        error_set(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    struct pal_thread *self = thread_self();
    if (!self)
        return FALSE;
    if (index < THREAD_TLS_INLINE) {
        atomic_store_explicit(&self->tls[index], value, memory_order_relaxed);
        return TRUE;
    }
    _Atomic(void *) *expansion = atomic_load_explicit(&self->tls_expansion, memory_order_acquire);
    if (!expansion) {
        expansion = calloc(THREAD_TLS_EXPANSION, sizeof(*expansion));
        if (!expansion) {
            error_set(ERROR_NOT_ENOUGH_MEMORY);
            return FALSE;
        }
        /* Published for TlsFree in other threads, which read it under tls_lock. */
        atomic_store_explicit(&self->tls_expansion, expansion, memory_order_release);
    }
    atomic_store_explicit(&expansion[index - THREAD_TLS_INLINE], value, memory_order_relaxed);
    return TRUE;
}

/* Like Windows, any existing index may be set, allocated or not. */
BOOL PALAPI TlsSetValue(DWORD dwTlsIndex, LPVOID lpTlsValue)
{
    PAL_TRACE_ENTER(TlsSetValue, "dwTlsIndex=%u, lpTlsValue=%p", dwTlsIndex, lpTlsValue);
    BOOL ret = tls_set(dwTlsIndex, lpTlsValue);
    return PAL_TRACE_RETURN(TlsSetValue, BOOL, "%d", ret);
}

static BOOL tls_free(DWORD index)
{
    if (index >= THREAD_TLS_SLOTS) {
        error_set(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    pthread_mutex_lock(&tls_lock);
    bool used = tls_is_used(index);
    if (used) {
        /* Cleared everywhere before the index can be handed out again. */
        for (struct pal_thread *t = tls_threads; t; t = t->tls_next) {
            if (index < THREAD_TLS_INLINE) {
                atomic_store_explicit(&t->tls[index], NULL, memory_order_relaxed);
                continue;
            }
            _Atomic(void *) *expansion =
                atomic_load_explicit(&t->tls_expansion, memory_order_acquire);
            if (expansion)
                atomic_store_explicit(&expansion[index - THREAD_TLS_INLINE], NULL,
                                      memory_order_relaxed);
        }
        tls_used[index / 64] &= ~((uint64_t)1 << (index % 64));
    }
    pthread_mutex_unlock(&tls_lock);
    /* Freeing an index that is not allocated fails, as on Windows. */
    if (!used)
        error_set(ERROR_INVALID_PARAMETER);
    return used;
}

BOOL PALAPI TlsFree(DWORD dwTlsIndex)
{
    PAL_TRACE_ENTER(TlsFree, "dwTlsIndex=%u", dwTlsIndex);
    BOOL ret = tls_free(dwTlsIndex);
    return PAL_TRACE_RETURN(TlsFree, BOOL, "%d", ret);
}
