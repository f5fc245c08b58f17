/*
 * handle_table.c - handle values, slots, lookup and release.
 *
 * The table is a directory of lazily allocated chunks that are never freed,
 * so a lookup can index it without a lock. Each slot has one 32-bit state
 * word: generation (8 bits), LIVE, and a pin count. Lookup pins with a CAS
 * that also checks generation and LIVE; close clears LIVE, and whoever brings
 * the pin count to zero with LIVE clear (close itself, or the last unpin)
 * finalizes the slot: bumps the generation, frees the slot, drops the
 * handle's reference. Allocation and freeing of slots take a mutex; lookups
 * never do.
 *
 * Freed slots are reused first-in first-out and only once enough are free,
 * so a stale handle meets its old slot again after many reuses, and then
 * only with a different generation.
 *
 * Read sections let a caller that resolves many handles at once (a wait for
 * 64 objects) skip the two atomic operations a pin costs per handle: it
 * enters a section (one atomic increment of a counter, one of a few shared
 * between threads), peeks at the slots, and leaves (one decrement). The
 * slot of a waitable object (the only kind a peek returns), once closed and
 * unpinned, is not finalized while any section is open: it waits in the
 * limbo list, and the last section to close, or the next close, finalizes
 * it. Sections never block and never sleep, so this delays a close by
 * nanoseconds.
 */
#include "internal.h"
#include "handle.h"

#include <pthread.h>
#include <stdlib.h>

#define HANDLE_INDEX_BITS 21
#define HANDLE_GEN_BITS 8
#define HANDLE_INDEX_MASK ((1u << HANDLE_INDEX_BITS) - 1)
#define HANDLE_GEN_MASK ((1u << HANDLE_GEN_BITS) - 1)
#define HANDLE_CHUNK_BITS 12
#define HANDLE_CHUNK_SIZE (1u << HANDLE_CHUNK_BITS)
#define HANDLE_CHUNKS (1u << (HANDLE_INDEX_BITS - HANDLE_CHUNK_BITS))
/* Keep at least this many slots free before reusing one. */
#define HANDLE_REUSE_DELAY 1024

#define SLOT_PINS_MASK 0x001fffffu
/* The object is waitable: read sections may see it (see above). */
#define SLOT_WAITABLE 0x00200000u
#define SLOT_LIVE 0x00400000u
/* The handle is inheritable (bInheritHandle): CreateProcess with
 * bInheritHandles passes it to the child. A property of the handle, not of
 * the object, as on Windows. */
#define SLOT_INHERIT 0x00800000u
#define SLOT_GEN_SHIFT 24

struct handle_slot {
    _Atomic uint32_t state;
    uint32_t next_free;
    struct pal_object *obj;
};

static struct handle_slot *_Atomic handle_chunks[HANDLE_CHUNKS];
static pthread_mutex_t handle_alloc_lock = PTHREAD_MUTEX_INITIALIZER;
static uint32_t handle_next_unused = 1; /* index 0 is never used: handle 0 is NULL */
static uint32_t handle_free_head, handle_free_tail, handle_free_count;
static _Atomic size_t handle_live;

/* Threads spread over the read-section counters, each on its own line. */
#define READ_SHARDS 16
static struct {
    _Atomic uint32_t open;
} __attribute__((aligned(64))) read_shards[READ_SHARDS];
static _Atomic uint32_t read_shard_next;
static PAL_THREAD_LOCAL uint32_t read_shard_mine; /* shard + 1; 0: none yet */

/* Closed waitable slots waiting for the open read sections to end, linked
 * through next_free (under handle_alloc_lock). */
static uint32_t limbo_head;
static _Atomic uint32_t limbo_count;

static inline struct handle_slot *slot_at(uint32_t index)
{
    struct handle_slot *chunk =
        atomic_load_explicit(&handle_chunks[index >> HANDLE_CHUNK_BITS], memory_order_acquire);
    return chunk ? &chunk[index & (HANDLE_CHUNK_SIZE - 1)] : NULL;
}

static inline uint32_t slot_gen(uint32_t state) { return state >> SLOT_GEN_SHIFT; }

/* The state of a slot that has just been given obj. */
static inline uint32_t slot_live_state(uint32_t gen, struct pal_object *obj, bool inherit)
{
    return (gen << SLOT_GEN_SHIFT) | SLOT_LIVE | (obj->ops->wait ? SLOT_WAITABLE : 0) |
           (inherit ? SLOT_INHERIT : 0);
}

/* Gives the slot taken for a new handle its object, then makes it live:
 * a lookup that sees LIVE sees the object. */
