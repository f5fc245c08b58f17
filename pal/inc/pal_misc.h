/*
 * pal_misc.h - User32 (CharNext, wsprintf, MessageBox), the console control
 * handler, LastError and FormatMessage, environment and command line, debug
 * output, lstr* strings, tick counters, version and system information,
 * pointer probes (spec "User32.dll" and "Kernel32.dll / Miscellaneous").
 *
 * Included by rotor_pal.h only, inside its extern "C" block.
 */
#ifndef PAL_MISC_H
#define PAL_MISC_H

#ifndef ROTOR_PAL_H_INSIDE
#error "include rotor_pal.h, not pal_misc.h"
#endif

/* ---- MessageBox ---- */

#define MB_OK 0x00000000
#define MB_OKCANCEL 0x00000001
#define MB_ABORTRETRYIGNORE 0x00000002
#define MB_YESNOCANCEL 0x00000003
#define MB_YESNO 0x00000004
#define MB_RETRYCANCEL 0x00000005
#define MB_CANCELTRYCONTINUE 0x00000006
#define MB_TYPEMASK 0x0000000F

#define MB_ICONHAND 0x00000010
#define MB_ICONQUESTION 0x00000020
#define MB_ICONEXCLAMATION 0x00000030
#define MB_ICONASTERISK 0x00000040
#define MB_ICONWARNING MB_ICONEXCLAMATION
#define MB_ICONERROR MB_ICONHAND
#define MB_ICONINFORMATION MB_ICONASTERISK
#define MB_ICONSTOP MB_ICONHAND
#define MB_ICONMASK 0x000000F0

#define MB_DEFBUTTON1 0x00000000
#define MB_DEFBUTTON2 0x00000100
#define MB_DEFBUTTON3 0x00000200
#define MB_DEFBUTTON4 0x00000300

#define MB_APPLMODAL 0x00000000
#define MB_SYSTEMMODAL 0x00001000
#define MB_TASKMODAL 0x00002000
#define MB_HELP 0x00004000
#define MB_NOFOCUS 0x00008000
#define MB_SETFOREGROUND 0x00010000
#define MB_DEFAULT_DESKTOP_ONLY 0x00020000
#define MB_TOPMOST 0x00040000
#define MB_RIGHT 0x00080000
#define MB_RTLREADING 0x00100000
#define MB_SERVICE_NOTIFICATION 0x00200000
#define MB_SERVICE_NOTIFICATION_NT3X 0x00040000

#define IDOK 1
#define IDCANCEL 2
#define IDABORT 3
#define IDRETRY 4
#define IDIGNORE 5
#define IDYES 6
#define IDNO 7
#define IDCLOSE 8
#define IDHELP 9
#define IDTRYAGAIN 10
#define IDCONTINUE 11

/* ---- Console control events ---- */

#define CTRL_C_EVENT 0
#define CTRL_BREAK_EVENT 1
#define CTRL_CLOSE_EVENT 2
#define CTRL_LOGOFF_EVENT 5
#define CTRL_SHUTDOWN_EVENT 6

typedef BOOL(PALAPI *PHANDLER_ROUTINE)(DWORD CtrlType);

/* ---- Errors and messages ---- */

/* SetErrorMode uMode. */
#define SEM_FAILCRITICALERRORS 0x0001
#define SEM_NOGPFAULTERRORBOX 0x0002
#define SEM_NOALIGNMENTFAULTEXCEPT 0x0004
#define SEM_NOOPENFILEERRORBOX 0x8000

#define FORMAT_MESSAGE_ALLOCATE_BUFFER 0x00000100
#define FORMAT_MESSAGE_IGNORE_INSERTS 0x00000200
#define FORMAT_MESSAGE_FROM_STRING 0x00000400
#define FORMAT_MESSAGE_FROM_HMODULE 0x00000800
#define FORMAT_MESSAGE_FROM_SYSTEM 0x00001000
#define FORMAT_MESSAGE_ARGUMENT_ARRAY 0x00002000
#define FORMAT_MESSAGE_MAX_WIDTH_MASK 0x000000FF

/* ---- Version and system information ---- */

