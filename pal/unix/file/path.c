/*
 * path.c - translation of Win32 path names to Unix ones and back (path.h has
 * the rules). Purely lexical, as Windows's own normalisation is: nothing here
 * touches the file system except getcwd for relative names.
 */
#include "internal.h"
#include "path.h"
#include "unicode.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static inline bool path_is_sep(char c)
{
    return c == '\\' || c == '/';
}

size_t path_utf16_length(const char *s)
{
    /* Each lead byte is one character, a 4-byte lead one surrogate pair;
     * continuation bytes add nothing. Malformed bytes count as one each, as
     * the converter turns them into U+FFFD. */
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p & 0xC0) != 0x80)
            n += *p >= 0xF0 && *p <= 0xF4 ? 2 : 1;
    }
    return n;
}

/* True when the component is dots only ("..." is a name, not a dot to strip). */
static bool path_all_dots(const char *seg, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (seg[i] != '.')
            return false;
    return true;
}

char *path_normalize(const char *in, unsigned flags)
{
    size_t n = strlen(in);
    /* The result is never longer than the input, except "." or "./" for an
     * input that vanishes, and the trailing '/' (already counted in the input). */
    char *out = malloc(n + 3);
    if (!out) {
        error_set(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    bool absolute = path_is_sep(in[0]);
    size_t len = 0;
    if (absolute)
        out[len++] = '/';
    const size_t root = len; /* components start here; ".." never goes above */
    size_t keep = root;      /* end of the leading ".." of a relative path */
    bool trailing_sep = n > 0 && path_is_sep(in[n - 1]);

    const char *p = in;
    for (;;) {
        while (path_is_sep(*p))
            p++;
        if (!*p)
            break;
        const char *seg = p;
        while (*p && !path_is_sep(*p))
            p++;
        size_t slen = (size_t)(p - seg);
        bool last = *p == '\0';

        if (slen == 1 && seg[0] == '.')
            continue;
        if (slen == 2 && seg[0] == '.' && seg[1] == '.') {
            if (len > keep) {
                size_t q = len;
                while (q > root && out[q - 1] != '/')
                    q--;
                len = q > root ? q - 1 : root;
            } else if (!absolute) {
                if (len > root)
                    out[len++] = '/';
                out[len++] = '.';
                out[len++] = '.';
                keep = len;
            }
            continue;
        }
        if (last) {
            /* Windows drops every trailing dot and space of the last name. */
            while (slen > 0 && (seg[slen - 1] == '.' || seg[slen - 1] == ' '))
                slen--;
            if (slen == 0) {
                trailing_sep = true;
                break;
            }
            if ((flags & PATH_WILDCARD) && slen == 3 && memcmp(seg, "*.*", 3) == 0)
                slen = 1;
        } else if (seg[slen - 1] == '.' && !path_all_dots(seg, slen)) {
            slen--;
        }
        if (len > root)
            out[len++] = '/';
        memcpy(out + len, seg, slen);
        len += slen;
    }

    if (len == 0)
        out[len++] = '.';
    if (trailing_sep && len > root && out[len - 1] != '/')
        out[len++] = '/';
    out[len] = '\0';
    return out;
}

char *path_absolute(const char *path, unsigned flags)
{
    if (path_is_sep(path[0]))
        return path_normalize(path, flags);
    char *cwd = getcwd(NULL, 0);
    if (!cwd) {
        error_set_from_errno();
        return NULL;
    }
    size_t clen = strlen(cwd), plen = strlen(path);
    char *joined = malloc(clen + plen + 2);
    if (!joined) {
        free(cwd);
        error_set(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    memcpy(joined, cwd, clen);
    joined[clen] = '/';
    memcpy(joined + clen + 1, path, plen + 1);
    free(cwd);
    char *full = path_normalize(joined, flags);
    free(joined);
    return full;
}

/* Normalises a UTF-8 name and applies the MAX_PATH rule to its full path. */
static char *path_translate(const char *name, unsigned flags)
{
    char *unix_path = path_normalize(name, flags);
    if (!unix_path)
        return NULL;
    size_t full_len;
    if (unix_path[0] == '/') {
        full_len = path_utf16_length(unix_path);
    } else {
        char *full = path_absolute(unix_path, 0);
        if (!full) {
            /* No current directory (removed, say): the kernel will refuse the
             * name itself; only the relative part can be measured. */
            full_len = path_utf16_length(unix_path);
        } else {
            full_len = path_utf16_length(full);
            free(full);
        }
    }
    if (full_len >= MAX_PATH) {
        free(unix_path);
        error_set(ERROR_FILENAME_EXCED_RANGE);
        return NULL;
    }
    return unix_path;
}

char *path_from_win32W(const WCHAR *path, unsigned flags)
{
    if (!path) {
        error_set(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (path[0] == 0) {
        error_set(ERROR_PATH_NOT_FOUND);
        return NULL;
    }
    size_t n = unicode_utf16_to_utf8(path, NULL, 0) + 1;
    char *name = malloc(n);
    if (!name) {
        error_set(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    unicode_utf16_to_utf8(path, name, n);
    char *unix_path = path_translate(name, flags);
    free(name);
    return unix_path;
}

char *path_from_win32A(const char *path, unsigned flags)
{
    if (!path) {
        error_set(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    if (path[0] == '\0') {
        error_set(ERROR_PATH_NOT_FOUND);
        return NULL;
    }
    /* Windows converts an ANSI name into a MAX_PATH buffer first. */
    if (path_utf16_length(path) > MAX_PATH) {
        error_set(ERROR_FILENAME_EXCED_RANGE);
        return NULL;
    }
    return path_translate(path, flags);
}

DWORD path_to_win32W(const char *path, WCHAR *buffer, DWORD count)
{
    size_t need = unicode_utf8_to_utf16(path, NULL, 0);
    if (buffer && need < count) {
        unicode_utf8_to_utf16(path, buffer, count);
        return (DWORD)need;
    }
    return (DWORD)(need + 1);
}

DWORD path_to_win32A(const char *path, char *buffer, DWORD count)
{
    size_t need = strlen(path);
    if (buffer && need < count) {
        memcpy(buffer, path, need + 1);
        return (DWORD)need;
    }
    return (DWORD)(need + 1);
}

DWORD path_error_from_errno(const char *path, int err)
{
    if (err != ENOENT)
        return error_from_errno(err);
    /* The directory part, without the name's trailing separators. */
    size_t len = strlen(path);
    while (len > 1 && path[len - 1] == '/')
        len--;
    while (len > 0 && path[len - 1] != '/')
        len--;
    if (len == 0)
        return ERROR_FILE_NOT_FOUND; /* a name in the current directory */
    char *dir = strndup(path, len);
    if (!dir)
        return ERROR_NOT_ENOUGH_MEMORY;
    struct stat st;
    bool dir_exists = stat(dir, &st) == 0 && S_ISDIR(st.st_mode);
    free(dir);
    return dir_exists ? ERROR_FILE_NOT_FOUND : ERROR_PATH_NOT_FOUND;
}

char *path_narrow(const WCHAR *s)
{
    if (!s)
        return NULL;
    size_t n = unicode_utf16_to_utf8(s, NULL, 0) + 1;
    char *out = malloc(n);
    if (!out)
        error_set(ERROR_NOT_ENOUGH_MEMORY);
    else
        unicode_utf16_to_utf8(s, out, n);
    return out;
}
