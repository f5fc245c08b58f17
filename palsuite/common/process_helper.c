/*
 * The helper program every process test folder shares (its helper1.c
 * includes this file), started by the tests with CreateProcess:
 *   helper1 exit N          exits with N
 *   helper1 sleep           sleeps until killed (at most 60 s, then exits 99)
 *   helper1 terminate N     TerminateProcess(GetCurrentProcess(), N)
 *   helper1 exitprocess N   ExitProcess(N)
 *   helper1 quoting ARGS    exits 0 if ARGS are the arguments the quoting
 *                           test's command line must give, else 1
 *   helper1 env NAME VALUE  exits 0 if the variable NAME is VALUE
 *   helper1 noenv NAME      exits 0 if there is no variable NAME
 *   helper1 envw            exits 0 if PALSUITE_W is u"\u00e9t\u00e9" (UTF-16)
 *   helper1 file PATH       exits 0 if PATH (relative) can be opened
 *   helper1 create PATH     creates the file PATH and exits 0 (1 if it cannot)
 *   helper1 inherit HEX     writes "inherited" through the handle HEX (a
 *                           handle value of its parent): exits 0 if it could,
 *                           2 if the handle is not valid here, else 1
 *   helper1 memory          writes the address of a buffer holding
 *                           HELPER_MEMORY_TEXT to its standard output, waits
 *                           for a byte on its standard input, then exits 0 if
 *                           the buffer holds HELPER_MEMORY_WRITTEN, 2 if it
 *                           is unchanged, else 1
 */
#include <palsuite.h>

#define HELPER_MEMORY_TEXT "the helper's buffer"
#define HELPER_MEMORY_WRITTEN "written by the test"

/* Volatile: the test changes it from outside, unknown to the compiler. */
static volatile char helper_buffer[64] = HELPER_MEMORY_TEXT;

static int helper_memory(void)
{
    char line[64], byte;
    DWORD n;
    _snprintf(line, sizeof(line), "%p\n", (void *)helper_buffer);
    if (!WriteFile(GetStdHandle(STD_OUTPUT_HANDLE), line, (DWORD)strlen(line), &n, NULL) ||
        !ReadFile(GetStdHandle(STD_INPUT_HANDLE), &byte, 1, &n, NULL))
        return 3;
    if (strcmp((const char *)helper_buffer, HELPER_MEMORY_WRITTEN) == 0)
        return 0;
    return strcmp((const char *)helper_buffer, HELPER_MEMORY_TEXT) == 0 ? 2 : 1;
}

static int helper_same(const char *a, const char *b) { return strcmp(a, b) == 0; }

int main(int argc, char *argv[])
{
    static const char *const quoting[] = {"a b", "c\\\"d", "", "e\\\\f", "g\\", "hi"};
    char value[256];
    int i;

    if (PAL_Initialize(argc, argv) != 0)
        return 98;
    if (argc == 3 && helper_same(argv[1], "exit"))
        return atoi(argv[2]);
    if (argc == 2 && helper_same(argv[1], "sleep")) {
        Sleep(60000);
        return 99;
    }
    if (argc == 3 && helper_same(argv[1], "terminate")) {
        TerminateProcess(GetCurrentProcess(), (UINT)atoi(argv[2]));
        return 97; /* not reached */
    }
    if (argc == 3 && helper_same(argv[1], "exitprocess")) {
        ExitProcess((UINT)atoi(argv[2]));
        return 95; /* not reached */
    }
    if (argc >= 2 && helper_same(argv[1], "quoting")) {
        if (argc != 2 + (int)(sizeof(quoting) / sizeof(quoting[0])))
            return 1;
        for (i = 0; i < argc - 2; i++)
            if (!helper_same(argv[i + 2], quoting[i])) {
                printf("argument %d is [%s], expected [%s]\n", i, argv[i + 2], quoting[i]);
                return 1;
            }
        return 0;
    }
    if (argc == 4 && helper_same(argv[1], "env")) {
        DWORD n = GetEnvironmentVariableA(argv[2], value, sizeof(value));
        return n > 0 && n < sizeof(value) && helper_same(value, argv[3]) ? 0 : 1;
    }
    if (argc == 3 && helper_same(argv[1], "noenv"))
        return GetEnvironmentVariableA(argv[2], value, sizeof(value)) == 0 ? 0 : 1;
    if (argc == 2 && helper_same(argv[1], "envw")) {
        WCHAR w[16];
        DWORD n = GetEnvironmentVariableW((const WCHAR *)u"PALSUITE_W", w, 16);
        return n == 3 && w[0] == 0xe9 && w[1] == 't' && w[2] == 0xe9 ? 0 : 1;
    }
    if (argc == 3 && helper_same(argv[1], "file")) {
        FILE *f = fopen(argv[2], "r");
        if (!f)
            return 1;
        fclose(f);
        return 0;
    }
    if (argc == 3 && helper_same(argv[1], "create")) {
        HANDLE h = CreateFileA(argv[2], GENERIC_WRITE, 0, NULL, CREATE_NEW, 0, NULL);
        if (h == INVALID_HANDLE_VALUE)
            return 1;
        CloseHandle(h);
        return 0;
    }
    if (argc == 3 && helper_same(argv[1], "inherit")) {
        HANDLE h = (HANDLE)(ULONG_PTR)strtoul(argv[2], NULL, 16);
        DWORD n = 0;
        if (WriteFile(h, "inherited", 9, &n, NULL) && n == 9)
            return 0;
        return GetLastError() == ERROR_INVALID_HANDLE ? 2 : 1;
    }
    if (argc == 2 && helper_same(argv[1], "memory"))
        return helper_memory();
    return 96;
}
