/*
 * environment.c - the process environment and command line:
 * GetEnvironmentVariableA/W, SetEnvironmentVariableA/W,
 * GetEnvironmentStringsW, FreeEnvironmentStringsW, GetCommandLineW, and the
 * C runtime's getenv and _putenv.
 *
 * The environment is the host's (so child processes inherit it), guarded by
 * one lock because glibc's setenv/getenv are not safe against each other.
 * Names are case-sensitive, as the spec allows on a case-sensitive host.
 */
#include "internal.h"
#include "environment.h"
#include "init.h"
#include "unicode.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

static pthread_rwlock_t env_lock = PTHREAD_RWLOCK_INITIALIZER;

/* A name Windows accepts: non-empty, no '=' after the first character. */
static bool env_name_valid(const char *name)
{
    return name[0] != '\0' && strchr(name + 1, '=') == NULL;
}

/* UTF-16 -> UTF-8 copy, malloc'ed; NULL (LastError set) when out of memory. */
static char *env_narrow(LPCWSTR s)
{
    size_t n = unicode_utf16_to_utf8(s, NULL, 0) + 1;
    char *out = malloc(n);
    if (!out)
        error_set(ERROR_NOT_ENOUGH_MEMORY);
    else
        unicode_utf16_to_utf8(s, out, n);
    return out;
}

/* The value of `name`, copied out under the lock (malloc'ed), or NULL with
 * ERROR_ENVVAR_NOT_FOUND / ERROR_NOT_ENOUGH_MEMORY. */
char *env_get(const char *name)
{
    if (!name || !env_name_valid(name)) {
        error_set(ERROR_ENVVAR_NOT_FOUND);
        return NULL;
    }
    pthread_rwlock_rdlock(&env_lock);
    const char *value = getenv(name);
    char *copy = value ? strdup(value) : NULL;
    pthread_rwlock_unlock(&env_lock);
    if (!value)
        error_set(ERROR_ENVVAR_NOT_FOUND);
    else if (!copy)
        error_set(ERROR_NOT_ENOUGH_MEMORY);
    return copy;
}

/* Sets (value != NULL) or removes `name`. */
bool env_set(const char *name, const char *value)
{
    if (!env_name_valid(name)) {
        error_set(ERROR_INVALID_PARAMETER);
        return false;
    }
    pthread_rwlock_wrlock(&env_lock);
    int rc = value ? setenv(name, value, 1) : unsetenv(name);
    pthread_rwlock_unlock(&env_lock);
    if (rc != 0)
        error_set(ERROR_NOT_ENOUGH_MEMORY);
    return rc == 0;
}

DWORD PALAPI GetEnvironmentVariableA(LPCSTR lpName, LPSTR lpBuffer, DWORD nSize)
{
    PAL_TRACE_ENTER(GetEnvironmentVariableA, "lpName=%p \"%s\", lpBuffer=%p, nSize=%u",
                    PAL_TRACE_STR(lpName), lpBuffer, nSize);
    DWORD ret = 0;
    char *value = env_get(lpName);
    if (value) {
        size_t len = strlen(value);
        /* Too small: the size needed, terminator included; else the length. */
        if (!lpBuffer || len >= nSize) {
            ret = (DWORD)len + 1;
        } else {
            memcpy(lpBuffer, value, len + 1);
            ret = (DWORD)len;
        }
        free(value);
    }
    return PAL_TRACE_RETURN(GetEnvironmentVariableA, DWORD, "%u", ret);
}

DWORD PALAPI GetEnvironmentVariableW(LPCWSTR lpName, LPWSTR lpBuffer, DWORD nSize)
{
    PAL_TRACE_ENTER(GetEnvironmentVariableW, "lpName=%p L\"%ws\", lpBuffer=%p, nSize=%u",
                    PAL_TRACE_WSTR(lpName), lpBuffer, nSize);
    DWORD ret = 0;
    char *name = lpName ? env_narrow(lpName) : NULL;
    char *value = (name || !lpName) ? env_get(name) : NULL;
    if (value) {
        size_t len = unicode_utf8_to_utf16(value, NULL, 0);
        if (!lpBuffer || len >= nSize) {
            ret = (DWORD)len + 1;
        } else {
            unicode_utf8_to_utf16(value, lpBuffer, nSize);
            ret = (DWORD)len;
        }
        free(value);
    }
    free(name);
    return PAL_TRACE_RETURN(GetEnvironmentVariableW, DWORD, "%u", ret);
}

