/*
 * rotor_pal.h - the one public header of librotor_pal: the Win32 subset of the
 * Rotor PAL specification (Kernel32, User32, the C runtime, Winsock) on
 * 64-bit Linux.
 *
 * A client includes this header and no libc header (docs/conventions.md). Two
 * modes:
 *   - client mode (the default): the C runtime and Winsock appear under their
 *     Win32 names; names that differ from libc's behaviour are macros onto the
 *     library's PAL_<name> exports (printf -> PAL_printf, FILE -> PAL_FILE,
 *     socket -> PAL_socket, ...);
 *   - library mode (PAL_IMPLEMENTATION defined, by pal/unix/include/internal.h):
 *     only the PAL_ names are declared and none of the renaming macros, so the
 *     library includes the system headers before or after this one.
 *
 * Areas live in sub-headers, included below: pal_exception.h, pal_file.h,
 * pal_thread.h, pal_memory.h, pal_locale.h, pal_misc.h, pal_winsock.h.
 * Error codes (ERROR_*, NO_ERROR, WSAE*) come from the generated pal_error.h.
 */
#ifndef ROTOR_PAL_H
#define ROTOR_PAL_H

#include "pal_mstypes.h"
#include "pal_error.h"

/* Lets the sub-headers check they are included from here. */
#define ROTOR_PAL_H_INSIDE 1

PAL_BEGIN_EXTERN_C

/* ==================================================================== */
/* Common types and values                                              */
/* ==================================================================== */

#define INVALID_HANDLE_VALUE ((HANDLE)(LONG_PTR)-1)

/* Standard access rights. */
#define DELETE 0x00010000
#define READ_CONTROL 0x00020000
#define WRITE_DAC 0x00040000
#define WRITE_OWNER 0x00080000
#define SYNCHRONIZE 0x00100000
#define STANDARD_RIGHTS_REQUIRED 0x000F0000
#define STANDARD_RIGHTS_READ READ_CONTROL
#define STANDARD_RIGHTS_WRITE READ_CONTROL
#define STANDARD_RIGHTS_EXECUTE READ_CONTROL
#define STANDARD_RIGHTS_ALL 0x001F0000
#define SPECIFIC_RIGHTS_ALL 0x0000FFFF
#define MAXIMUM_ALLOWED 0x02000000

/* Generic access rights. */
#define GENERIC_READ 0x80000000
#define GENERIC_WRITE 0x40000000
#define GENERIC_EXECUTE 0x20000000
#define GENERIC_ALL 0x10000000

#define FIELD_OFFSET(type, field) ((LONG)__builtin_offsetof(type, field))
#define CONTAINING_RECORD(address, type, field)                                                    \
    ((type *)((PCHAR)(address) - (ULONG_PTR)(&((type *)0)->field)))
#define ARRAYSIZE(a) (sizeof(a) / sizeof((a)[0]))

/* The C runtime's va_list, under a name that cannot clash with <stdarg.h>. */
typedef __builtin_va_list PAL_va_list;

typedef struct _SECURITY_ATTRIBUTES {
    DWORD nLength;
    LPVOID lpSecurityDescriptor;
    BOOL bInheritHandle;
} SECURITY_ATTRIBUTES, *PSECURITY_ATTRIBUTES, *LPSECURITY_ATTRIBUTES;

typedef struct _OVERLAPPED {
    ULONG_PTR Internal;
    ULONG_PTR InternalHigh;
    union {
        __extension__ struct {
            DWORD Offset;
            DWORD OffsetHigh;
        };
        PVOID Pointer;
    };
    HANDLE hEvent;
} OVERLAPPED, *LPOVERLAPPED;

/* 100-nanosecond intervals since January 1, 1601 (UTC). */
typedef struct _FILETIME {
    DWORD dwLowDateTime;
    DWORD dwHighDateTime;
} FILETIME, *PFILETIME, *LPFILETIME;

typedef struct _SYSTEMTIME {
    WORD wYear;
    WORD wMonth;
    WORD wDayOfWeek;
    WORD wDay;
    WORD wHour;
    WORD wMinute;
    WORD wSecond;
    WORD wMilliseconds;
} SYSTEMTIME, *PSYSTEMTIME, *LPSYSTEMTIME;

