/*
 * check_filetime.c - the FILETIME <-> timespec conversions and the Gregorian
 * day counts of filetime.h, which GetFileTime/SetFileTime also rely on.
 */
#include "internal.h"
#include "filetime.h"
#include "unit.h"

START_TEST(test_timespec)
{
    struct timespec ts = { 0, 0 };
    FILETIME ft = time_filetime_from_timespec(&ts);
    ck_assert_uint_eq(time_filetime_to_u64(&ft), 116444736000000000ULL);

    ts.tv_sec = 1709214330; /* 2024-02-29 13:45:30 UTC */
    ts.tv_nsec = 123456789;
    ft = time_filetime_from_timespec(&ts);
    ck_assert_uint_eq(time_filetime_to_u64(&ft), 133536879300000000ULL + 1234567);
    struct timespec back;
    ck_assert(time_timespec_from_filetime(&ft, &back));
    ck_assert_int_eq(back.tv_sec, 1709214330);
    ck_assert_int_eq(back.tv_nsec, 123456700); /* 100 ns resolution */

    /* Before 1970: negative seconds, nanoseconds still in [0, 1e9). */
    ft = time_filetime_from_u64(116444736000000000ULL - 5);
    ck_assert(time_timespec_from_filetime(&ft, &back));
    ck_assert_int_eq(back.tv_sec, -1);
    ck_assert_int_eq(back.tv_nsec, 999999500);
    ft = time_filetime_from_timespec(&back);
    ck_assert_uint_eq(time_filetime_to_u64(&ft), 116444736000000000ULL - 5);

    /* 1601 is the floor; the high bit is not a time. */
    ts.tv_sec = -11644473601LL;
    ts.tv_nsec = 0;
    ft = time_filetime_from_timespec(&ts);
    ck_assert_uint_eq(time_filetime_to_u64(&ft), 0);
    ft = time_filetime_from_u64(0);
    ck_assert(time_timespec_from_filetime(&ft, &back));
    ck_assert_int_eq(back.tv_sec, -11644473600LL);
    ft = time_filetime_from_u64(0x8000000000000000ULL);
    ck_assert(!time_timespec_from_filetime(&ft, &back));
    ft = time_filetime_from_u64(0x7FFFFFFFFFFFFFFFULL);
    ck_assert(time_timespec_from_filetime(&ft, &back));
    FILETIME again = time_filetime_from_timespec(&back);
    ck_assert_uint_eq(time_filetime_to_u64(&again), 0x7FFFFFFFFFFFFFFFULL);
}
END_TEST

START_TEST(test_civil)
{
    ck_assert_int_eq(time_days_from_civil(1970, 1, 1), 0);
    ck_assert_int_eq(time_days_from_civil(1601, 1, 1), -TIME_UNIX_EPOCH_DAYS);
    ck_assert_int_eq(time_days_from_civil(2000, 3, 1), 11017);
    ck_assert_int_eq(time_days_from_civil(2038, 1, 19), 24855);
    /* Every day from 1601 to 2500 goes there and back, one after the other. */
    int64_t prev_y = 1600;
    unsigned prev_m = 12, prev_d = 31;
    for (int64_t days = -TIME_UNIX_EPOCH_DAYS; days < 193000; days++) {
        int64_t y;
        unsigned m, d;
        time_civil_from_days(days, &y, &m, &d);
        if (time_days_from_civil(y, m, d) != days)
            ck_abort_msg("%d-%u-%u is not day %d", (int)y, m, d, (int)days);
        bool next_day = y == prev_y && m == prev_m && d == prev_d + 1;
        bool next_month = y == prev_y && m == prev_m + 1 && d == 1;
        bool next_year = y == prev_y + 1 && m == 1 && d == 1 && prev_m == 12 && prev_d == 31;
        if (!(next_day || next_month || next_year) || (next_month && prev_d < 28))
            ck_abort_msg("%d-%u-%u after %d-%u-%u", (int)y, m, d, (int)prev_y, prev_m, prev_d);
        prev_y = y;
        prev_m = m;
        prev_d = d;
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("filetime");
    TCase *tc = tcase_create("conversions");
    tcase_add_test(tc, test_timespec);
    tcase_add_test(tc, test_civil);
    suite_add_tcase(s, tc);
    return unit_run(s);
}
