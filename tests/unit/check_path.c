/*
 * check_path.c - Win32 -> Unix path translation (file/path.c): every rule of
 * path.h, the MAX_PATH limit at its boundary, the bad inputs, and the
 * presentation of Unix paths in caller buffers.
 */
#include "internal.h"
#include "path.h"
#include "unit.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Translates through both entry points (the W one from the UTF-16 form). */
static void check_translate(const char *win, unsigned flags, const char *expected)
{
    char *a = path_from_win32A(win, flags);
    ck_assert_msg(a != NULL, "path_from_win32A(\"%s\") failed with %u", win, GetLastError());
    ck_assert_msg(strcmp(a, expected) == 0, "\"%s\" -> \"%s\", expected \"%s\"", win, a, expected);
    free(a);

    WCHAR w[512];
    size_t i = 0;
    for (; win[i]; i++)
        w[i] = (WCHAR)(unsigned char)win[i];
    w[i] = 0;
    char *u = path_from_win32W(w, flags);
    ck_assert_msg(u != NULL, "path_from_win32W(\"%s\") failed with %u", win, GetLastError());
    ck_assert_str_eq(u, expected);
    free(u);
}

static void check_fails(const char *win, DWORD error)
{
    SetLastError(0);
    char *a = path_from_win32A(win, 0);
    ck_assert_msg(a == NULL, "\"%s\" translated to \"%s\"", win ? win : "(null)", a ? a : "");
    ck_assert_uint_eq(GetLastError(), error);
}

START_TEST(test_separators)
{
    check_translate("\\sscli/src\\test/pal", 0, "/sscli/src/test/pal");
    check_translate("a\\b", 0, "a/b");
    check_translate("a\\\\b//c\\/d", 0, "a/b/c/d");
    check_translate("\\\\server\\share\\x", 0, "/server/share/x");
    check_translate("\\", 0, "/");
    check_translate("/", 0, "/");
    check_translate("\\\\", 0, "/");
    check_translate("dir\\", 0, "dir/");
    check_translate("\\dir\\sub\\\\", 0, "/dir/sub/");
}
END_TEST

START_TEST(test_trailing_dots)
{
    /* The spec's example. */
    check_translate("/sscli./test/pal.", 0, "/sscli/test/pal");
    /* Last component: every trailing dot and space goes. */
    check_translate("a\\b.", 0, "a/b");
    check_translate("a\\b...", 0, "a/b");
    check_translate("a\\b. . ", 0, "a/b");
    check_translate("file.txt.", 0, "file.txt");
    check_translate("a\\...", 0, "a/");
    check_translate("a\\ . ", 0, "a/");
    check_translate("x ", 0, "x");
    /* Other components: one trailing dot, nothing else. */
    check_translate("a.\\b", 0, "a/b");
    check_translate("a..\\b", 0, "a./b");
    check_translate("a \\b", 0, "a /b");
    check_translate("a\\b.\\", 0, "a/b/");
    /* A component of dots only is a name, never turned into "..". */
    check_translate("...\\b", 0, ".../b");
    /* Dots inside a name stay. */
    check_translate("a.b\\c.d", 0, "a.b/c.d");
    check_translate(".hidden", 0, ".hidden");
}
END_TEST

START_TEST(test_dot_components)
{
    check_translate(".", 0, ".");
    check_translate("..", 0, "..");
    check_translate("a\\.\\b", 0, "a/b");
    check_translate("a\\..", 0, ".");
    check_translate("a\\..\\", 0, "./");
    check_translate("a\\b\\..\\c", 0, "a/c");
    check_translate("..\\..\\x", 0, "../../x");
    check_translate("a\\..\\..\\x", 0, "../x");
    check_translate("..\\a\\..\\b", 0, "../b");
    check_translate("\\..\\..\\x", 0, "/x");
    check_translate("\\a\\..", 0, "/");
    check_translate("\\a\\b\\..\\..\\..\\c", 0, "/c");
    check_translate(".\\x", 0, "x");
}
END_TEST