#define VER_PLATFORM_WIN32s 0
#define VER_PLATFORM_WIN32_WINDOWS 1
#define VER_PLATFORM_WIN32_NT 2
#define VER_PLATFORM_UNIX 10 /* what GetVersionEx reports on the PAL */

typedef struct _OSVERSIONINFOA {
    DWORD dwOSVersionInfoSize;
    DWORD dwMajorVersion;
    DWORD dwMinorVersion;
    DWORD dwBuildNumber;
    DWORD dwPlatformId;
    CHAR szCSDVersion[128];
} OSVERSIONINFOA, *POSVERSIONINFOA, *LPOSVERSIONINFOA;

typedef struct _OSVERSIONINFOW {
    DWORD dwOSVersionInfoSize;
    DWORD dwMajorVersion;
    DWORD dwMinorVersion;
    DWORD dwBuildNumber;
    DWORD dwPlatformId;
    WCHAR szCSDVersion[128];
} OSVERSIONINFOW, *POSVERSIONINFOW, *LPOSVERSIONINFOW;

#define PROCESSOR_ARCHITECTURE_INTEL 0
#define PROCESSOR_ARCHITECTURE_ARM 5
#define PROCESSOR_ARCHITECTURE_IA64 6
#define PROCESSOR_ARCHITECTURE_AMD64 9
#define PROCESSOR_ARCHITECTURE_ARM64 12
#define PROCESSOR_ARCHITECTURE_UNKNOWN 0xFFFF
#define PROCESSOR_INTEL_386 386
#define PROCESSOR_INTEL_486 486
#define PROCESSOR_INTEL_PENTIUM 586
#define PROCESSOR_AMD_X8664 8664

typedef struct _SYSTEM_INFO {
    union {
        DWORD dwOemId;
        __extension__ struct {
            WORD wProcessorArchitecture;
            WORD wReserved;
        };
    };
    DWORD dwPageSize;
    LPVOID lpMinimumApplicationAddress;
    LPVOID lpMaximumApplicationAddress;
    DWORD_PTR dwActiveProcessorMask;
    DWORD dwNumberOfProcessors;
    DWORD dwProcessorType;
    DWORD dwAllocationGranularity;
    WORD wProcessorLevel;
    WORD wProcessorRevision;
} SYSTEM_INFO, *LPSYSTEM_INFO;

/* ---- User32 ---- */

PALIMPORT LPSTR PALAPI CharNextA(LPCSTR lpsz);
PALIMPORT LPSTR PALAPI CharNextExA(WORD CodePage, LPCSTR lpCurrentChar, DWORD dwFlags);
/* wsprintf: Win32 formats (%ws, %I64d, ...), no floating point; at most 1024 chars. */
PALIMPORT int PALAPIV wsprintfA(LPSTR lpOut, LPCSTR lpFmt, ...);
PALIMPORT int PALAPIV wsprintfW(LPWSTR lpOut, LPCWSTR lpFmt, ...);
PALIMPORT int PALAPI MessageBoxW(HWND hWnd, LPCWSTR lpText, LPCWSTR lpCaption, UINT uType);

/* ---- Console ---- */

PALIMPORT BOOL PALAPI SetConsoleCtrlHandler(PHANDLER_ROUTINE HandlerRoutine, BOOL Add);
PALIMPORT BOOL PALAPI GenerateConsoleCtrlEvent(DWORD dwCtrlEvent, DWORD dwProcessGroupId);

/* ---- Errors and messages ---- */

PALIMPORT DWORD PALAPI GetLastError(void);
PALIMPORT VOID PALAPI SetLastError(DWORD dwErrCode);
PALIMPORT UINT PALAPI SetErrorMode(UINT uMode);
/* Arguments is a va_list * (see PAL_va_list in rotor_pal.h). */
PALIMPORT DWORD PALAPI FormatMessageW(DWORD dwFlags, LPCVOID lpSource, DWORD dwMessageId,
                                      DWORD dwLanguageId, LPWSTR lpBuffer, DWORD nSize,
                                      PAL_va_list *Arguments);

/* ---- Environment and command line ---- */

