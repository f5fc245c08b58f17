/*
 * check_handle.c - unit tests of the handle manager: generation checks,
 * stale and double close, concurrent create/close/lookup, a million live
 * handles, read sections, inheritable flags and handles made at an exact
 * value.
 */
#include "internal.h"
#include "handle.h"
#include "sync.h"

#include "unit.h"
#include <pthread.h>
#include <stdlib.h>

struct counted {
    struct pal_object obj;
    _Atomic int *destroyed;
};

static void counted_destroy(struct pal_object *obj)
{
    struct counted *c = (struct counted *)obj;
    atomic_fetch_add(c->destroyed, 1);
    free(c);
}

static const struct handle_ops counted_ops = {.type_name = "counted", .destroy = counted_destroy};
static const struct handle_ops other_ops = {.type_name = "other", .destroy = counted_destroy};
/* Read sections only give waitable objects; these tests never wait. */
static const struct wait_ops no_wait_ops;
static const struct handle_ops waitable_ops = {
    .type_name = "waitable", .destroy = counted_destroy, .wait = &no_wait_ops};

static HANDLE new_handle_of(const struct handle_ops *ops, _Atomic int *destroyed)
{
    struct counted *c = malloc(sizeof(*c));
    ck_assert_ptr_nonnull(c);
    object_init(&c->obj, ops);
    c->destroyed = destroyed;
    return handle_alloc(&c->obj);
}

static HANDLE new_handle(_Atomic int *destroyed)
{
    return new_handle_of(&counted_ops, destroyed);
}

static struct pal_object *new_object(_Atomic int *destroyed)
{
    struct counted *c = malloc(sizeof(*c));
    ck_assert_ptr_nonnull(c);
    object_init(&c->obj, &counted_ops);
    c->destroyed = destroyed;
    return &c->obj;
}

static bool listed_inheritable(HANDLE h)
{
    HANDLE list[64];
    size_t n = handle_list_inheritable(list, 64);
    ck_assert_uint_le(n, 64);
    for (size_t i = 0; i < n; i++)
        if (list[i] == h)
            return true;
    return false;
}

/* The inheritable flag belongs to the handle; handle_list_inheritable sees
 * only live inheritable handles; handle_alloc_at takes an exact value that
 * is free (unused yet, or freed) and refuses one in use or malformed. */
START_TEST(test_inherit_flag_and_exact_values)
{
    _Atomic int destroyed = 0;
    HANDLE plain = new_handle(&destroyed);
    HANDLE inh = handle_alloc_inherit(new_object(&destroyed), true);
    bool flag = true;
    ck_assert(handle_get_inherit(plain, &flag) && !flag);
    ck_assert(handle_get_inherit(inh, &flag) && flag);
    ck_assert(!listed_inheritable(plain) && listed_inheritable(inh));
    ck_assert(handle_set_inherit(plain, true) && handle_set_inherit(inh, false));
    ck_assert(listed_inheritable(plain) && !listed_inheritable(inh));
    ck_assert(handle_close(plain));
    ck_assert(!listed_inheritable(plain));
    ck_assert(!handle_get_inherit(plain, &flag));

    /* A value far above any used one, then the freed value of `plain`. */
    HANDLE far = (HANDLE)(uintptr_t)((((uintptr_t)3 << 21) | 100000u) << 2);
    struct pal_object *obj = new_object(&destroyed);
    ck_assert(handle_alloc_at(far, obj, true));
    handle_pin pin;
    ck_assert_ptr_eq(handle_lookup(far, &counted_ops, &pin), obj);
    handle_unpin(pin);
    ck_assert(listed_inheritable(far));
    struct pal_object *again = new_object(&destroyed);
    ck_assert(!handle_alloc_at(far, again, false));        /* in use */
    ck_assert(!handle_alloc_at((HANDLE)(uintptr_t)6, again, false)); /* not a multiple of 4 */
    ck_assert(handle_alloc_at(plain, again, false));
    ck_assert_ptr_eq(handle_lookup(plain, &counted_ops, &pin), again);
    handle_unpin(pin);
    /* New handles still come out distinct and usable. */
    HANDLE next = new_handle(&destroyed);
    ck_assert_ptr_ne(next, plain);
    ck_assert_ptr_ne(next, far);
    ck_assert(handle_close(next) && handle_close(plain) && handle_close(far) && handle_close(inh));
    ck_assert_int_eq(destroyed, 5);
}
END_TEST

START_TEST(test_values_are_win32_shaped)
{
    _Atomic int destroyed = 0;
    HANDLE h = new_handle(&destroyed);
    uintptr_t v = (uintptr_t)h;
    ck_assert_ptr_nonnull(h);
    ck_assert_ptr_ne(h, INVALID_HANDLE_VALUE);
    ck_assert_uint_eq(v % 4, 0);
    ck_assert_uint_lt(v, (uintptr_t)1 << 31);
    ck_assert(handle_close(h));
    ck_assert_int_eq(destroyed, 1);
}
END_TEST

