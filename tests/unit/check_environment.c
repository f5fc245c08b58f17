/*
 * check_environment.c - the Windows quoting of GetCommandLineW (and later
 * CreateProcess): each argument must split back unchanged by the Windows
 * rules.
 */
#include "internal.h"
#include "environment.h"
#include "unit.h"

#include <string.h>

static void check_quote(const char *arg, const char *expected)
{
    char out[128];
    size_t len = env_quote_argument(arg, NULL, 0);
    ck_assert_uint_lt(len, sizeof(out));
    ck_assert_uint_eq(env_quote_argument(arg, out, 0), len);
    out[len] = '\0';
    ck_assert_str_eq(out, expected);
}

START_TEST(test_quoting)
{
    check_quote("plain", "plain");
    check_quote("", "\"\"");
    check_quote("a b", "\"a b\"");
    check_quote("tab\there", "\"tab\there\"");
    check_quote("c\"d", "c\\\"d");
    check_quote("e\\\\\"f", "e\\\\\\\\\\\"f");
    check_quote("dir\\sub\\", "dir\\sub\\");
    check_quote("a b\\", "\"a b\\\\\"");
    check_quote("x\\y z", "\"x\\y z\"");
}
END_TEST

START_TEST(test_appends)
{
    char out[64];
    size_t len = env_quote_argument("prog", out, 0);
    out[len++] = ' ';
    len = env_quote_argument("two words", out, len);
    out[len] = '\0';
    ck_assert_str_eq(out, "prog \"two words\"");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("environment");
    TCase *tc = tcase_create("command line");
    tcase_add_test(tc, test_quoting);
    tcase_add_test(tc, test_appends);
    suite_add_tcase(s, tc);
    return unit_run(s);
}