PALIMPORT DWORD PALAPI GetEnvironmentVariableA(LPCSTR lpName, LPSTR lpBuffer, DWORD nSize);
PALIMPORT DWORD PALAPI GetEnvironmentVariableW(LPCWSTR lpName, LPWSTR lpBuffer, DWORD nSize);
PALIMPORT BOOL PALAPI SetEnvironmentVariableA(LPCSTR lpName, LPCSTR lpValue);
PALIMPORT BOOL PALAPI SetEnvironmentVariableW(LPCWSTR lpName, LPCWSTR lpValue);
PALIMPORT LPWCH PALAPI GetEnvironmentStringsW(void);
PALIMPORT BOOL PALAPI FreeEnvironmentStringsW(LPWCH penv);
PALIMPORT LPWSTR PALAPI GetCommandLineW(void);

/* ---- Debugging ---- */

PALIMPORT VOID PALAPI OutputDebugStringA(LPCSTR lpOutputString);
PALIMPORT VOID PALAPI OutputDebugStringW(LPCWSTR lpOutputString);
PALIMPORT VOID PALAPI DebugBreak(void);

/* ---- lstr* strings ---- */

PALIMPORT LPWSTR PALAPI lstrcatW(LPWSTR lpString1, LPCWSTR lpString2);
PALIMPORT LPWSTR PALAPI lstrcpyW(LPWSTR lpString1, LPCWSTR lpString2);
PALIMPORT int PALAPI lstrlenA(LPCSTR lpString);
PALIMPORT int PALAPI lstrlenW(LPCWSTR lpString);
PALIMPORT LPWSTR PALAPI lstrcpynW(LPWSTR lpString1, LPCWSTR lpString2, int iMaxLength);

/* ---- Time counters ---- */

PALIMPORT DWORD PALAPI GetTickCount(void);
PALIMPORT BOOL PALAPI QueryPerformanceCounter(LARGE_INTEGER *lpPerformanceCount);
PALIMPORT BOOL PALAPI QueryPerformanceFrequency(LARGE_INTEGER *lpFrequency);

/* ---- Version and system information ---- */

PALIMPORT BOOL PALAPI GetVersionExA(LPOSVERSIONINFOA lpVersionInformation);
PALIMPORT BOOL PALAPI GetVersionExW(LPOSVERSIONINFOW lpVersionInformation);
PALIMPORT VOID PALAPI GetSystemInfo(LPSYSTEM_INFO lpSystemInfo);

/* ---- Pointer probes ---- */

PALIMPORT BOOL PALAPI IsBadReadPtr(const VOID *lp, UINT_PTR ucb);
PALIMPORT BOOL PALAPI IsBadWritePtr(LPVOID lp, UINT_PTR ucb);
PALIMPORT BOOL PALAPI IsBadCodePtr(FARPROC lpfn);

/* ---- Generic names ---- */

#ifdef UNICODE
typedef OSVERSIONINFOW OSVERSIONINFO;
typedef POSVERSIONINFOW POSVERSIONINFO;
typedef LPOSVERSIONINFOW LPOSVERSIONINFO;
#define wsprintf wsprintfW
#define MessageBox MessageBoxW
#define FormatMessage FormatMessageW
#define GetEnvironmentVariable GetEnvironmentVariableW
#define SetEnvironmentVariable SetEnvironmentVariableW
#define GetEnvironmentStrings GetEnvironmentStringsW
#define FreeEnvironmentStrings FreeEnvironmentStringsW
#define GetCommandLine GetCommandLineW
#define OutputDebugString OutputDebugStringW
#define lstrcat lstrcatW
#define lstrcpy lstrcpyW
#define lstrlen lstrlenW
#define lstrcpyn lstrcpynW
#define GetVersionEx GetVersionExW
#else
typedef OSVERSIONINFOA OSVERSIONINFO;
typedef POSVERSIONINFOA POSVERSIONINFO;
typedef LPOSVERSIONINFOA LPOSVERSIONINFO;
#define CharNext CharNextA
#define wsprintf wsprintfA
#define GetEnvironmentVariable GetEnvironmentVariableA
#define SetEnvironmentVariable SetEnvironmentVariableA
#define OutputDebugString OutputDebugStringA
#define lstrlen lstrlenA
#define GetVersionEx GetVersionExA
#endif

#endif /* PAL_MISC_H */
