/*
 * pal_win32.c - the PAL_* entry points on real Win32 (see pal_win32.h).
 *
 * Built with MinGW-w64 and linked statically into each program, so the
 * directory of "the PAL" is the directory of the running executable.
 */
#include "pal_win32.h"

#include <errno.h>
#include <ntsecapi.h>
#include <shlobj.h>
#include <string.h>
#include <wchar.h>

static volatile LONG pal_init_count;

int PALAPI PAL_Initialize(int argc, char *const argv[])
{
    (void)argc;
    (void)argv;
    /* Win32 already starts with the default floating-point environment. */
    InterlockedIncrement(&pal_init_count);
    return 0;
}

int PALAPI PAL_InitializeDebug(void)
{
    return 0;
}

void PALAPI PAL_Terminate(void)
{
    LONG n = pal_init_count;

    /* Never below zero, even for an unbalanced call. */
    while (n > 0 && InterlockedCompareExchange(&pal_init_count, n - 1, n) != n)
        n = pal_init_count;
}

/*
 * Copies src[0..len) plus a terminator, or fails with ERROR_INSUFFICIENT_BUFFER;
 * a NULL buffer has no room at all (the native PAL agrees).
 */
static BOOL pal_copy_out(LPWSTR dst, UINT cch, const WCHAR *src, size_t len)
{
    if (dst == NULL || len + 1 > cch) {
        SetLastError(ERROR_INSUFFICIENT_BUFFER);
        return FALSE;
    }
    memcpy(dst, src, len * sizeof(WCHAR));
    dst[len] = L'\0';
    return TRUE;
}

/* The module directory with its trailing separator; returns its length or 0. */
static size_t pal_module_dir(WCHAR *path, DWORD cch)
{
    DWORD len = GetModuleFileNameW(NULL, path, cch);

    if (len == 0)
        return 0;
    if (len >= cch) {
        SetLastError(ERROR_FILENAME_EXCED_RANGE);
        return 0;
    }
    while (len > 0 && path[len - 1] != L'\\' && path[len - 1] != L'/')
        len--;
    if (len == 0)
        SetLastError(ERROR_PATH_NOT_FOUND);
    return len;
}

BOOL PALAPI PAL_GetPALDirectoryW(LPWSTR lpDirectoryName, UINT cchDirectoryName)
{
    WCHAR path[32768];
    DWORD saved = GetLastError();
    size_t len;

    len = pal_module_dir(path, ARRAYSIZE(path));
    if (len == 0 || !pal_copy_out(lpDirectoryName, cchDirectoryName, path, len))
        return FALSE;
    /* GetModuleFileNameW clears the LastError; a successful PAL call keeps it. */
    SetLastError(saved);
    return TRUE;
}

/*
 * %USERPROFILE%\rotor_pal-<hash>: one directory per PAL, told apart by a hash
 * of the PAL's directory (spec, "Side-by-Side"); created on first use.
 */
BOOL PALAPI PAL_GetUserConfigurationDirectoryW(LPWSTR lpDirectoryName, UINT cchDirectoryName)
{
    WCHAR dir[32768], profile[MAX_PATH], name[32];
    size_t dirlen, len, i;
    DWORD hash = 2166136261u; /* FNV-1a */

    dirlen = pal_module_dir(dir, ARRAYSIZE(dir));
    if (dirlen == 0)
        return FALSE;
    for (i = 0; i < dirlen; i++) {
        hash ^= (DWORD)towlower(dir[i]); /* Win32 paths ignore case */
        hash *= 16777619u;
    }
    if (!SHGetSpecialFolderPathW(NULL, profile, CSIDL_PROFILE, FALSE)) {
        SetLastError(ERROR_PATH_NOT_FOUND);
        return FALSE;
    }
    len = wcslen(profile);
    if (len > 0 && profile[len - 1] == L'\\')
        profile[--len] = L'\0';
    _snwprintf(name, ARRAYSIZE(name), L"\\rotor_pal-%08lx", (unsigned long)hash);
    if (len + wcslen(name) >= ARRAYSIZE(profile)) {
        SetLastError(ERROR_FILENAME_EXCED_RANGE);
        return FALSE;
    }
    wcscat(profile, name);
    if (!CreateDirectoryW(profile, NULL) && GetLastError() != ERROR_ALREADY_EXISTS)
        return FALSE;
    return pal_copy_out(lpDirectoryName, cchDirectoryName, profile, wcslen(profile));
}

/* Everything is linked into the exe, so every "library" is the exe's module. */
HMODULE PALAPI PAL_RegisterLibraryW(LPCWSTR lpLibFileName)
{
    if (lpLibFileName == NULL) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    return GetModuleHandleW(NULL);
}

BOOL PALAPI PAL_UnregisterLibraryW(HMODULE hLibModule)
{
    if (hLibModule == NULL) {
        SetLastError(ERROR_INVALID_HANDLE);
        return FALSE;
    }
    return TRUE;
}

/* RtlGenRandom links statically with MinGW (advapi32), unlike BCryptGenRandom. */
BOOL PALAPI PAL_Random(BOOL bStrong, LPVOID lpBuffer, DWORD dwLength)
{
    BYTE *out = lpBuffer, chunk[256];
    DWORD done = 0, n, i;

    (void)bStrong; /* RtlGenRandom is always cryptographically strong */
    if (lpBuffer == NULL && dwLength != 0) {
        SetLastError(ERROR_INVALID_PARAMETER);
        return FALSE;
    }
    while (done < dwLength) {
        n = dwLength - done < sizeof(chunk) ? dwLength - done : (DWORD)sizeof(chunk);
        if (!RtlGenRandom(chunk, n)) {
            SetLastError(ERROR_GEN_FAILURE);
            return FALSE;
        }
        /* XOR keeps the caller's bytes as an auxiliary seed, as the spec allows. */
        for (i = 0; i < n; i++)
            out[done + i] ^= chunk[i];
        done += n;
    }
    SecureZeroMemory(chunk, sizeof(chunk));
    return TRUE;
}

/*
 * DuplicateHandle works across processes on Win32, so handles need no
 * marshalling: the spec lets these be no-ops. A program duplicates a handle
 * into the other process (DuplicateHandle with that process as the target)
 * and passes the value it gets, which names the object in that process; or
 * it passes its own value and the other process duplicates it from here.
 * NULL and INVALID_HANDLE_VALUE (a pseudo-handle, meaningless elsewhere) are
 * never handles to pass on.
 */
RHANDLE PALAPI PAL_LocalHandleToRemote(HANDLE hLocal)
{
    if (hLocal == NULL || hLocal == INVALID_HANDLE_VALUE) {
        SetLastError(ERROR_INVALID_HANDLE);
        return INVALID_HANDLE_VALUE;
    }
    return hLocal;
}

HANDLE PALAPI PAL_RemoteHandleToLocal(RHANDLE hRemote)
{
    if (hRemote == NULL || hRemote == INVALID_HANDLE_VALUE) {
        SetLastError(ERROR_INVALID_HANDLE);
        return INVALID_HANDLE_VALUE;
    }
    return hRemote;
}

FILE *PALAPI PAL_get_stdout(void)
{
    return stdout;
}

FILE *PALAPI PAL_get_stdin(void)
{
    return stdin;
}

FILE *PALAPI PAL_get_stderr(void)
{
    return stderr;
}

int *__cdecl PAL_errno(void)
{
    return &errno;
}
