/*
 * pal_mstypes.h - the Win32 type model on LP64 Unix.
 *
 * Win32 types keep their Windows sizes: a C `long` is 64 bits here, so no Win32
 * type is ever defined in terms of `long`. WCHAR is a 16-bit UTF-16 code unit,
 * the same type as char16_t, so u"text" literals are WCHAR strings.
 */
#ifndef PAL_MSTYPES_H
#define PAL_MSTYPES_H

#ifdef __cplusplus
#define PAL_EXTERN_C extern "C"
#define PAL_BEGIN_EXTERN_C extern "C" {
#define PAL_END_EXTERN_C }
#else
#define PAL_EXTERN_C extern
#define PAL_BEGIN_EXTERN_C
#define PAL_END_EXTERN_C
#endif

/* Calling conventions: x86-64 System V has one, so these are documentation. */
#define __stdcall
#define __cdecl
#define _cdecl
#define __fastcall
#define WINAPI
#define WINAPIV
#define APIENTRY
#define CALLBACK
#define PALAPI
#define PALAPIV
#define NTAPI
#define STDMETHODCALLTYPE

/* Exported entry points; everything else in the library is hidden. */
#define PALIMPORT PAL_EXTERN_C __attribute__((visibility("default")))
#define DECLSPEC_NORETURN __attribute__((noreturn))
#define DECLSPEC_ALIGN(x) __attribute__((aligned(x)))
#define __forceinline inline __attribute__((always_inline))
#define FORCEINLINE __forceinline

#ifndef NULL
#ifdef __cplusplus
#define NULL nullptr
#else
#define NULL ((void *)0)
#endif
#endif

#define VOID void
#define CONST const
#define IN
#define OUT
#define OPTIONAL

#ifndef TRUE
#define TRUE 1
#endif
#ifndef FALSE
#define FALSE 0
#endif

typedef void *PVOID, *LPVOID;
typedef const void *LPCVOID, *PCVOID;

typedef signed char INT8;
typedef unsigned char UINT8;
typedef short INT16;
typedef unsigned short UINT16;
typedef int INT32;
typedef unsigned int UINT32;
typedef long long INT64;
typedef unsigned long long UINT64;
/* Macros, not typedefs, so that `unsigned __int64` works as with MSVC. */
#define __int64 long long
#define __int32 int
#define __int16 short
#define __int8 char

typedef unsigned char BYTE, *PBYTE, *LPBYTE, UCHAR, *PUCHAR, BOOLEAN, *PBOOLEAN;
typedef char CHAR, *PCHAR, *LPSTR, *PSTR;
typedef const char *LPCSTR, *PCSTR;
typedef short SHORT, *PSHORT;
typedef unsigned short WORD, *PWORD, *LPWORD, USHORT, *PUSHORT;
typedef int INT, *PINT, *LPINT, BOOL, *PBOOL, *LPBOOL, LONG, *PLONG, *LPLONG;
typedef unsigned int UINT, *PUINT, *LPUINT, DWORD, *PDWORD, *LPDWORD, ULONG, *PULONG;
typedef long long LONGLONG, *PLONGLONG;
typedef unsigned long long ULONGLONG, *PULONGLONG, DWORD64, *PDWORD64, DWORDLONG, *PDWORDLONG;
typedef float FLOAT;
typedef double DOUBLE;

/* Pointer-sized integers. */
typedef long long INT_PTR, *PINT_PTR, LONG_PTR, *PLONG_PTR, SSIZE_T, *PSSIZE_T;
typedef unsigned long long UINT_PTR, *PUINT_PTR, ULONG_PTR, *PULONG_PTR, DWORD_PTR, *PDWORD_PTR,
    SIZE_T, *PSIZE_T;
typedef ULONG_PTR WPARAM;
typedef LONG_PTR LPARAM, LRESULT;