BOOL PALAPI SetEnvironmentVariableA(LPCSTR lpName, LPCSTR lpValue)
{
    PAL_TRACE_ENTER(SetEnvironmentVariableA, "lpName=%p \"%s\", lpValue=%p \"%s\"",
                    PAL_TRACE_STR(lpName), PAL_TRACE_STR(lpValue));
    BOOL ret = FALSE;
    if (!lpName)
        error_set(ERROR_ENVVAR_NOT_FOUND);
    else
        ret = env_set(lpName, lpValue);
    return PAL_TRACE_RETURN(SetEnvironmentVariableA, BOOL, "%d", ret);
}

BOOL PALAPI SetEnvironmentVariableW(LPCWSTR lpName, LPCWSTR lpValue)
{
    PAL_TRACE_ENTER(SetEnvironmentVariableW, "lpName=%p L\"%ws\", lpValue=%p L\"%ws\"",
                    PAL_TRACE_WSTR(lpName), PAL_TRACE_WSTR(lpValue));
    BOOL ret = FALSE;
    if (!lpName) {
        error_set(ERROR_ENVVAR_NOT_FOUND);
    } else {
        char *name = env_narrow(lpName);
        char *value = lpValue ? env_narrow(lpValue) : NULL;
        if (name && (value || !lpValue))
            ret = env_set(name, value);
        free(name);
        free(value);
    }
    return PAL_TRACE_RETURN(SetEnvironmentVariableW, BOOL, "%d", ret);
}

LPWCH PALAPI GetEnvironmentStringsW(void)
{
    PAL_TRACE_ENTER(GetEnvironmentStringsW, "");
    /* name=value\0 ... name=value\0\0, in one block. */
    pthread_rwlock_rdlock(&env_lock);
    size_t units = 1;
    for (char **e = environ; e && *e; e++)
        units += unicode_utf8_to_utf16(*e, NULL, 0) + 1;
    WCHAR *block = malloc(units * sizeof(WCHAR));
    if (block) {
        WCHAR *p = block;
        for (char **e = environ; e && *e; e++)
            p += unicode_utf8_to_utf16(*e, p, units - (size_t)(p - block)) + 1;
        *p = 0;
    }
    pthread_rwlock_unlock(&env_lock);
    if (!block)
        error_set(ERROR_NOT_ENOUGH_MEMORY);
    return PAL_TRACE_RETURN(GetEnvironmentStringsW, LPWCH, "%p", block);
}

BOOL PALAPI FreeEnvironmentStringsW(LPWCH penv)
{
    PAL_TRACE_ENTER(FreeEnvironmentStringsW, "penv=%p", penv);
    /* Windows accepts any pointer here and succeeds; freeing NULL is harmless. */
    free(penv);
    return PAL_TRACE_RETURN(FreeEnvironmentStringsW, BOOL, "%d", TRUE);
}

char *PAL_getenv(const char *varname)
{
    PAL_TRACE_ENTER(getenv, "varname=%p \"%s\"", PAL_TRACE_STR(varname));
    char *value = NULL;
    if (varname && varname[0]) {
        pthread_rwlock_rdlock(&env_lock);
        value = getenv(varname);
        pthread_rwlock_unlock(&env_lock);
    }
    return PAL_TRACE_RETURN(getenv, char *, "%p", value);
}

int PAL__putenv(const char *envstring)
{
    PAL_TRACE_ENTER(_putenv, "envstring=%p \"%s\"", PAL_TRACE_STR(envstring));
    int ret = -1;
    const char *eq = envstring ? strchr(envstring, '=') : NULL;
    if (eq && eq != envstring) {
        char *name = strndup(envstring, (size_t)(eq - envstring));
        /* "NAME=" removes NAME, as msvcrt does. */
        if (name && env_set(name, eq[1] ? eq + 1 : NULL))
            ret = 0;
        free(name);
    }
    return PAL_TRACE_RETURN(_putenv, int, "%d", ret);
}

/* Appends one argument to a Windows command line, quoted so that the
 * Windows argument-splitting rules give it back unchanged: quotes around
 * arguments that are empty or hold spaces or tabs, \" for a quote, and
 * backslashes doubled only where they precede a quote. Returns the new
 * length; writes only when out is not NULL. */
