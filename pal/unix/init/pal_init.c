/*
 * pal_init.c - PAL_Initialize, PAL_Terminate, PAL_InitializeDebug,
 * PAL_GetPALDirectoryW, ExitProcess and the C runtime's exit.
 */
#include "internal.h"
#include "thread.h"
#include "init.h"
#include "process.h"
#include "unicode.h"

#include <dlfcn.h>
#include <fenv.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static pthread_mutex_t init_lock = PTHREAD_MUTEX_INITIALIZER;
static int init_count;
static int init_argc;
static char **init_argv;

/* PAL_Initialize sets it for the calling thread, CreateThread's trampoline
 * for each new thread (init.h). */
void init_fp_environment(void)
{
    fesetround(FE_TONEAREST);
    fedisableexcept(FE_ALL_EXCEPT);
    unsigned short cw;
    __asm__ volatile("fnstcw %0" : "=m"(cw));
    cw = (unsigned short)((cw & ~0x0300u) | 0x0200u | 0x003fu); /* PC=53 bits, all masked */
    __asm__ volatile("fldcw %0" : : "m"(cw));
}

/* Keeps a private copy of argv for GetCommandLineW. */
static bool init_save_args(int argc, char *const argv[])
{
    if (argc <= 0 || !argv)
        return true;
    char **copy = calloc((size_t)argc + 1, sizeof(*copy));
    if (!copy)
        return false;
    for (int i = 0; i < argc; i++) {
        copy[i] = strdup(argv[i] ? argv[i] : "");
        if (!copy[i]) {
            while (i--)
                free(copy[i]);
            free(copy);
            return false;
        }
    }
    init_argc = argc;
    init_argv = copy;
    return true;
}

int init_get_args(char ***argv)
{
    *argv = init_argv;
    return init_argc;
}

static int init_first(int argc, char *const argv[])
{
    if (!trace_init())
        return ERROR_OPEN_FAILED;
    if (!init_save_args(argc, argv)) {
        fprintf(stderr, "librotor_pal: PAL_Initialize: out of memory\n");
        return ERROR_NOT_ENOUGH_MEMORY;
    }
    /* Before anything makes a handle: the inherited ones take the values
     * our parent gave them. */
    process_inherit_adopt();
    return ERROR_SUCCESS;
}

int PALAPI PAL_Initialize(int argc, char *const argv[])
{
    int ret = ERROR_SUCCESS;
    pthread_mutex_lock(&init_lock);
    if (init_count == 0)
        ret = init_first(argc, argv);
    if (ret == ERROR_SUCCESS)
        init_count++;
    pthread_mutex_unlock(&init_lock);
    PAL_TRACE_ENTER(PAL_Initialize, "argc=%d, argv=%p", argc, argv);
    if (ret == ERROR_SUCCESS) {
        init_fp_environment();
        if (!thread_self())
            ret = ERROR_NOT_ENOUGH_MEMORY;
    }
    if (ret != ERROR_SUCCESS)
        fprintf(stderr, "librotor_pal: PAL_Initialize failed with error %d\n", ret);
    return PAL_TRACE_RETURN(PAL_Initialize, int, "%d", ret);
}

int PALAPI PAL_InitializeDebug(void)
{
    /* The debugger's entry: the same initialization, without a command line. */
    return PAL_Initialize(0, NULL);
}

void PALAPI PAL_Terminate(void)
{
    PAL_TRACE_ENTER(PAL_Terminate, "");
    PAL_TRACE_RETURN_VOID(PAL_Terminate);
    pthread_mutex_lock(&init_lock);
    if (init_count > 0 && --init_count == 0) {
        fflush(stdout);
        fflush(stderr);
        trace_shutdown();
    }
    pthread_mutex_unlock(&init_lock);
}

char *init_library_path(void)
{
    Dl_info info;
    if (!dladdr((void *)PAL_GetPALDirectoryW, &info) || !info.dli_fname)
        return NULL;
    return realpath(info.dli_fname, NULL);
}

BOOL PALAPI PAL_GetPALDirectoryW(LPWSTR lpDirectoryName, UINT cchDirectoryName)
{
    PAL_TRACE_ENTER(PAL_GetPALDirectoryW, "lpDirectoryName=%p, cchDirectoryName=%u",
                    lpDirectoryName, cchDirectoryName);
    BOOL ret = FALSE;
    char *path = init_library_path();
    if (!path) {
        error_set(ERROR_FILE_NOT_FOUND);
    } else {
        char *slash = strrchr(path, '/');
        slash[1] = '\0'; /* keep the trailing separator */
        size_t needed = unicode_utf8_to_utf16(path, NULL, 0) + 1;
        if (!lpDirectoryName || needed > cchDirectoryName) {
            error_set(ERROR_INSUFFICIENT_BUFFER);
        } else {
            unicode_utf8_to_utf16(path, lpDirectoryName, cchDirectoryName);
            ret = TRUE;
        }
        free(path);
    }
    return PAL_TRACE_RETURN(PAL_GetPALDirectoryW, BOOL, "%d", ret);
}

/* exit and ExitProcess work whether or not PAL_Initialize succeeded. */
DECLSPEC_NORETURN VOID PALAPI ExitProcess(UINT uExitCode)
{
    PAL_TRACE_ENTER(ExitProcess, "uExitCode=%u", uExitCode);
    exit((int)uExitCode);
}

DECLSPEC_NORETURN void PAL_exit(int status)
{
    PAL_TRACE_ENTER(exit, "status=%d", status);
    exit(status);
}

int PAL_atexit(void (*function)(void))
{
    PAL_TRACE_ENTER(atexit, "function=%p", function);
    return PAL_TRACE_RETURN(atexit, int, "%d", function ? atexit(function) : -1);
}
