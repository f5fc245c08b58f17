/*
 * check_init.c - PAL_Initialize: reference counted, and it leaves the Win32
 * floating-point environment (exceptions masked, round to nearest, 53-bit
 * x87 precision) in the calling thread and in threads CreateThread starts.
 */
#include "internal.h"
#include "unit.h"

#include <fenv.h>

static void check_fp_environment(void)
{
    ck_assert_int_eq(fegetround(), FE_TONEAREST);
    ck_assert_int_eq(fegetexcept(), 0);
    unsigned short cw;
    __asm__ volatile("fnstcw %0" : "=m"(cw));
    ck_assert_uint_eq(cw & 0x0300u, 0x0200u); /* precision control: 53 bits */
    ck_assert_uint_eq(cw & 0x003fu, 0x003fu); /* every exception masked */
    /* A masked division by zero gives infinity instead of a trap. */
    volatile double zero = 0.0;
    ck_assert(1.0 / zero > 1e308);
}

static DWORD PALAPI check_in_thread(LPVOID arg)
{
    check_fp_environment();
    return 7;
}

START_TEST(test_fp_environment)
{
    /* Something else changed it first: PAL_Initialize puts it back. */
    fesetround(FE_UPWARD);
    feenableexcept(FE_DIVBYZERO);
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    check_fp_environment();
    HANDLE t = CreateThread(NULL, 0, check_in_thread, NULL, 0, NULL);
    ck_assert_ptr_nonnull(t);
    ck_assert_uint_eq(WaitForSingleObject(t, INFINITE), WAIT_OBJECT_0);
    DWORD code = 0;
    ck_assert(GetExitCodeThread(t, &code));
    ck_assert_uint_eq(code, 7);
    ck_assert(CloseHandle(t));
    PAL_Terminate();
}
END_TEST

START_TEST(test_reference_counted)
{
    char *argv[] = {"first", NULL};
    char *other[] = {"second", NULL};
    ck_assert_int_eq(PAL_Initialize(1, argv), 0);
    ck_assert_int_eq(PAL_Initialize(1, other), 0); /* later argv is ignored */
    PAL_Terminate();
    /* Still initialized once: the APIs work and the first argv is kept. */
    HANDLE ev = CreateEventW(NULL, TRUE, TRUE, NULL);
    ck_assert_ptr_nonnull(ev);
    ck_assert(CloseHandle(ev));
    LPWSTR line = GetCommandLineW();
    ck_assert(line[0] == 'f' && line[5] == 0);
    PAL_Terminate();
}
END_TEST

int main(void)
{
    Suite *s = suite_create("init");
    TCase *tc = tcase_create("init");
    tcase_add_test(tc, test_fp_environment);
    tcase_add_test(tc, test_reference_counted);
    suite_add_tcase(s, tc);
    return unit_run(s);
}