START_TEST(test_wildcards)
{
    check_translate("dir\\*.*", PATH_WILDCARD, "dir/*");
    check_translate("dir\\*.", PATH_WILDCARD, "dir/*");
    check_translate("*.*", PATH_WILDCARD, "*");
    check_translate("dir\\*.txt", PATH_WILDCARD, "dir/*.txt");
    check_translate("dir\\a*.*", PATH_WILDCARD, "dir/a*.*");
    /* Only the last component is a pattern. */
    check_translate("*.*\\x", PATH_WILDCARD, "*.*/x");
    /* Without the flag "*.*" is an ordinary name. */
    check_translate("dir\\*.*", 0, "dir/*.*");
    check_translate("dir\\*.", 0, "dir/*");
}
END_TEST

START_TEST(test_no_drive_letters)
{
    check_translate("c:\\test.txt", 0, "c:/test.txt");
    check_translate("C:", 0, "C:");
    check_translate("c:x", 0, "c:x");
    /* Case is kept: the host file system decides. */
    check_translate("Dir\\FILE.Txt", 0, "Dir/FILE.Txt");
}
END_TEST

START_TEST(test_unicode)
{
    static const WCHAR name[] = { 'd', 0xE9, '\\', 0x20AC, '.', 0xD83D, 0xDE00, '.', 0 };
    char *u = path_from_win32W(name, 0);
    ck_assert_ptr_nonnull(u);
    ck_assert_str_eq(u, "d\xC3\xA9/\xE2\x82\xAC.\xF0\x9F\x98\x80");
    free(u);
    ck_assert_uint_eq(path_utf16_length("d\xC3\xA9/\xE2\x82\xAC.\xF0\x9F\x98\x80"), 7);
    ck_assert_uint_eq(path_utf16_length(""), 0);
}
END_TEST

START_TEST(test_bad_input)
{
    SetLastError(0);
    ck_assert_ptr_null(path_from_win32W(NULL, 0));
    ck_assert_uint_eq(GetLastError(), ERROR_INVALID_PARAMETER);
    check_fails(NULL, ERROR_INVALID_PARAMETER);

    static const WCHAR empty[] = { 0 };
    SetLastError(0);
    ck_assert_ptr_null(path_from_win32W(empty, 0));
    ck_assert_uint_eq(GetLastError(), ERROR_PATH_NOT_FOUND);
    check_fails("", ERROR_PATH_NOT_FOUND);
}
END_TEST

/* A name of `len` characters: "/" then 'x' components of up to 200. */
static char *long_absolute(size_t len)
{
    char *s = malloc(len + 1);
    for (size_t i = 0; i < len; i++)
        s[i] = (i % 200 == 0) ? '\\' : 'x';
    s[len] = '\0';
    return s;
}

START_TEST(test_max_path_absolute)
{
    /* Fewer than MAX_PATH characters in the full path: 259 is the longest. */
    char *ok = long_absolute(MAX_PATH - 1);
    char *u = path_from_win32A(ok, 0);
    ck_assert_ptr_nonnull(u);
    ck_assert_uint_eq(strlen(u), MAX_PATH - 1);
    free(u);
    free(ok);

    char *bad = long_absolute(MAX_PATH);
    check_fails(bad, ERROR_FILENAME_EXCED_RANGE);
    free(bad);

    /* The limit is on the normalised path: dots that go away do not count... */
    char *dotted = malloc(MAX_PATH + 8);
    char *base = long_absolute(MAX_PATH - 1);
    snprintf(dotted, MAX_PATH + 8, "%s.", base);
    u = path_from_win32A(dotted, 0);
    ck_assert_ptr_nonnull(u);
    free(u);
    /* ...but the ANSI name itself may not exceed MAX_PATH characters. */
    snprintf(dotted, MAX_PATH + 8, "%s..", base);
    check_fails(dotted, ERROR_FILENAME_EXCED_RANGE);
    /* The W name has no such limit: only the full path counts. */
    WCHAR w[MAX_PATH + 8];
    size_t i = 0;
    for (; dotted[i]; i++)
        w[i] = (WCHAR)dotted[i];
    w[i++] = '.';
    w[i] = 0;
    u = path_from_win32W(w, 0);
    ck_assert_ptr_nonnull(u);
    ck_assert_uint_eq(strlen(u), MAX_PATH - 1);
    free(u);
    free(dotted);
    free(base);

    /* Characters are UTF-16 units, not UTF-8 bytes: 'é' is one character. */
    char *wide = malloc(2 * MAX_PATH);
    size_t n = 0;
    wide[n++] = '/';
    for (int k = 0; k < 150; k++) {
        wide[n++] = '\xC3';
        wide[n++] = '\xA9';
    }
    wide[n] = '\0';
    u = path_from_win32A(wide, 0);
    ck_assert_ptr_nonnull(u);
    free(u);
    free(wide);
}
END_TEST