/* ==================================================================== */
/* PAL-specific entry points                                            */
/* ==================================================================== */

/* A handle marshalled to another PAL process (PAL_LocalHandleToRemote). */
typedef HANDLE RHANDLE;
typedef HANDLE *PRHANDLE;

/* Returns 0 on success. Counted: each success needs one PAL_Terminate. */
PALIMPORT int PALAPI PAL_Initialize(int argc, char *const argv[]);
PALIMPORT void PALAPI PAL_Terminate(void);
PALIMPORT int PALAPI PAL_InitializeDebug(void);
PALIMPORT BOOL PALAPI PAL_GetUserConfigurationDirectoryW(LPWSTR lpDirectoryName,
                                                         UINT cchDirectoryName);
PALIMPORT HMODULE PALAPI PAL_RegisterLibraryW(LPCWSTR lpLibFileName);
PALIMPORT BOOL PALAPI PAL_UnregisterLibraryW(HMODULE hLibModule);
/* The directory of librotor_pal.so, with a trailing separator. */
PALIMPORT BOOL PALAPI PAL_GetPALDirectoryW(LPWSTR lpDirectoryName, UINT cchDirectoryName);
PALIMPORT BOOL PALAPI PAL_Random(BOOL bStrong, LPVOID lpBuffer, DWORD dwLength);
PALIMPORT RHANDLE PALAPI PAL_LocalHandleToRemote(HANDLE hLocal);
PALIMPORT HANDLE PALAPI PAL_RemoteHandleToLocal(RHANDLE hRemote);

/* Localized resource strings (spec "Localized Resource Strings"). */
PALIMPORT HSATELLITE PALAPI PAL_LoadSatelliteResourceW(LPCWSTR SatelliteResourceFileName);
PALIMPORT int PALAPI PAL_LoadSatelliteStringW(HSATELLITE SatelliteResource, UINT uID,
                                              LPWSTR lpBuffer, int nBufferMax);
PALIMPORT int PALAPI PAL_LoadSatelliteStringA(HSATELLITE SatelliteResource, UINT uID,
                                              LPSTR lpBuffer, int nBufferMax);
PALIMPORT BOOL PALAPI PAL_FreeSatelliteResource(HSATELLITE SatelliteResource);

#ifdef UNICODE
#define PAL_LoadSatelliteResource PAL_LoadSatelliteResourceW
#define PAL_LoadSatelliteString PAL_LoadSatelliteStringW
#else
#define PAL_LoadSatelliteString PAL_LoadSatelliteStringA
#endif

/* ==================================================================== */
/* Win32 areas                                                          */
/* ==================================================================== */

#include "pal_exception.h"
#include "pal_file.h"
#include "pal_thread.h"
#include "pal_memory.h"
#include "pal_locale.h"
#include "pal_misc.h"

/* ==================================================================== */
/* The C runtime                                                        */
/* ==================================================================== */

/*
 * Two kinds (docs/conventions.md): the passthrough functions, whose ISO C
 * behaviour on LP64 already is the Win32 one, are declared under their own
 * names (client mode only) and come from the system C library; every other
 * function is the PAL's, exported as PAL_<name> and renamed by a client-mode
 * macro at the end of this header. Win32 `long` is 32 bits, so those results
 * are LONG/ULONG; wide functions work on 16-bit WCHARs.
 */

/* A C runtime stream; the library defines struct _PAL_FILE. */
typedef struct _PAL_FILE PAL_FILE;

/* Win32's 64-bit time_t and its struct tm. */
typedef long long PAL_time_t;
struct PAL_tm {
    int tm_sec;
    int tm_min;
    int tm_hour;
    int tm_mday;
    int tm_mon;
    int tm_year;
    int tm_wday;
    int tm_yday;
    int tm_isdst;
};

#define PAL_RAND_MAX 0x7fff
/* _stricmp/_wcsicmp family: the error result. */
#define _NLSCMPERROR 2147483647

/* _open_osfhandle flags (Win32 <fcntl.h> values). */
#define _O_RDONLY 0x0000
#define _O_WRONLY 0x0001
#define _O_RDWR 0x0002
#define _O_APPEND 0x0008
#define _O_CREAT 0x0100
#define _O_TRUNC 0x0200
#define _O_EXCL 0x0400
#define _O_TEXT 0x4000
#define _O_BINARY 0x8000