static void slot_publish(uint32_t index, uint32_t gen, struct pal_object *obj, bool inherit)
{
    struct handle_slot *slot = slot_at(index);
    slot->obj = obj;
    atomic_fetch_add_explicit(&handle_live, 1, memory_order_relaxed);
    atomic_store_explicit(&slot->state, slot_live_state(gen, obj, inherit), memory_order_release);
}

static inline HANDLE handle_make(uint32_t gen, uint32_t index)
{
    return (HANDLE)(uintptr_t)(((gen << HANDLE_INDEX_BITS) | index) << 2);
}

/* With handle_alloc_lock held: makes sure chunk `chunk` exists (chunks are
 * never freed, so lookups index them without a lock). */
static bool chunk_ensure_locked(uint32_t chunk)
{
    if (atomic_load_explicit(&handle_chunks[chunk], memory_order_relaxed))
        return true;
    struct handle_slot *slots = calloc(HANDLE_CHUNK_SIZE, sizeof(*slots));
    if (!slots)
        return false;
    atomic_store_explicit(&handle_chunks[chunk], slots, memory_order_release);
    return true;
}

/* Index of a fresh or reusable slot, or 0 when the table is full. Called with
 * handle_alloc_lock held. */
static uint32_t slot_take_locked(void)
{
    if (handle_free_count > HANDLE_REUSE_DELAY || handle_next_unused > HANDLE_INDEX_MASK) {
        if (handle_free_count == 0)
            return 0;
        uint32_t index = handle_free_head;
        handle_free_head = slot_at(index)->next_free;
        if (--handle_free_count == 0)
            handle_free_tail = 0;
        return index;
    }
    uint32_t index = handle_next_unused;
    if (!chunk_ensure_locked(index >> HANDLE_CHUNK_BITS))
        return 0;
    handle_next_unused++;
    return index;
}

HANDLE handle_alloc(struct pal_object *obj) { return handle_alloc_inherit(obj, false); }