START_TEST(test_max_path_relative)
{
    /* A relative name is measured joined to the current directory. */
    char tmpl[] = "/tmp/check_path.XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(tmpl));
    char *old = getcwd(NULL, 0);
    ck_assert_int_eq(chdir(tmpl), 0);
    char *cwd = getcwd(NULL, 0);
    size_t room = MAX_PATH - 1 - strlen(cwd) - 1; /* the longest relative name */

    char *name = malloc(room + 2);
    memset(name, 'y', room + 1);
    name[room] = '\0';
    char *u = path_from_win32A(name, 0);
    ck_assert_ptr_nonnull(u);
    ck_assert_str_eq(u, name);
    free(u);
    char *full = path_absolute(name, 0);
    ck_assert_uint_eq(strlen(full), MAX_PATH - 1);
    free(full);

    name[room] = 'y';
    name[room + 1] = '\0';
    check_fails(name, ERROR_FILENAME_EXCED_RANGE);
    /* ".." shortens the full path. */
    char *up = malloc(room + 8);
    snprintf(up, room + 8, "..\\%s", name + 3);
    u = path_from_win32A(up, 0);
    ck_assert_ptr_nonnull(u);
    free(u);

    free(up);
    free(name);
    ck_assert_int_eq(chdir(old), 0);
    ck_assert_int_eq(rmdir(tmpl), 0);
    free(cwd);
    free(old);
}
END_TEST

START_TEST(test_absolute)
{
    char *cwd = getcwd(NULL, 0);
    char expected[4096];
    char *full = path_absolute("a\\b.", 0);
    snprintf(expected, sizeof(expected), "%s/a/b", strcmp(cwd, "/") ? cwd : "");
    ck_assert_str_eq(full, expected);
    free(full);
    full = path_absolute(".", 0);
    ck_assert_str_eq(full, cwd);
    free(full);
    full = path_absolute("\\x\\..\\y\\", 0);
    ck_assert_str_eq(full, "/y/");
    free(full);
    free(cwd);
}
END_TEST

START_TEST(test_to_win32)
{
    WCHAR w[8];
    /* "/tmp/é" is 6 characters (7 bytes). */
    const char *p = "/tmp/\xC3\xA9";
    for (int i = 0; i < 8; i++)
        w[i] = 0x5A5A;
    ck_assert_uint_eq(path_to_win32W(p, w, 7), 6);
    ck_assert_uint_eq(w[0], '/');
    ck_assert_uint_eq(w[5], 0xE9);
    ck_assert_uint_eq(w[6], 0);
    ck_assert_uint_eq(w[7], 0x5A5A);
    /* Too short: the size with the NUL, nothing written. */
    for (int i = 0; i < 8; i++)
        w[i] = 0x5A5A;
    ck_assert_uint_eq(path_to_win32W(p, w, 6), 7);
    for (int i = 0; i < 8; i++)
        ck_assert_uint_eq(w[i], 0x5A5A);
    ck_assert_uint_eq(path_to_win32W(p, NULL, 0), 7);

    char a[9];
    memset(a, 'Z', sizeof(a));
    ck_assert_uint_eq(path_to_win32A(p, a, 8), 7);
    ck_assert_str_eq(a, p);
    ck_assert_int_eq(a[8], 'Z');
    memset(a, 'Z', sizeof(a));
    ck_assert_uint_eq(path_to_win32A(p, a, 7), 8);
    for (int i = 0; i < 9; i++)
        ck_assert_int_eq(a[i], 'Z');
    ck_assert_uint_eq(path_to_win32A(p, NULL, 0), 8);
}
END_TEST