/* Compiler-provided, as on Windows: no library symbol. */
#ifndef _alloca
#define _alloca __builtin_alloca
#endif

/* glibc declares most C library functions nothrow in C++; match it. */
#ifdef __cplusplus
#define PAL_CRT_NOTHROW noexcept(true)
#else
#define PAL_CRT_NOTHROW
#endif

/* qsort/bsearch comparator (keeps the passthrough lines to one name each). */
typedef int(__cdecl *PAL_CRT_COMPARE)(const void *, const void *);

#ifndef PAL_IMPLEMENTATION
/* One declaration per line, nothing else: scripts extract the names. */
/* PAL_CRT_PASSTHROUGH_BEGIN */
void *memcpy(void *, const void *, size_t) PAL_CRT_NOTHROW;
int memcmp(const void *, const void *, size_t) PAL_CRT_NOTHROW;
void *memset(void *, int, size_t) PAL_CRT_NOTHROW;
void *memmove(void *, const void *, size_t) PAL_CRT_NOTHROW;
void *memchr(const void *, int, size_t) PAL_CRT_NOTHROW;
size_t strlen(const char *) PAL_CRT_NOTHROW;
int strcmp(const char *, const char *) PAL_CRT_NOTHROW;
int strncmp(const char *, const char *, size_t) PAL_CRT_NOTHROW;
char *strcat(char *, const char *) PAL_CRT_NOTHROW;
char *strncat(char *, const char *, size_t) PAL_CRT_NOTHROW;
char *strcpy(char *, const char *) PAL_CRT_NOTHROW;
char *strncpy(char *, const char *, size_t) PAL_CRT_NOTHROW;
char *strchr(const char *, int) PAL_CRT_NOTHROW;
char *strrchr(const char *, int) PAL_CRT_NOTHROW;
char *strpbrk(const char *, const char *) PAL_CRT_NOTHROW;
char *strstr(const char *, const char *) PAL_CRT_NOTHROW;
size_t strspn(const char *, const char *) PAL_CRT_NOTHROW;
size_t strcspn(const char *, const char *) PAL_CRT_NOTHROW;
int atoi(const char *) PAL_CRT_NOTHROW;
int abs(int) PAL_CRT_NOTHROW;
long labs(long) PAL_CRT_NOTHROW;
double sqrt(double) PAL_CRT_NOTHROW;
double log(double) PAL_CRT_NOTHROW;
double log10(double) PAL_CRT_NOTHROW;
double exp(double) PAL_CRT_NOTHROW;
double pow(double, double) PAL_CRT_NOTHROW;
double acos(double) PAL_CRT_NOTHROW;
double asin(double) PAL_CRT_NOTHROW;
double atan(double) PAL_CRT_NOTHROW;
double atan2(double, double) PAL_CRT_NOTHROW;
double cos(double) PAL_CRT_NOTHROW;
double sin(double) PAL_CRT_NOTHROW;
double tan(double) PAL_CRT_NOTHROW;
double cosh(double) PAL_CRT_NOTHROW;
double sinh(double) PAL_CRT_NOTHROW;
double tanh(double) PAL_CRT_NOTHROW;
double fmod(double, double) PAL_CRT_NOTHROW;
double floor(double) PAL_CRT_NOTHROW;
double ceil(double) PAL_CRT_NOTHROW;
double fabs(double) PAL_CRT_NOTHROW;
double modf(double, double *) PAL_CRT_NOTHROW;
int isprint(int) PAL_CRT_NOTHROW;
int isspace(int) PAL_CRT_NOTHROW;
int isalpha(int) PAL_CRT_NOTHROW;
int isalnum(int) PAL_CRT_NOTHROW;
int isdigit(int) PAL_CRT_NOTHROW;
int isxdigit(int) PAL_CRT_NOTHROW;
int isupper(int) PAL_CRT_NOTHROW;
int islower(int) PAL_CRT_NOTHROW;
int tolower(int) PAL_CRT_NOTHROW;
int toupper(int) PAL_CRT_NOTHROW;
void qsort(void *, size_t, size_t, PAL_CRT_COMPARE);
void *bsearch(const void *, const void *, size_t, size_t, PAL_CRT_COMPARE);
void *malloc(size_t) PAL_CRT_NOTHROW;
void free(void *) PAL_CRT_NOTHROW;
void *realloc(void *, size_t) PAL_CRT_NOTHROW;
/* PAL_CRT_PASSTHROUGH_END */
#endif /* !PAL_IMPLEMENTATION */

