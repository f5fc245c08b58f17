/*
 * pal_memory.h - virtual memory, file mappings, heaps, local memory, process
 * memory access and loadable modules (spec "Memory Management").
 *
 * Included by rotor_pal.h only, inside its extern "C" block.
 */
#ifndef PAL_MEMORY_H
#define PAL_MEMORY_H

#ifndef ROTOR_PAL_H_INSIDE
#error "include rotor_pal.h, not pal_memory.h"
#endif

/* ---- Page protections ---- */

#define PAGE_NOACCESS 0x01
#define PAGE_READONLY 0x02
#define PAGE_READWRITE 0x04
#define PAGE_WRITECOPY 0x08
#define PAGE_EXECUTE 0x10
#define PAGE_EXECUTE_READ 0x20
#define PAGE_EXECUTE_READWRITE 0x40
#define PAGE_EXECUTE_WRITECOPY 0x80
#define PAGE_GUARD 0x100
#define PAGE_NOCACHE 0x200
#define PAGE_WRITECOMBINE 0x400

/* ---- VirtualAlloc / VirtualFree types, VirtualQuery states and types ---- */

#define MEM_COMMIT 0x00001000
#define MEM_RESERVE 0x00002000
#define MEM_DECOMMIT 0x00004000
#define MEM_RELEASE 0x00008000
#define MEM_FREE 0x00010000
#define MEM_PRIVATE 0x00020000
#define MEM_MAPPED 0x00040000
#define MEM_RESET 0x00080000
#define MEM_TOP_DOWN 0x00100000
#define MEM_WRITE_WATCH 0x00200000
#define MEM_PHYSICAL 0x00400000
#define MEM_IMAGE 0x01000000
#define MEM_LARGE_PAGES 0x20000000

typedef struct _MEMORY_BASIC_INFORMATION {
    PVOID BaseAddress;
    PVOID AllocationBase;
    DWORD AllocationProtect;
    SIZE_T RegionSize;
    DWORD State;
    DWORD Protect;
    DWORD Type;
} MEMORY_BASIC_INFORMATION, *PMEMORY_BASIC_INFORMATION;

/* ---- File mappings ---- */

#define SECTION_QUERY 0x0001
#define SECTION_MAP_WRITE 0x0002
#define SECTION_MAP_READ 0x0004
#define SECTION_MAP_EXECUTE 0x0008
#define SECTION_EXTEND_SIZE 0x0010
#define SECTION_ALL_ACCESS                                                                         \
    (STANDARD_RIGHTS_REQUIRED | SECTION_QUERY | SECTION_MAP_WRITE | SECTION_MAP_READ |             \
     SECTION_MAP_EXECUTE | SECTION_EXTEND_SIZE)

#define FILE_MAP_COPY SECTION_QUERY
#define FILE_MAP_WRITE SECTION_MAP_WRITE
#define FILE_MAP_READ SECTION_MAP_READ
#define FILE_MAP_ALL_ACCESS SECTION_ALL_ACCESS
#define FILE_MAP_EXECUTE 0x0020

/* CreateFileMapping flProtect attributes (ORed with a PAGE_ value). */
#define SEC_IMAGE 0x01000000
#define SEC_RESERVE 0x04000000
#define SEC_COMMIT 0x08000000
#define SEC_NOCACHE 0x10000000

/* ---- Heaps and local memory ---- */

#define HEAP_NO_SERIALIZE 0x00000001
#define HEAP_GROWABLE 0x00000002
#define HEAP_GENERATE_EXCEPTIONS 0x00000004
#define HEAP_ZERO_MEMORY 0x00000008
#define HEAP_REALLOC_IN_PLACE_ONLY 0x00000010
#define HEAP_TAIL_CHECKING_ENABLED 0x00000020
#define HEAP_FREE_CHECKING_ENABLED 0x00000040
#define HEAP_DISABLE_COALESCE_ON_FREE 0x00000080
#define HEAP_CREATE_ENABLE_EXECUTE 0x00040000

#define LMEM_FIXED 0x0000
#define LMEM_MOVEABLE 0x0002
#define LMEM_NOCOMPACT 0x0010
#define LMEM_NODISCARD 0x0020
#define LMEM_ZEROINIT 0x0040
#define LMEM_MODIFY 0x0080
#define LMEM_DISCARDABLE 0x0F00
#define LMEM_VALID_FLAGS 0x0F72
#define LMEM_INVALID_HANDLE 0x8000
#define LHND (LMEM_MOVEABLE | LMEM_ZEROINIT)
#define LPTR (LMEM_FIXED | LMEM_ZEROINIT)
#define NONZEROLHND (LMEM_MOVEABLE)
#define NONZEROLPTR (LMEM_FIXED)

/* The memory macros of winbase.h, on the C library. */
#define MoveMemory RtlMoveMemory
#define CopyMemory(Destination, Source, Length) memcpy((Destination), (Source), (Length))
#define FillMemory(Destination, Length, Fill) memset((Destination), (Fill), (Length))
#define ZeroMemory(Destination, Length) memset((Destination), 0, (Length))

/* ---- Modules ---- */

/* A symbol from GetProcAddress: cast it to the real function type. */
typedef INT_PTR(PALAPI *FARPROC)(void);
typedef FARPROC NEARPROC, PROC;

/* DllMain fdwReason. */
#define DLL_PROCESS_DETACH 0
#define DLL_PROCESS_ATTACH 1
#define DLL_THREAD_ATTACH 2
#define DLL_THREAD_DETACH 3