START_TEST(test_lookup_checks_type)
{
    _Atomic int destroyed = 0;
    HANDLE h = new_handle(&destroyed);
    handle_pin pin;
    struct pal_object *obj = handle_lookup(h, &counted_ops, &pin);
    ck_assert_ptr_nonnull(obj);
    handle_unpin(pin);
    error_set(0);
    ck_assert_ptr_null(handle_lookup(h, &other_ops, &pin));
    ck_assert_uint_eq(error_last_error, ERROR_INVALID_HANDLE);
    ck_assert(handle_close(h));
}
END_TEST

START_TEST(test_stale_and_double_close_refused)
{
    _Atomic int destroyed = 0;
    HANDLE h = new_handle(&destroyed);
    ck_assert(handle_close(h));
    error_set(0);
    ck_assert(!handle_close(h));
    ck_assert_uint_eq(error_last_error, ERROR_INVALID_HANDLE);
    handle_pin pin;
    error_set(0);
    ck_assert_ptr_null(handle_lookup(h, NULL, &pin));
    ck_assert_uint_eq(error_last_error, ERROR_INVALID_HANDLE);
    ck_assert_int_eq(destroyed, 1);

    /* Churn until the old slot has surely been reused: the stale value must
     * still be refused, and must never reach the new object. */
    for (int i = 0; i < 5000; i++) {
        HANDLE n = new_handle(&destroyed);
        ck_assert_ptr_ne(n, h);
        ck_assert(!handle_close(h));
        ck_assert(handle_close(n));
    }
    ck_assert_int_eq(destroyed, 5001);
}
END_TEST

START_TEST(test_bad_values_refused)
{
    static const uintptr_t bad[] = {0, 1, 2, 3, 5, 0x12344, (uintptr_t)1 << 31, (uintptr_t)-1,
                                    (uintptr_t)-2, 0xdeadbeefULL << 8};
    for (size_t i = 0; i < PAL_ARRAY_SIZE(bad); i++) {
        handle_pin pin;
        error_set(0);
        if (bad[i] == (uintptr_t)-1)
            continue; /* the current-process pseudo-handle */
        ck_assert_ptr_null(handle_lookup((HANDLE)bad[i], &counted_ops, &pin));
        ck_assert_uint_eq(error_last_error, ERROR_INVALID_HANDLE);
        ck_assert(!handle_close((HANDLE)bad[i]));
    }
}
END_TEST

START_TEST(test_pin_defers_release)
{
    _Atomic int destroyed = 0;
    HANDLE h = new_handle(&destroyed);
    handle_pin pin;
    ck_assert_ptr_nonnull(handle_lookup(h, NULL, &pin));
    ck_assert(handle_close(h));
    ck_assert_int_eq(destroyed, 0); /* still pinned */
    ck_assert(!handle_close(h));    /* but already closed */
    handle_unpin(pin);
    ck_assert_int_eq(destroyed, 1);
}
END_TEST

START_TEST(test_million_live_handles)
{
    enum { N = 1000000 };
    _Atomic int destroyed = 0;
    size_t before = handle_count();
    HANDLE *hs = malloc(N * sizeof(*hs));
    ck_assert_ptr_nonnull(hs);
    for (int i = 0; i < N; i++) {
        hs[i] = new_handle(&destroyed);
        ck_assert_ptr_nonnull(hs[i]);
    }
    ck_assert_uint_eq(handle_count(), before + N);
    for (int i = 0; i < N; i += 9973) {
        handle_pin pin;
        ck_assert_ptr_nonnull(handle_lookup(hs[i], &counted_ops, &pin));
        handle_unpin(pin);
    }
    for (int i = 0; i < N; i++)
        ck_assert(handle_close(hs[i]));
    ck_assert_int_eq(destroyed, N);
    ck_assert_uint_eq(handle_count(), before);
    free(hs);
}
END_TEST

/* Several threads create, look up and close their own handles while also
 * looking up and trying to close each other's: every object is destroyed
 * exactly once and no lookup ever returns a foreign object. */
enum { THREADS = 8, ROUNDS = 20000 };
static _Atomic(HANDLE) shared_handles[THREADS];
static _Atomic int concurrent_destroyed;
static _Atomic int foreign_closes;

static void *churn(void *arg)
{
    int me = (int)(intptr_t)arg;
    unsigned seed = (unsigned)me;
    for (int i = 0; i < ROUNDS; i++) {
        HANDLE h = new_handle(&concurrent_destroyed);
        atomic_store(&shared_handles[me], h);
        HANDLE other = atomic_load(&shared_handles[rand_r(&seed) % THREADS]);
        handle_pin pin;
        struct pal_object *obj = handle_lookup(other, &counted_ops, &pin);
        if (obj) {
            ck_assert_ptr_eq(obj->ops, &counted_ops);
            handle_unpin(pin);
        }
        if (rand_r(&seed) % 16 == 0 && other != h && handle_close(other))
            atomic_fetch_add(&foreign_closes, 1);
        /* Our own handle may already have been closed by someone else. */
        (void)handle_close(h);
    }
    return NULL;
}