/* ---- PAL C runtime: narrow strings ---- */

PALIMPORT int __cdecl PAL__stricmp(const char *, const char *);
PALIMPORT int __cdecl PAL__strnicmp(const char *, const char *, size_t);
PALIMPORT char *__cdecl PAL_strtok(char *, const char *);
PALIMPORT char *__cdecl PAL__strlwr(char *);
PALIMPORT size_t __cdecl PAL__mbslen(const unsigned char *);
PALIMPORT unsigned char *__cdecl PAL__mbsinc(const unsigned char *);
PALIMPORT unsigned char *__cdecl PAL__mbsninc(const unsigned char *, size_t);
PALIMPORT unsigned char *__cdecl PAL__mbsdec(const unsigned char *, const unsigned char *);

/* ---- PAL C runtime: formatting and scanning (Win32 formats: %ws, %I64d, %p) ---- */

PALIMPORT int __cdecl PAL_sprintf(char *, const char *, ...);
PALIMPORT int __cdecl PAL_vsprintf(char *, const char *, PAL_va_list);
PALIMPORT int __cdecl PAL__snprintf(char *, size_t, const char *, ...);
PALIMPORT int __cdecl PAL__vsnprintf(char *, size_t, const char *, PAL_va_list);
PALIMPORT int __cdecl PAL_sscanf(const char *, const char *, ...);
/* The MSDN 2001 (non-ISO) forms: no buffer size. */
PALIMPORT int __cdecl PAL_swprintf(WCHAR *, const WCHAR *, ...);
PALIMPORT int __cdecl PAL_vswprintf(WCHAR *, const WCHAR *, PAL_va_list);
PALIMPORT int __cdecl PAL__snwprintf(WCHAR *, size_t, const WCHAR *, ...);
PALIMPORT int __cdecl PAL__vsnwprintf(WCHAR *, size_t, const WCHAR *, PAL_va_list);
PALIMPORT int __cdecl PAL_swscanf(const WCHAR *, const WCHAR *, ...);

/* ---- PAL C runtime: numeric conversions ---- */

PALIMPORT LONG __cdecl PAL_atol(const char *);
PALIMPORT ULONG __cdecl PAL_strtoul(const char *, char **, int);
PALIMPORT double __cdecl PAL_atof(const char *);
PALIMPORT double __cdecl PAL_strtod(const char *, char **);
PALIMPORT char *__cdecl PAL__gcvt(double, int, char *);
PALIMPORT char *__cdecl PAL__ecvt(double, int, int *, int *);
PALIMPORT LONG __cdecl PAL_wcstol(const WCHAR *, WCHAR **, int);
PALIMPORT ULONG __cdecl PAL_wcstoul(const WCHAR *, WCHAR **, int);
PALIMPORT double __cdecl PAL_wcstod(const WCHAR *, WCHAR **);
PALIMPORT WCHAR *__cdecl PAL__itow(int, WCHAR *, int);
PALIMPORT WCHAR *__cdecl PAL__i64tow(__int64, WCHAR *, int);
PALIMPORT WCHAR *__cdecl PAL__ui64tow(ULONGLONG, WCHAR *, int);
PALIMPORT int __cdecl PAL__wtoi(const WCHAR *);

/* ---- PAL C runtime: character classes ---- */

PALIMPORT int __cdecl PAL___iscsym(int);
PALIMPORT int __cdecl PAL_iswprint(WCHAR);
PALIMPORT int __cdecl PAL_iswupper(WCHAR);
PALIMPORT int __cdecl PAL_iswspace(WCHAR);
PALIMPORT int __cdecl PAL_iswdigit(WCHAR);
PALIMPORT int __cdecl PAL_iswxdigit(WCHAR);
PALIMPORT WCHAR __cdecl PAL_towlower(WCHAR);
PALIMPORT WCHAR __cdecl PAL_towupper(WCHAR);