/* size_t without <stddef.h>: the ABI type of sizeof. */
typedef __SIZE_TYPE__ size_t;
typedef __PTRDIFF_TYPE__ ptrdiff_t;
typedef __INTPTR_TYPE__ intptr_t;
typedef __UINTPTR_TYPE__ uintptr_t;

/* WCHAR: one UTF-16 code unit, identical to char16_t. */
#ifdef __cplusplus
typedef char16_t WCHAR;
#else
typedef __CHAR16_TYPE__ WCHAR;
#endif
typedef WCHAR *PWCHAR, *LPWCH, *PWCH, *LPWSTR, *PWSTR, *NWPSTR;
typedef const WCHAR *LPCWCH, *PCWCH, *LPCWSTR, *PCWSTR;
typedef WCHAR wchar_16;
/* The C runtime's wide character type follows WCHAR, as on Windows. */
typedef WCHAR PAL_wchar_t;
typedef WCHAR wint_16;

#ifdef UNICODE
typedef WCHAR TCHAR;
typedef LPWSTR LPTSTR;
typedef LPCWSTR LPCTSTR;
#define __TEXT(q) u##q
#else
typedef CHAR TCHAR;
typedef LPSTR LPTSTR;
typedef LPCSTR LPCTSTR;
#define __TEXT(q) q
#endif
#define TEXT(q) __TEXT(q)

typedef void *HANDLE, **PHANDLE, **LPHANDLE;
typedef HANDLE HMODULE, HINSTANCE, HGLOBAL, HLOCAL, HWND, HKEY, HRSRC, HSATELLITE;
typedef LONG HRESULT;
typedef DWORD LCID, *PLCID;
typedef WORD LANGID;
typedef DWORD LCTYPE, CALTYPE, CALID;
typedef LONG NTSTATUS;
typedef UINT_PTR SOCKET;

typedef union _LARGE_INTEGER {
    __extension__ struct {
        DWORD LowPart;
        LONG HighPart;
    } u;
    __extension__ struct {
        DWORD LowPart;
        LONG HighPart;
    };
    LONGLONG QuadPart;
} LARGE_INTEGER, *PLARGE_INTEGER;

typedef union _ULARGE_INTEGER {
    __extension__ struct {
        DWORD LowPart;
        DWORD HighPart;
    } u;
    __extension__ struct {
        DWORD LowPart;
        DWORD HighPart;
    };
    ULONGLONG QuadPart;
} ULARGE_INTEGER, *PULARGE_INTEGER;

typedef struct _GUID {
    ULONG Data1;
    USHORT Data2;
    USHORT Data3;
    UCHAR Data4[8];
} GUID, *LPGUID;

#define MAKEWORD(a, b) ((WORD)(((BYTE)((DWORD_PTR)(a) & 0xff)) | ((WORD)((BYTE)((DWORD_PTR)(b) & 0xff))) << 8))
#define MAKELONG(a, b) ((LONG)(((WORD)((DWORD_PTR)(a) & 0xffff)) | ((DWORD)((WORD)((DWORD_PTR)(b) & 0xffff))) << 16))
#define LOWORD(l) ((WORD)((DWORD_PTR)(l) & 0xffff))
#define HIWORD(l) ((WORD)((DWORD_PTR)(l) >> 16))
#define LOBYTE(w) ((BYTE)((DWORD_PTR)(w) & 0xff))
#define HIBYTE(w) ((BYTE)((DWORD_PTR)(w) >> 8))

#define MAXDWORD 0xffffffffU
#define MAXLONG 0x7fffffff
#define MINLONG (-MAXLONG - 1)
#define MAXLONGLONG 0x7fffffffffffffffLL
#define MAXSIZE_T ((SIZE_T)~((SIZE_T)0))
#define MAX_PATH 260
#define _MAX_PATH 260
#define _MAX_DRIVE 3
#define _MAX_DIR 256
#define _MAX_FNAME 256
#define _MAX_EXT 256

#define UNREFERENCED_PARAMETER(P) (void)(P)

#endif /* PAL_MSTYPES_H */