/* ---- Virtual memory ---- */

PALIMPORT LPVOID PALAPI VirtualAlloc(LPVOID lpAddress, SIZE_T dwSize, DWORD flAllocationType,
                                     DWORD flProtect);
PALIMPORT BOOL PALAPI VirtualFree(LPVOID lpAddress, SIZE_T dwSize, DWORD dwFreeType);
PALIMPORT BOOL PALAPI VirtualProtect(LPVOID lpAddress, SIZE_T dwSize, DWORD flNewProtect,
                                     PDWORD lpflOldProtect);
PALIMPORT SIZE_T PALAPI VirtualQuery(LPCVOID lpAddress, PMEMORY_BASIC_INFORMATION lpBuffer,
                                     SIZE_T dwLength);
PALIMPORT BOOL PALAPI FlushInstructionCache(HANDLE hProcess, LPCVOID lpBaseAddress,
                                            SIZE_T dwSize);
PALIMPORT VOID PALAPI RtlMoveMemory(PVOID Destination, const VOID *Source, SIZE_T Length);

/* ---- Other processes' memory ---- */

PALIMPORT BOOL PALAPI ReadProcessMemory(HANDLE hProcess, LPCVOID lpBaseAddress, LPVOID lpBuffer,
                                        SIZE_T nSize, SIZE_T *lpNumberOfBytesRead);
PALIMPORT BOOL PALAPI WriteProcessMemory(HANDLE hProcess, LPVOID lpBaseAddress,
                                         LPCVOID lpBuffer, SIZE_T nSize,
                                         SIZE_T *lpNumberOfBytesWritten);

/* ---- File mappings ---- */

PALIMPORT HANDLE PALAPI CreateFileMappingA(HANDLE hFile,
                                           LPSECURITY_ATTRIBUTES lpFileMappingAttributes,
                                           DWORD flProtect, DWORD dwMaximumSizeHigh,
                                           DWORD dwMaximumSizeLow, LPCSTR lpName);
PALIMPORT HANDLE PALAPI CreateFileMappingW(HANDLE hFile,
                                           LPSECURITY_ATTRIBUTES lpFileMappingAttributes,
                                           DWORD flProtect, DWORD dwMaximumSizeHigh,
                                           DWORD dwMaximumSizeLow, LPCWSTR lpName);
PALIMPORT HANDLE PALAPI OpenFileMappingA(DWORD dwDesiredAccess, BOOL bInheritHandle,
                                         LPCSTR lpName);
PALIMPORT HANDLE PALAPI OpenFileMappingW(DWORD dwDesiredAccess, BOOL bInheritHandle,
                                         LPCWSTR lpName);
PALIMPORT LPVOID PALAPI MapViewOfFile(HANDLE hFileMappingObject, DWORD dwDesiredAccess,
                                      DWORD dwFileOffsetHigh, DWORD dwFileOffsetLow,
                                      SIZE_T dwNumberOfBytesToMap);
PALIMPORT BOOL PALAPI UnmapViewOfFile(LPCVOID lpBaseAddress);

/* ---- Heaps and local memory ---- */

PALIMPORT HANDLE PALAPI GetProcessHeap(void);
PALIMPORT LPVOID PALAPI HeapAlloc(HANDLE hHeap, DWORD dwFlags, SIZE_T dwBytes);
PALIMPORT LPVOID PALAPI HeapReAlloc(HANDLE hHeap, DWORD dwFlags, LPVOID lpMem, SIZE_T dwBytes);
PALIMPORT BOOL PALAPI HeapFree(HANDLE hHeap, DWORD dwFlags, LPVOID lpMem);
PALIMPORT HLOCAL PALAPI LocalAlloc(UINT uFlags, SIZE_T uBytes);
PALIMPORT HLOCAL PALAPI LocalFree(HLOCAL hMem);

/* ---- Modules ---- */

PALIMPORT HMODULE PALAPI LoadLibraryA(LPCSTR lpLibFileName);
PALIMPORT HMODULE PALAPI LoadLibraryW(LPCWSTR lpLibFileName);
PALIMPORT FARPROC PALAPI GetProcAddress(HMODULE hModule, LPCSTR lpProcName);
PALIMPORT BOOL PALAPI FreeLibrary(HMODULE hLibModule);
PALIMPORT DECLSPEC_NORETURN VOID PALAPI FreeLibraryAndExitThread(HMODULE hLibModule,
                                                                 DWORD dwExitCode);
PALIMPORT BOOL PALAPI DisableThreadLibraryCalls(HMODULE hLibModule);
PALIMPORT DWORD PALAPI GetModuleFileNameA(HMODULE hModule, LPSTR lpFilename, DWORD nSize);
PALIMPORT DWORD PALAPI GetModuleFileNameW(HMODULE hModule, LPWSTR lpFilename, DWORD nSize);

/* ---- Generic names ---- */

#ifdef UNICODE
#define CreateFileMapping CreateFileMappingW
#define OpenFileMapping OpenFileMappingW
#define LoadLibrary LoadLibraryW
#define GetModuleFileName GetModuleFileNameW
#else
#define CreateFileMapping CreateFileMappingA
#define OpenFileMapping OpenFileMappingA
#define LoadLibrary LoadLibraryA
#define GetModuleFileName GetModuleFileNameA
#endif

#endif /* PAL_MEMORY_H */