/* ---- PAL C runtime: wide strings (16-bit WCHAR, never glibc's wcs*) ---- */

PALIMPORT size_t __cdecl PAL_wcslen(const WCHAR *);
PALIMPORT int __cdecl PAL_wcscmp(const WCHAR *, const WCHAR *);
PALIMPORT int __cdecl PAL_wcsncmp(const WCHAR *, const WCHAR *, size_t);
PALIMPORT int __cdecl PAL__wcsicmp(const WCHAR *, const WCHAR *);
PALIMPORT int __cdecl PAL__wcsnicmp(const WCHAR *, const WCHAR *, size_t);
PALIMPORT WCHAR *__cdecl PAL_wcscat(WCHAR *, const WCHAR *);
PALIMPORT WCHAR *__cdecl PAL_wcsncat(WCHAR *, const WCHAR *, size_t);
PALIMPORT WCHAR *__cdecl PAL_wcscpy(WCHAR *, const WCHAR *);
PALIMPORT WCHAR *__cdecl PAL_wcsncpy(WCHAR *, const WCHAR *, size_t);
PALIMPORT WCHAR *__cdecl PAL_wcschr(const WCHAR *, WCHAR);
PALIMPORT WCHAR *__cdecl PAL_wcsrchr(const WCHAR *, WCHAR);
PALIMPORT WCHAR *__cdecl PAL_wcspbrk(const WCHAR *, const WCHAR *);
PALIMPORT WCHAR *__cdecl PAL_wcsstr(const WCHAR *, const WCHAR *);
PALIMPORT WCHAR *__cdecl PAL_wcstok(WCHAR *, const WCHAR *);
PALIMPORT WCHAR *__cdecl PAL__wcslwr(WCHAR *);

/* ---- PAL C runtime: math and bits ---- */

PALIMPORT unsigned int __cdecl PAL__rotl(unsigned int, int);
PALIMPORT unsigned int __cdecl PAL__rotr(unsigned int, int);
PALIMPORT int __cdecl PAL__finite(double);
PALIMPORT int __cdecl PAL__isnan(double);

/* ---- PAL C runtime: paths and memory ---- */

PALIMPORT void __cdecl PAL__splitpath(const char *, char *, char *, char *, char *);
PALIMPORT void __cdecl PAL__wsplitpath(const WCHAR *, WCHAR *, WCHAR *, WCHAR *, WCHAR *);
PALIMPORT void __cdecl PAL__makepath(char *, const char *, const char *, const char *,
                                     const char *);
PALIMPORT void __cdecl PAL__wmakepath(WCHAR *, const WCHAR *, const WCHAR *, const WCHAR *,
                                      const WCHAR *);
PALIMPORT char *__cdecl PAL__fullpath(char *, const char *, size_t);
PALIMPORT void __cdecl PAL__swab(char *, char *, int);

/* ---- PAL C runtime: time ---- */

PALIMPORT PAL_time_t __cdecl PAL_time(PAL_time_t *);
PALIMPORT struct PAL_tm *__cdecl PAL_localtime(const PAL_time_t *);
PALIMPORT PAL_time_t __cdecl PAL_mktime(struct PAL_tm *);
PALIMPORT char *__cdecl PAL_ctime(const PAL_time_t *);

/* ---- PAL C runtime: files and streams ---- */

