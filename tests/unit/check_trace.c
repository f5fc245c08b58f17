/*
 * check_trace.c - the API trace format: entry and exit lines for several
 * APIs called from two threads at once, each line whole, strings shown,
 * LastError untouched by tracing.
 */
#include "internal.h"

#include "unit.h"
#include <pthread.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { CALLS = 500 };
static char trace_path[64];

static void *call_apis(void *arg)
{
    for (int i = 0; i < CALLS; i++) {
        HANDLE ev = CreateEventW(NULL, TRUE, FALSE, NULL);
        ck_assert_ptr_nonnull(ev);
        ck_assert(SetEvent(ev));
        ck_assert_uint_eq(WaitForSingleObject(ev, 0), WAIT_OBJECT_0);
        ck_assert(CloseHandle(ev));
        /* A failing call keeps its LastError through the exit trace line. */
        ck_assert_ptr_null(CreateEventA(NULL, FALSE, FALSE, "trace\\name"));
        ck_assert_uint_eq(GetLastError(), ERROR_PATH_NOT_FOUND);
    }
    return NULL;
}

static const char *const line_patterns[] = {
    "^[0-9a-f]{8} CreateEventW\\(lpEventAttributes=0000000000000000, bManualReset=1, "
    "bInitialState=0, lpName=0000000000000000 L\"\"\\)$",
    "^[0-9a-f]{8} CreateEventW HANDLE [0-9A-F]{16}$",
    "^[0-9a-f]{8} SetEvent\\(hEvent=[0-9A-F]{16}\\)$",
    "^[0-9a-f]{8} SetEvent BOOL 1$",
    "^[0-9a-f]{8} WaitForSingleObject\\(hHandle=[0-9A-F]{16}, dwMilliseconds=0\\)$",
    "^[0-9a-f]{8} WaitForSingleObject DWORD 0$",
    "^[0-9a-f]{8} CloseHandle\\(hObject=[0-9A-F]{16}\\)$",
    "^[0-9a-f]{8} CloseHandle BOOL 1$",
    "^[0-9a-f]{8} CreateEventA\\(lpEventAttributes=0000000000000000, bManualReset=0, "
    "bInitialState=0, lpName=[0-9A-F]{16} \"trace\\\\name\"\\)$",
    "^[0-9a-f]{8} CreateEventA HANDLE 0000000000000000$",
    "^[0-9a-f]{8} GetLastError\\(\\)$",
    "^[0-9a-f]{8} GetLastError DWORD 3$",
};
enum { PATTERNS = sizeof(line_patterns) / sizeof(line_patterns[0]) };

START_TEST(test_trace_format_two_threads)
{
    snprintf(trace_path, sizeof(trace_path), "/tmp/pal-trace-%d.log", (int)getpid());
    setenv("PAL_API_TRACING", trace_path, 1);
    ck_assert_int_eq(PAL_Initialize(0, NULL), 0);
    pthread_t t1, t2;
    pthread_create(&t1, NULL, call_apis, NULL);
    pthread_create(&t2, NULL, call_apis, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    PAL_Terminate();
    unsetenv("PAL_API_TRACING");

    regex_t re[PATTERNS];
    for (int i = 0; i < PATTERNS; i++)
        ck_assert_int_eq(regcomp(&re[i], line_patterns[i], REG_EXTENDED | REG_NOSUB), 0);
    int counts[PATTERNS] = {0};
    char tids[2][9] = {"", ""};
    int tid_lines[2] = {0, 0};

    FILE *f = fopen(trace_path, "r");
    ck_assert_ptr_nonnull(f);
    char line[1024];
    while (fgets(line, sizeof(line), f)) {
        ck_assert_msg(strchr(line, '\n') != NULL, "line not whole: %s", line);
        *strchr(line, '\n') = '\0';
        if (strstr(line, "PAL_Initialize") || strstr(line, "PAL_Terminate"))
            continue;
        int matched = -1;
        for (int i = 0; i < PATTERNS && matched < 0; i++)
            if (regexec(&re[i], line, 0, NULL, 0) == 0)
                matched = i;
        ck_assert_msg(matched >= 0, "unexpected trace line: %s", line);
        counts[matched]++;
        int t = strncmp(line, tids[0], 8) == 0 ? 0 : strncmp(line, tids[1], 8) == 0 ? 1 : -1;
        if (t < 0) {
            t = tids[0][0] ? 1 : 0;
            ck_assert_msg(tids[t][0] == '\0', "a third thread id in: %s", line);
            memcpy(tids[t], line, 8);
        }
        tid_lines[t]++;
    }
    fclose(f);
    unlink(trace_path);
    for (int i = 0; i < PATTERNS; i++) {
        ck_assert_msg(counts[i] == 2 * CALLS, "pattern %d seen %d times", i, counts[i]);
        regfree(&re[i]);
    }
    ck_assert_int_eq(tid_lines[0], PATTERNS * CALLS);
    ck_assert_int_eq(tid_lines[1], PATTERNS * CALLS);
}
END_TEST

START_TEST(test_trace_bad_target_fails_init)
{
    setenv("PAL_API_TRACING", "/nonexistent-dir/trace.log", 1);
    ck_assert_int_ne(PAL_Initialize(0, NULL), 0);
    unsetenv("PAL_API_TRACING");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("trace");
    TCase *tc = tcase_create("format");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_trace_format_two_threads);
    tcase_add_test(tc, test_trace_bad_target_fails_init);
    suite_add_tcase(s, tc);
    return unit_run(s);
}