HANDLE handle_alloc_inherit(struct pal_object *obj, bool inherit)
{
    pthread_mutex_lock(&handle_alloc_lock);
    uint32_t index = slot_take_locked();
    pthread_mutex_unlock(&handle_alloc_lock);
    if (index == 0) {
        object_release(obj);
        error_set(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    uint32_t gen = slot_gen(atomic_load_explicit(&slot_at(index)->state, memory_order_relaxed));
    slot_publish(index, gen, obj, inherit);
    return handle_make(gen, index);
}

HANDLE handle_alloc_created(struct pal_object *obj)
{
    HANDLE h = handle_alloc(obj);
    if (h)
        error_set(ERROR_SUCCESS);
    return h;
}

/* The slot index and generation a handle value names; false if the value
 * cannot be a handle. */
static inline bool handle_decode(HANDLE h, uint32_t *index, uint32_t *gen)
{
    uintptr_t v = (uintptr_t)h;
    if ((v & 3) || v >= ((uintptr_t)1 << 31))
        return false;
    *index = (uint32_t)(v >> 2) & HANDLE_INDEX_MASK;
    *gen = (uint32_t)(v >> (HANDLE_INDEX_BITS + 2));
    return *index != 0;
}

/* The slot a handle value names, or NULL if the value cannot be a handle. */
static struct handle_slot *slot_of(HANDLE h, uint32_t *index, uint32_t *gen)
{
    return handle_decode(h, index, gen) ? slot_at(*index) : NULL;
}

/* Gives the slot back and drops the handle's reference: no lookup has it
 * pinned, and no read section can see it. */
static void slot_release(uint32_t index)
{
    struct handle_slot *slot = slot_at(index);
    struct pal_object *obj = slot->obj;
    slot->obj = NULL;
    uint32_t state = atomic_load_explicit(&slot->state, memory_order_relaxed);
    uint32_t next_gen = (slot_gen(state) + 1) & HANDLE_GEN_MASK;
    atomic_store_explicit(&slot->state, next_gen << SLOT_GEN_SHIFT, memory_order_release);

    pthread_mutex_lock(&handle_alloc_lock);
    slot->next_free = 0;
    if (handle_free_tail)
        slot_at(handle_free_tail)->next_free = index;
    else
        handle_free_head = index;
    handle_free_tail = index;
    handle_free_count++;
    pthread_mutex_unlock(&handle_alloc_lock);

    atomic_fetch_sub_explicit(&handle_live, 1, memory_order_relaxed);
    object_release(obj);
}

/* Is every read section closed? Sequentially consistent loads, after the
 * caller's sequentially consistent change (the slot's LIVE cleared by
 * handle_close, the pin count brought to 0, the limbo count raised): a
 * section that opens after this look sees that change. (No fence: thread
 * sanitizers do not model them.) */
static bool read_sections_idle(void)
{
    for (unsigned i = 0; i < READ_SHARDS; i++)
        if (atomic_load_explicit(&read_shards[i].open, memory_order_seq_cst) != 0)
            return false;
    return true;
}

/* Finalizes the slots in limbo if no read section is open. Either this sees
 * a section's counter back at 0, or that section, leaving, sees the limbo
 * count this close raised (both sides: a sequentially consistent change,
 * then a look at the other's word), so nothing stays in limbo for long. */
static void limbo_reclaim(void)
{
    if (!read_sections_idle())
        return;
    pthread_mutex_lock(&handle_alloc_lock);
    uint32_t index = limbo_head;
    limbo_head = 0;
    atomic_store_explicit(&limbo_count, 0, memory_order_relaxed);
    pthread_mutex_unlock(&handle_alloc_lock);
    while (index) {
        uint32_t next = slot_at(index)->next_free;
        slot_release(index);
        index = next;
    }
}

/* The slot is closed and no longer pinned. */
static void slot_finalize(uint32_t index)
{
    struct handle_slot *slot = slot_at(index);
    if (!(atomic_load_explicit(&slot->state, memory_order_relaxed) & SLOT_WAITABLE) ||
        read_sections_idle()) {
        slot_release(index);
        return;
    }
    pthread_mutex_lock(&handle_alloc_lock);
    slot->next_free = limbo_head;
    limbo_head = index;
    atomic_fetch_add_explicit(&limbo_count, 1, memory_order_seq_cst);
    pthread_mutex_unlock(&handle_alloc_lock);
    limbo_reclaim();
}

handle_read_section handle_read_begin(void)
{
    uint32_t shard = read_shard_mine;
    if (PAL_UNLIKELY(shard == 0)) {
        shard = atomic_fetch_add_explicit(&read_shard_next, 1, memory_order_relaxed);
        shard = shard % READ_SHARDS + 1;
        read_shard_mine = shard;
    }
    atomic_fetch_add_explicit(&read_shards[shard - 1].open, 1, memory_order_seq_cst);
    return shard - 1;
}

void handle_read_end(handle_read_section section)
{
    atomic_fetch_sub_explicit(&read_shards[section].open, 1, memory_order_seq_cst);
    if (PAL_UNLIKELY(atomic_load_explicit(&limbo_count, memory_order_seq_cst) != 0))
        limbo_reclaim();
}

bool handle_peek_waitables(const HANDLE *handles, uint32_t count, struct pal_object **objs)
{
    for (uint32_t i = 0; i < count; i++) {
        HANDLE h = handles[i];
        uint32_t index, gen;
        struct handle_slot *slot = slot_of(h, &index, &gen);
        if (PAL_LIKELY(slot != NULL)) {
            uint32_t state = atomic_load_explicit(&slot->state, memory_order_seq_cst);
            if (slot_gen(state) != gen || (state & (SLOT_LIVE | SLOT_WAITABLE)) !=
                                              (SLOT_LIVE | SLOT_WAITABLE))
                return false;
            objs[i] = slot->obj;
        } else if (handle_is_pseudo(h)) {
            struct pal_object *obj = h == HANDLE_PSEUDO_PROCESS ? process_current_object()
                                                                : thread_current_object();
            if (!obj || !obj->ops->wait)
                return false;
            objs[i] = obj;
        } else {
            return false;
        }
    }
    return true;
}

struct pal_object *handle_lookup(HANDLE h, const struct handle_ops *ops, handle_pin *pin)
{
    uint32_t index, gen;
    struct handle_slot *slot = slot_of(h, &index, &gen);
    *pin = 0;
    if (PAL_LIKELY(slot != NULL)) {
        uint32_t state = atomic_load_explicit(&slot->state, memory_order_relaxed);
        for (;;) {
            if (slot_gen(state) != gen || !(state & SLOT_LIVE))
                break;
            if (atomic_compare_exchange_weak_explicit(&slot->state, &state, state + 1,
                                                      memory_order_acquire, memory_order_relaxed)) {
                struct pal_object *obj = slot->obj;
                if (ops && obj->ops != ops) {
                    handle_unpin(index);
                    break;
                }
                *pin = index;
                return obj;
            }
        }
    } else if (handle_is_pseudo(h)) {
        struct pal_object *obj =
            h == HANDLE_PSEUDO_PROCESS ? process_current_object() : thread_current_object();
        if (obj && (!ops || obj->ops == ops))
            return obj;
    }
    error_set(ERROR_INVALID_HANDLE);
    return NULL;
}

void handle_unpin(handle_pin index)
{
    if (!index)
        return;
    struct handle_slot *slot = slot_at(index);
    uint32_t state = atomic_fetch_sub_explicit(&slot->state, 1, memory_order_seq_cst) - 1;
    if (PAL_UNLIKELY(!(state & SLOT_LIVE)) && (state & SLOT_PINS_MASK) == 0)
        slot_finalize(index);
}

bool handle_close(HANDLE h)
{
    uint32_t index, gen;
    struct handle_slot *slot = slot_of(h, &index, &gen);
    if (slot) {
        uint32_t state = atomic_load_explicit(&slot->state, memory_order_relaxed);
        while (slot_gen(state) == gen && (state & SLOT_LIVE)) {
            if (atomic_compare_exchange_weak_explicit(&slot->state, &state, state & ~SLOT_LIVE,
                                                      memory_order_seq_cst, memory_order_relaxed)) {
                if ((state & SLOT_PINS_MASK) == 0)
                    slot_finalize(index);
                return true;
            }
        }
    }
    error_set(ERROR_INVALID_HANDLE);
    return false;
}

bool handle_get_inherit(HANDLE h, bool *inherit)
{
    uint32_t index, gen;
    struct handle_slot *slot = slot_of(h, &index, &gen);
    uint32_t state = slot ? atomic_load_explicit(&slot->state, memory_order_relaxed) : 0;
    if (!slot || slot_gen(state) != gen || !(state & SLOT_LIVE)) {
        error_set(ERROR_INVALID_HANDLE);
        return false;
    }
    *inherit = (state & SLOT_INHERIT) != 0;
    return true;
}

bool handle_set_inherit(HANDLE h, bool inherit)
{
    uint32_t index, gen;
    struct handle_slot *slot = slot_of(h, &index, &gen);
    if (slot) {
        uint32_t state = atomic_load_explicit(&slot->state, memory_order_relaxed);
        while (slot_gen(state) == gen && (state & SLOT_LIVE)) {
            uint32_t next = inherit ? state | SLOT_INHERIT : state & ~SLOT_INHERIT;
            if (atomic_compare_exchange_weak_explicit(&slot->state, &state, next,
                                                      memory_order_relaxed, memory_order_relaxed))
                return true;
        }
    }
    error_set(ERROR_INVALID_HANDLE);
    return false;
}

size_t handle_list_inheritable(HANDLE *out, size_t max)
{
    pthread_mutex_lock(&handle_alloc_lock);
    uint32_t end = handle_next_unused;
    pthread_mutex_unlock(&handle_alloc_lock);
    size_t n = 0;
    for (uint32_t index = 1; index < end; index++) {
        struct handle_slot *slot = slot_at(index);
        uint32_t state = slot ? atomic_load_explicit(&slot->state, memory_order_relaxed) : 0;
        if ((state & (SLOT_LIVE | SLOT_INHERIT)) == (SLOT_LIVE | SLOT_INHERIT)) {
            if (n < max)
                out[n] = handle_make(slot_gen(state), index);
            n++;
        }
    }
    return n;
}

/* With handle_alloc_lock held: takes the free slot `index` out of the free
 * list; false if it is not there. */
static bool slot_unfree_locked(uint32_t index)
{
    uint32_t prev = 0;
    for (uint32_t i = handle_free_head; i; prev = i, i = slot_at(i)->next_free) {
        if (i != index)
            continue;
        uint32_t next = slot_at(i)->next_free;
        if (prev)
            slot_at(prev)->next_free = next;
        else
            handle_free_head = next;
        if (handle_free_tail == index)
            handle_free_tail = prev;
        handle_free_count--;
        return true;
    }
    return false;
}

/* With handle_alloc_lock held: makes `index` a fresh slot, the unused
 * ones below it free. */
static bool slot_reach_locked(uint32_t index)
{
    for (uint32_t c = handle_next_unused >> HANDLE_CHUNK_BITS; c <= index >> HANDLE_CHUNK_BITS; c++)
        if (!chunk_ensure_locked(c))
            return false;
    for (uint32_t i = handle_next_unused; i < index; i++) {
        slot_at(i)->next_free = 0;
        if (handle_free_tail)
            slot_at(handle_free_tail)->next_free = i;
        else
            handle_free_head = i;
        handle_free_tail = i;
        handle_free_count++;
    }
    handle_next_unused = index + 1;
    return true;
}

bool handle_alloc_at(HANDLE h, struct pal_object *obj, bool inherit)
{
    uint32_t index, gen;
    if (!handle_decode(h, &index, &gen))
        return false;
    pthread_mutex_lock(&handle_alloc_lock);
    bool ok = index >= handle_next_unused ? slot_reach_locked(index) : slot_unfree_locked(index);
    pthread_mutex_unlock(&handle_alloc_lock);
    if (ok)
        slot_publish(index, gen, obj, inherit);
    return ok;
}

size_t handle_count(void)
{
    return atomic_load_explicit(&handle_live, memory_order_relaxed);
}