PALIMPORT int __cdecl PAL__open_osfhandle(INT_PTR, int);
PALIMPORT int __cdecl PAL__close(int);
PALIMPORT PAL_FILE *__cdecl PAL_fopen(const char *, const char *);
PALIMPORT PAL_FILE *__cdecl PAL__fdopen(int, const char *);
PALIMPORT PAL_FILE *__cdecl PAL__wfopen(const WCHAR *, const WCHAR *);
PALIMPORT int __cdecl PAL_fclose(PAL_FILE *);
PALIMPORT int __cdecl PAL_fflush(PAL_FILE *);
PALIMPORT size_t __cdecl PAL_fwrite(const void *, size_t, size_t, PAL_FILE *);
PALIMPORT size_t __cdecl PAL_fread(void *, size_t, size_t, PAL_FILE *);
PALIMPORT char *__cdecl PAL_fgets(char *, int, PAL_FILE *);
PALIMPORT int __cdecl PAL_fputs(const char *, PAL_FILE *);
PALIMPORT int __cdecl PAL_fprintf(PAL_FILE *, const char *, ...);
PALIMPORT int __cdecl PAL_fwprintf(PAL_FILE *, const WCHAR *, ...);
PALIMPORT int __cdecl PAL_vfprintf(PAL_FILE *, const char *, PAL_va_list);
PALIMPORT int __cdecl PAL__getw(PAL_FILE *);
PALIMPORT int __cdecl PAL__putw(int, PAL_FILE *);
PALIMPORT int __cdecl PAL_fseek(PAL_FILE *, LONG, int);
PALIMPORT LONG __cdecl PAL_ftell(PAL_FILE *);
PALIMPORT int __cdecl PAL_feof(PAL_FILE *);
PALIMPORT int __cdecl PAL_ferror(PAL_FILE *);
PALIMPORT int __cdecl PAL_getc(PAL_FILE *);
PALIMPORT int __cdecl PAL_ungetc(int, PAL_FILE *);
PALIMPORT int __cdecl PAL_printf(const char *, ...);
PALIMPORT int __cdecl PAL_vprintf(const char *, PAL_va_list);
/* The standard streams behind the client's stdin/stdout/stderr macros. */
PALIMPORT PAL_FILE *PALAPI PAL_get_stdout(void);
PALIMPORT PAL_FILE *PALAPI PAL_get_stdin(void);
PALIMPORT PAL_FILE *PALAPI PAL_get_stderr(void);

/* ---- PAL C runtime: process, environment, random numbers, errno ---- */

PALIMPORT int __cdecl PAL_rand(void);
PALIMPORT void __cdecl PAL_srand(unsigned int);
PALIMPORT char *__cdecl PAL_getenv(const char *);
PALIMPORT int __cdecl PAL__putenv(const char *);
/* The exit code may be truncated to a signed char (spec "exit"). */
PALIMPORT DECLSPEC_NORETURN void __cdecl PAL_exit(int);
PALIMPORT int __cdecl PAL_atexit(void(__cdecl *)(void));
/* The calling thread's errno, behind the client's errno macro. */
PALIMPORT int *__cdecl PAL_errno(void);

/* ==================================================================== */
/* Winsock                                                              */
/* ==================================================================== */

#include "pal_winsock.h"

/* ==================================================================== */
/* Client mode: the C runtime under its Win32 names                     */
/* ==================================================================== */

#ifndef PAL_IMPLEMENTATION

#define FILE PAL_FILE
#define stdin (PAL_get_stdin())
#define stdout (PAL_get_stdout())
#define stderr (PAL_get_stderr())
#define errno (*PAL_errno())
#define time_t PAL_time_t
#define tm PAL_tm

typedef __builtin_va_list va_list;
#ifndef va_start
#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_end(ap) __builtin_va_end(ap)
#define va_copy(dst, src) __builtin_va_copy(dst, src)
#endif

#ifndef offsetof
#define offsetof(type, member) __builtin_offsetof(type, member)
#endif

#define EOF (-1)
#define WEOF ((WCHAR)0xFFFF)
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#define RAND_MAX PAL_RAND_MAX
#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
/* The one errno value the spec defines (wcstoul overflow). */
#define ERANGE 34

/* Win32 limits: LONG and ULONG are 32 bits. */
#ifndef CHAR_BIT
#define CHAR_BIT 8
#define SCHAR_MIN (-128)
#define SCHAR_MAX 127
#define UCHAR_MAX 0xff
#define CHAR_MIN SCHAR_MIN
#define CHAR_MAX SCHAR_MAX
#define SHRT_MIN (-32768)
#define SHRT_MAX 32767
#define USHRT_MAX 0xffff
#define INT_MIN (-2147483647 - 1)
#define INT_MAX 2147483647
#define UINT_MAX 0xffffffffU
#define LONG_MIN (-2147483647 - 1)
#define LONG_MAX 2147483647
#define ULONG_MAX 0xffffffffU
#define _I64_MIN (-9223372036854775807LL - 1)
#define _I64_MAX 9223372036854775807LL
#define _UI64_MAX 0xffffffffffffffffULL
#endif