START_TEST(test_missing_names)
{
    /* A missing name in an existing directory is a missing file; in a
     * missing directory, or under a file, a missing path. */
    char tmpl[] = "/tmp/check_path.XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(tmpl));
    char name[64], file[64];
    snprintf(name, sizeof(name), "%s/none", tmpl);
    ck_assert_uint_eq(path_error_from_errno(name, ENOENT), ERROR_FILE_NOT_FOUND);
    snprintf(name, sizeof(name), "%s/none/", tmpl);
    ck_assert_uint_eq(path_error_from_errno(name, ENOENT), ERROR_FILE_NOT_FOUND);
    snprintf(name, sizeof(name), "%s/none/x", tmpl);
    ck_assert_uint_eq(path_error_from_errno(name, ENOENT), ERROR_PATH_NOT_FOUND);
    snprintf(file, sizeof(file), "%s/file", tmpl);
    FILE *f = fopen(file, "w");
    ck_assert_ptr_nonnull(f);
    fclose(f);
    snprintf(name, sizeof(name), "%s/file/x", tmpl);
    ck_assert_uint_eq(path_error_from_errno(name, ENOENT), ERROR_PATH_NOT_FOUND);
    ck_assert_uint_eq(path_error_from_errno(name, ENOTDIR), ERROR_PATH_NOT_FOUND);
    ck_assert_uint_eq(path_error_from_errno("none", ENOENT), ERROR_FILE_NOT_FOUND);
    ck_assert_uint_eq(path_error_from_errno("/none", ENOENT), ERROR_FILE_NOT_FOUND);
    ck_assert_uint_eq(path_error_from_errno(file, EACCES), ERROR_ACCESS_DENIED);
    ck_assert_uint_eq(path_error_from_errno(file, ENOSPC), ERROR_DISK_FULL);
    ck_assert_uint_eq(path_error_from_errno(file, EDQUOT), ERROR_DISK_FULL);
    ck_assert_int_eq(unlink(file), 0);
    ck_assert_int_eq(rmdir(tmpl), 0);
}
END_TEST

START_TEST(test_narrow)
{
    static const WCHAR s[] = { '.', 't', 0xE9, 0 };
    char *n = path_narrow(s);
    ck_assert_str_eq(n, ".t\xC3\xA9");
    free(n);
    ck_assert_ptr_null(path_narrow(NULL));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("path");
    TCase *tc = tcase_create("translation");
    tcase_add_test(tc, test_separators);
    tcase_add_test(tc, test_trailing_dots);
    tcase_add_test(tc, test_dot_components);
    tcase_add_test(tc, test_wildcards);
    tcase_add_test(tc, test_no_drive_letters);
    tcase_add_test(tc, test_unicode);
    tcase_add_test(tc, test_bad_input);
    tcase_add_test(tc, test_max_path_absolute);
    tcase_add_test(tc, test_max_path_relative);
    tcase_add_test(tc, test_absolute);
    suite_add_tcase(s, tc);
    TCase *tc2 = tcase_create("presentation");
    tcase_add_test(tc2, test_to_win32);
    tcase_add_test(tc2, test_missing_names);
    tcase_add_test(tc2, test_narrow);
    suite_add_tcase(s, tc2);
    return unit_run(s);
}