START_TEST(test_concurrent_create_close_lookup)
{
    pthread_t threads[THREADS];
    for (int i = 0; i < THREADS; i++)
        ck_assert_int_eq(pthread_create(&threads[i], NULL, churn, (void *)(intptr_t)i), 0);
    for (int i = 0; i < THREADS; i++)
        pthread_join(threads[i], NULL);
    ck_assert_int_eq(concurrent_destroyed, THREADS * ROUNDS);
    ck_assert_int_gt(foreign_closes, 0); /* the races were really exercised */
}
END_TEST

START_TEST(test_read_section_defers_release)
{
    _Atomic int destroyed = 0;
    HANDLE hs[2] = {new_handle_of(&waitable_ops, &destroyed),
                    new_handle_of(&waitable_ops, &destroyed)};
    struct pal_object *objs[2];
    handle_read_section section = handle_read_begin();
    ck_assert(handle_peek_waitables(hs, 2, objs));
    ck_assert(handle_close(hs[0]));
    /* Closed: no longer visible, but alive until the section ends. */
    ck_assert(!handle_peek_waitables(hs, 1, objs + 1));
    ck_assert_int_eq(destroyed, 0);
    ck_assert_ptr_eq(objs[0]->ops, &waitable_ops);
    handle_read_end(section);
    ck_assert_int_eq(destroyed, 1);
    /* Without an open section, a close finalizes at once. */
    ck_assert(handle_close(hs[1]));
    ck_assert_int_eq(destroyed, 2);
}
END_TEST

START_TEST(test_read_section_refuses_what_cannot_wait)
{
    _Atomic int destroyed = 0;
    HANDLE hs[2] = {new_handle_of(&waitable_ops, &destroyed), new_handle(&destroyed)};
    struct pal_object *objs[2];
    handle_read_section section = handle_read_begin();
    ck_assert(handle_peek_waitables(hs, 1, objs));
    ck_assert(!handle_peek_waitables(hs, 2, objs)); /* not waitable */
    /* (INVALID_HANDLE_VALUE is GetCurrentProcess(), a waitable object.) */
    HANDLE bad[] = {NULL, (HANDLE)(uintptr_t)0x7ffffffc, (HANDLE)(uintptr_t)3};
    for (unsigned i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        ck_assert(!handle_peek_waitables(&bad[i], 1, objs));
    handle_read_end(section);
    ck_assert(handle_close(hs[0]));
    ck_assert(handle_close(hs[1]));
    ck_assert_int_eq(destroyed, 2);
}
END_TEST

/* Threads peek at each other's waitable handles in read sections, reading
 * the objects, while others close them: under the sanitizers a read of a
 * freed object fails the test; every object is still destroyed once. */
static _Atomic(HANDLE) peeked_handles[THREADS];
static _Atomic int peeked_destroyed;
static _Atomic int peeks_seen;

static void *peek_churn(void *arg)
{
    int me = (int)(intptr_t)arg;
    unsigned seed = (unsigned)me;
    for (int i = 0; i < ROUNDS; i++) {
        HANDLE h = new_handle_of(&waitable_ops, &peeked_destroyed);
        atomic_store(&peeked_handles[me], h);
        HANDLE others[4];
        for (int k = 0; k < 4; k++)
            others[k] = atomic_load(&peeked_handles[rand_r(&seed) % THREADS]);
        struct pal_object *objs[4];
        handle_read_section section = handle_read_begin();
        if (handle_peek_waitables(others, 4, objs)) {
            for (int k = 0; k < 4; k++) {
                struct counted *c = (struct counted *)objs[k];
                ck_assert_ptr_eq(c->obj.ops, &waitable_ops);
                ck_assert_ptr_eq(c->destroyed, &peeked_destroyed);
            }
            atomic_fetch_add(&peeks_seen, 1);
        }
        handle_read_end(section);
        if (rand_r(&seed) % 4 == 0)
            (void)handle_close(others[0]);
        (void)handle_close(h);
    }
    return NULL;
}

START_TEST(test_concurrent_peek_close)
{
    pthread_t threads[THREADS];
    for (int i = 0; i < THREADS; i++)
        ck_assert_int_eq(pthread_create(&threads[i], NULL, peek_churn, (void *)(intptr_t)i), 0);
    for (int i = 0; i < THREADS; i++)
        pthread_join(threads[i], NULL);
    ck_assert_int_eq(peeked_destroyed, THREADS * ROUNDS);
    ck_assert_int_gt(peeks_seen, 0);
}
END_TEST

static Suite *handle_suite(void)
{
    Suite *s = suite_create("handle");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_values_are_win32_shaped);
    tcase_add_test(tc, test_inherit_flag_and_exact_values);
    tcase_add_test(tc, test_lookup_checks_type);
    tcase_add_test(tc, test_stale_and_double_close_refused);
    tcase_add_test(tc, test_bad_values_refused);
    tcase_add_test(tc, test_pin_defers_release);
    tcase_add_test(tc, test_million_live_handles);
    tcase_add_test(tc, test_concurrent_create_close_lookup);
    tcase_add_test(tc, test_read_section_defers_release);
    tcase_add_test(tc, test_read_section_refuses_what_cannot_wait);
    tcase_add_test(tc, test_concurrent_peek_close);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return unit_run(handle_suite());
}