size_t env_quote_argument(const char *arg, char *out, size_t len)
{
    bool quote = arg[0] == '\0' || strpbrk(arg, " \t") != NULL;
    if (quote && out)
        out[len] = '"';
    len += quote;
    for (const char *p = arg;; p++) {
        size_t backslashes = 0;
        while (*p == '\\')
            p++, backslashes++;
        /* Backslashes before a quote, or before the closing quote, double. */
        if (*p == '"' || (*p == '\0' && quote))
            backslashes *= 2;
        for (size_t i = 0; i < backslashes; i++, len++)
            if (out)
                out[len] = '\\';
        if (*p == '\0')
            break;
        if (*p == '"') {
            if (out)
                out[len] = '\\';
            len++;
        }
        if (out)
            out[len] = *p;
        len++;
    }
    if (quote && out)
        out[len] = '"';
    return len + quote;
}

static WCHAR *env_command_line;
static pthread_once_t env_command_line_once = PTHREAD_ONCE_INIT;

static void env_build_command_line(void)
{
    char **argv;
    int argc = init_get_args(&argv);
    size_t len = 0;
    for (int i = 0; i < argc; i++)
        len = env_quote_argument(argv[i], NULL, len + (i > 0));
    char *narrow = malloc(len + 1);
    if (!narrow)
        return;
    len = 0;
    for (int i = 0; i < argc; i++) {
        if (i > 0)
            narrow[len++] = ' ';
        len = env_quote_argument(argv[i], narrow, len);
    }
    narrow[len] = '\0';
    size_t units = unicode_utf8_to_utf16(narrow, NULL, 0) + 1;
    WCHAR *line = malloc(units * sizeof(WCHAR));
    if (line)
        unicode_utf8_to_utf16(narrow, line, units);
    free(narrow);
    env_command_line = line;
}

LPWSTR PALAPI GetCommandLineW(void)
{
    PAL_TRACE_ENTER(GetCommandLineW, "");
    /* Built once from the argv given to PAL_Initialize; the same string for
     * the life of the process, as on Windows. */
    pthread_once(&env_command_line_once, env_build_command_line);
    if (!env_command_line)
        error_set(ERROR_NOT_ENOUGH_MEMORY);
    return PAL_TRACE_RETURN(GetCommandLineW, LPWSTR, "%p", env_command_line);
}

/* The reverse of env_quote_argument: the Windows C runtime's splitting of a
 * command line. The program name (first argument) runs to the next space or
 * tab, or is everything between a leading quote and the next one, with no
 * escapes. The other arguments are separated by spaces and tabs outside
 * quotes; 2n backslashes before a quote give n and the quote opens or closes
 * a quoted part, 2n+1 give n and a literal quote, backslashes before anything
 * else stay as they are, and "" inside a quoted part is a literal quote. */
char **env_split_command_line(const char *line, int *argc_out)
{
    size_t len = strlen(line), max_args = len / 2 + 2;
    char **argv = malloc(max_args * sizeof(char *) + len + max_args);
    if (!argv) {
        error_set(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    char *out = (char *)(argv + max_args);
    const char *p = line;
    int argc = 0;
    while (*p == ' ' || *p == '\t')
        p++;
    if (*p) {
        argv[argc++] = out;
        if (*p == '"') {
            for (p++; *p && *p != '"'; p++)
                *out++ = *p;
            if (*p)
                p++;
        }
        /* An unquoted name, or what follows the closing quote up to a space. */
        for (; *p && *p != ' ' && *p != '\t'; p++)
            *out++ = *p;
        *out++ = '\0';
    }
    for (;;) {
        while (*p == ' ' || *p == '\t')
            p++;
        if (!*p)
            break;
        argv[argc++] = out;
        bool quoted = false;
        while (*p && (quoted || (*p != ' ' && *p != '\t'))) {
            size_t backslashes = 0;
            while (p[backslashes] == '\\')
                backslashes++;
            if (p[backslashes] != '"') {
                /* Backslashes (or a plain character) stand for themselves. */
                size_t n = backslashes ? backslashes : 1;
                memcpy(out, p, n);
                out += n;
                p += n;
                continue;
            }
            memset(out, '\\', backslashes / 2);
            out += backslashes / 2;
            p += backslashes + 1; /* past the quote */
            if (backslashes % 2) {
                *out++ = '"';
            } else if (quoted && *p == '"') {
                *out++ = '"';
                p++;
            } else {
                quoted = !quoted;
            }
        }
        *out++ = '\0';
    }
    argv[argc] = NULL;
    *argc_out = argc;
    return argv;
}

/* CreateProcess hands `environ` to the child: no SetEnvironmentVariable may
 * change it meanwhile. */
void env_read_lock(void) { pthread_rwlock_rdlock(&env_lock); }
void env_read_unlock(void) { pthread_rwlock_unlock(&env_lock); }
