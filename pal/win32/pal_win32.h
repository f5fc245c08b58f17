/*
 * pal_win32.h - the spec's Windows PAL: the PAL_* entry points on real Win32.
 *
 * On Windows the Win32 API itself is the platform, so this PAL only adds what
 * rotor_pal.h declares beyond <windows.h>. It is linked statically into each
 * program (MinGW, the palsuite's reference leg), so "the PAL DLL" is the exe.
 * Prototypes match pal/inc/rotor_pal.h exactly.
 */
#ifndef PAL_WIN32_H
#define PAL_WIN32_H

#include <windows.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef PALAPI
#define PALAPI __stdcall
#endif
#ifndef PALIMPORT
#define PALIMPORT
#endif

/* A handle marshalled to another process (PAL_LocalHandleToRemote). */
typedef HANDLE RHANDLE;
typedef HANDLE *PRHANDLE;

/* Constants rotor_pal.h has and <windows.h> lacks. */
#ifndef VER_PLATFORM_UNIX
#define VER_PLATFORM_UNIX 10
#endif

PALIMPORT int PALAPI PAL_Initialize(int argc, char *const argv[]);
PALIMPORT int PALAPI PAL_InitializeDebug(void);
PALIMPORT void PALAPI PAL_Terminate(void);
PALIMPORT BOOL PALAPI PAL_GetPALDirectoryW(LPWSTR lpDirectoryName, UINT cchDirectoryName);
PALIMPORT BOOL PALAPI PAL_GetUserConfigurationDirectoryW(LPWSTR lpDirectoryName, UINT cchDirectoryName);
PALIMPORT HMODULE PALAPI PAL_RegisterLibraryW(LPCWSTR lpLibFileName);
PALIMPORT BOOL PALAPI PAL_UnregisterLibraryW(HMODULE hLibModule);
PALIMPORT BOOL PALAPI PAL_Random(BOOL bStrong, LPVOID lpBuffer, DWORD dwLength);
PALIMPORT RHANDLE PALAPI PAL_LocalHandleToRemote(HANDLE hLocal);
PALIMPORT HANDLE PALAPI PAL_RemoteHandleToLocal(RHANDLE hRemote);
PALIMPORT FILE *PALAPI PAL_get_stdout(void);
PALIMPORT FILE *PALAPI PAL_get_stdin(void);
PALIMPORT FILE *PALAPI PAL_get_stderr(void);
PALIMPORT int *__cdecl PAL_errno(void);

#ifdef __cplusplus
}
#endif

#endif /* PAL_WIN32_H */
