/*
 * path.h - Win32 path names <-> Unix path names (file/path.c), spec "File and
 * Path Names". Every API taking a file or directory name goes through
 * path_from_win32W/A; every API handing a path back (GetFullPathName,
 * GetCurrentDirectory, GetTempPath, ...) goes through path_to_win32W/A.
 *
 * Translation rules (lexical, no file-system access):
 *   - '\' and '/' both separate components; runs of them count as one, so
 *     "\\server\share" is "/server/share";
 *   - "." components vanish, ".." removes the component before it (as Windows
 *     does, even across a symbolic link); ".." at the root stays at the root;
 *     leading ".." of a relative path are kept;
 *   - a component followed by a separator loses one trailing '.' ("a.\b" is
 *     "a/b") unless it is made of dots only ("..." is a name); the last
 *     component (no separator after it) loses all trailing dots and spaces,
 *     and if nothing is left of it the path ends with '/' ("a\..." is "a/");
 *   - a trailing separator is kept ("dir\" is "dir/": it must be a directory);
 *   - with PATH_WILDCARD, a last component "*.*" (or "*.", by the rule above)
 *     becomes "*";
 *   - drive letters are not special: "c:\x" is the relative "c:/x";
 *   - names are case-sensitive and symbolic links are followed by the callers
 *     (stat, open), as the host file system does.
 *
 * Length (MAX_PATH as Windows applies it to file-system names): the full
 * path - the current directory joined to a relative path, normalised - must
 * have fewer than MAX_PATH UTF-16 characters; the ANSI entry points also
 * refuse a name of more than MAX_PATH characters before anything else, as
 * Windows's conversion to Unicode does. Our full paths start with "/" where
 * Windows's start with "C:\", so the limit falls 2 characters later.
 */
#ifndef PAL_UNIX_PATH_H
#define PAL_UNIX_PATH_H

/* Win32 path -> malloc'd UTF-8 Unix path, per spec "File and Path Names". NULL with LastError set
   (ERROR_INVALID_PARAMETER for NULL, ERROR_PATH_NOT_FOUND for an empty path, ERROR_FILENAME_EXCED_RANGE when
   too long (MAX_PATH rules as Windows applies them), ERROR_NOT_ENOUGH_MEMORY). Caller frees with free(). */
char *path_from_win32W(const WCHAR *path, unsigned flags);
char *path_from_win32A(const char *path, unsigned flags);
#define PATH_WILDCARD 0x1u /* FindFirstFile patterns: a last component "*.*" or "*." becomes "*" */

/* Unix path (UTF-8) -> Win32 presentation in a caller buffer (used by GetFullPathName, GetCurrentDirectory...).
 * The PAL presents paths the Unix way, as the spec's examples do ("/etc/rotor.conf"): '/' separators and no
 * drive letter, so a path handed back is a valid input again. The W form converts to UTF-16, the A form copies
 * the UTF-8 bytes (CP_ACP is UTF-8).
 * When the path and its NUL fit in `count` characters: writes them and returns the length without the NUL.
 * Otherwise returns the size needed including the NUL and writes nothing (buffer may then be NULL). */
DWORD path_to_win32W(const char *path, WCHAR *buffer, DWORD count);
DWORD path_to_win32A(const char *path, char *buffer, DWORD count);

/* The lexical rules above alone, on a UTF-8 name of any length (GetFullPathName has no length limit).
 * Malloc'd; NULL only when out of memory (LastError set). An empty name gives ".". */
char *path_normalize(const char *path, unsigned flags);

/* The full path of a UTF-8 name: normalised, joined to the current directory when relative.
 * Malloc'd; NULL with LastError set (out of memory, or the current directory cannot be read). */
char *path_absolute(const char *path, unsigned flags);

/* The Win32 error for a file-system call on the Unix `path` that failed with errno `err`: a missing name is
 * ERROR_FILE_NOT_FOUND when its directory exists and ERROR_PATH_NOT_FOUND when it does not (nor is a
 * directory), as Windows distinguishes them; anything else as error_from_errno. */
DWORD path_error_from_errno(const char *path, int err);

/* A UTF-16 string (not a path: a prefix, an extension, a search list) as malloc'd UTF-8; NULL with
 * ERROR_NOT_ENOUGH_MEMORY, or NULL without error for a NULL string. */
char *path_narrow(const WCHAR *s);

/* The number of UTF-16 characters of a UTF-8 string (its length as Windows counts it). */
size_t path_utf16_length(const char *s);

#endif