#define _stricmp PAL__stricmp
#define _strnicmp PAL__strnicmp
#define strtok PAL_strtok
#define _strlwr PAL__strlwr
#define _mbslen PAL__mbslen
#define _mbsinc PAL__mbsinc
#define _mbsninc PAL__mbsninc
#define _mbsdec PAL__mbsdec
#define sprintf PAL_sprintf
#define vsprintf PAL_vsprintf
#define _snprintf PAL__snprintf
#define _vsnprintf PAL__vsnprintf
#define sscanf PAL_sscanf
#define swprintf PAL_swprintf
#define vswprintf PAL_vswprintf
#define _snwprintf PAL__snwprintf
#define _vsnwprintf PAL__vsnwprintf
#define swscanf PAL_swscanf
#define atol PAL_atol
#define strtoul PAL_strtoul
#define atof PAL_atof
#define strtod PAL_strtod
#define _gcvt PAL__gcvt
#define _ecvt PAL__ecvt
#define wcstol PAL_wcstol
#define wcstoul PAL_wcstoul
#define wcstod PAL_wcstod
#define _itow PAL__itow
#define _i64tow PAL__i64tow
#define _ui64tow PAL__ui64tow
#define _wtoi PAL__wtoi
#define __iscsym PAL___iscsym
#define iswprint PAL_iswprint
#define iswupper PAL_iswupper
#define iswspace PAL_iswspace
#define iswdigit PAL_iswdigit
#define iswxdigit PAL_iswxdigit
#define towlower PAL_towlower
#define towupper PAL_towupper
#define wcslen PAL_wcslen
#define wcscmp PAL_wcscmp
#define wcsncmp PAL_wcsncmp
#define _wcsicmp PAL__wcsicmp
#define _wcsnicmp PAL__wcsnicmp
#define wcscat PAL_wcscat
#define wcsncat PAL_wcsncat
#define wcscpy PAL_wcscpy
#define wcsncpy PAL_wcsncpy
#define wcschr PAL_wcschr
#define wcsrchr PAL_wcsrchr
#define wcspbrk PAL_wcspbrk
#define wcsstr PAL_wcsstr
#define wcstok PAL_wcstok
#define _wcslwr PAL__wcslwr
#define _rotl PAL__rotl
#define _rotr PAL__rotr
#define _finite PAL__finite
#define _isnan PAL__isnan
#define _splitpath PAL__splitpath
#define _wsplitpath PAL__wsplitpath
#define _makepath PAL__makepath
#define _wmakepath PAL__wmakepath
#define _fullpath PAL__fullpath
#define _swab PAL__swab
#define time PAL_time
#define localtime PAL_localtime
#define mktime PAL_mktime
#define ctime PAL_ctime
#define _open_osfhandle PAL__open_osfhandle
#define _close PAL__close
#define fopen PAL_fopen
#define _fdopen PAL__fdopen
#define _wfopen PAL__wfopen
#define fclose PAL_fclose
#define fflush PAL_fflush
#define fwrite PAL_fwrite
#define fread PAL_fread
#define fgets PAL_fgets
#define fputs PAL_fputs
#define fprintf PAL_fprintf
#define fwprintf PAL_fwprintf
#define vfprintf PAL_vfprintf
#define _getw PAL__getw
#define _putw PAL__putw
#define fseek PAL_fseek
#define ftell PAL_ftell
#define feof PAL_feof
#define ferror PAL_ferror
#define getc PAL_getc
#define ungetc PAL_ungetc
#define printf PAL_printf
#define vprintf PAL_vprintf
#define rand PAL_rand
#define srand PAL_srand
#define getenv PAL_getenv
#define _putenv PAL__putenv
#define exit PAL_exit
#define atexit PAL_atexit

#endif /* !PAL_IMPLEMENTATION */

PAL_END_EXTERN_C

#undef ROTOR_PAL_H_INSIDE

#endif /* ROTOR_PAL_H */
