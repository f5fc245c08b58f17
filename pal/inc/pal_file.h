/*
 * pal_file.h - file I/O, directories, paths, file times and pipes
 * (spec "Kernel32.dll / File I/O").
 *
 * Included by rotor_pal.h only, inside its extern "C" block.
 */
#ifndef PAL_FILE_H
#define PAL_FILE_H

#ifndef ROTOR_PAL_H_INSIDE
#error "include rotor_pal.h, not pal_file.h"
#endif

/* ---- Constants ---- */

/* CreateFile dwShareMode. */
#define FILE_SHARE_READ 0x00000001
#define FILE_SHARE_WRITE 0x00000002
#define FILE_SHARE_DELETE 0x00000004

/* CreateFile dwCreationDisposition. */
#define CREATE_NEW 1
#define CREATE_ALWAYS 2
#define OPEN_EXISTING 3
#define OPEN_ALWAYS 4
#define TRUNCATE_EXISTING 5

/* Specific access rights of file objects. */
#define FILE_READ_DATA 0x0001
#define FILE_LIST_DIRECTORY 0x0001
#define FILE_WRITE_DATA 0x0002
#define FILE_ADD_FILE 0x0002
#define FILE_APPEND_DATA 0x0004
#define FILE_ADD_SUBDIRECTORY 0x0004
#define FILE_READ_EA 0x0008
#define FILE_WRITE_EA 0x0010
#define FILE_EXECUTE 0x0020
#define FILE_TRAVERSE 0x0020
#define FILE_DELETE_CHILD 0x0040
#define FILE_READ_ATTRIBUTES 0x0080
#define FILE_WRITE_ATTRIBUTES 0x0100
#define FILE_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0x1FF)
#define FILE_GENERIC_READ                                                                          \
    (STANDARD_RIGHTS_READ | FILE_READ_DATA | FILE_READ_ATTRIBUTES | FILE_READ_EA | SYNCHRONIZE)
#define FILE_GENERIC_WRITE                                                                         \
    (STANDARD_RIGHTS_WRITE | FILE_WRITE_DATA | FILE_WRITE_ATTRIBUTES | FILE_WRITE_EA |             \
     FILE_APPEND_DATA | SYNCHRONIZE)
#define FILE_GENERIC_EXECUTE                                                                       \
    (STANDARD_RIGHTS_EXECUTE | FILE_READ_ATTRIBUTES | FILE_EXECUTE | SYNCHRONIZE)

/* File attributes (GetFileAttributes, WIN32_FIND_DATA, CreateFile). */
#define FILE_ATTRIBUTE_READONLY 0x00000001
#define FILE_ATTRIBUTE_HIDDEN 0x00000002
#define FILE_ATTRIBUTE_SYSTEM 0x00000004
#define FILE_ATTRIBUTE_DIRECTORY 0x00000010
#define FILE_ATTRIBUTE_ARCHIVE 0x00000020
#define FILE_ATTRIBUTE_DEVICE 0x00000040
#define FILE_ATTRIBUTE_NORMAL 0x00000080
#define FILE_ATTRIBUTE_TEMPORARY 0x00000100
#define FILE_ATTRIBUTE_SPARSE_FILE 0x00000200
#define FILE_ATTRIBUTE_REPARSE_POINT 0x00000400
#define FILE_ATTRIBUTE_COMPRESSED 0x00000800
#define FILE_ATTRIBUTE_OFFLINE 0x00001000
#define FILE_ATTRIBUTE_NOT_CONTENT_INDEXED 0x00002000
#define FILE_ATTRIBUTE_ENCRYPTED 0x00004000

/* CreateFile flags (high bits of dwFlagsAndAttributes). */
#define FILE_FLAG_WRITE_THROUGH 0x80000000
#define FILE_FLAG_OVERLAPPED 0x40000000
#define FILE_FLAG_NO_BUFFERING 0x20000000
#define FILE_FLAG_RANDOM_ACCESS 0x10000000
#define FILE_FLAG_SEQUENTIAL_SCAN 0x08000000
#define FILE_FLAG_DELETE_ON_CLOSE 0x04000000
#define FILE_FLAG_BACKUP_SEMANTICS 0x02000000
#define FILE_FLAG_POSIX_SEMANTICS 0x01000000
#define FILE_FLAG_OPEN_REPARSE_POINT 0x00200000
#define FILE_FLAG_OPEN_NO_RECALL 0x00100000
#define FILE_FLAG_FIRST_PIPE_INSTANCE 0x00080000

/* SetFilePointer dwMoveMethod. */
#define FILE_BEGIN 0
#define FILE_CURRENT 1
#define FILE_END 2

#define INVALID_FILE_SIZE ((DWORD)0xFFFFFFFF)
#define INVALID_SET_FILE_POINTER ((DWORD)-1)
#define INVALID_FILE_ATTRIBUTES ((DWORD)-1)

/* GetFileType results. */
#define FILE_TYPE_UNKNOWN 0x0000
#define FILE_TYPE_DISK 0x0001
#define FILE_TYPE_CHAR 0x0002
#define FILE_TYPE_PIPE 0x0003
#define FILE_TYPE_REMOTE 0x8000

/* MoveFileEx dwFlags. */
#define MOVEFILE_REPLACE_EXISTING 0x00000001
#define MOVEFILE_COPY_ALLOWED 0x00000002
#define MOVEFILE_DELAY_UNTIL_REBOOT 0x00000004
#define MOVEFILE_WRITE_THROUGH 0x00000008

/* GetStdHandle nStdHandle. */
#define STD_INPUT_HANDLE ((DWORD)-10)
#define STD_OUTPUT_HANDLE ((DWORD)-11)
#define STD_ERROR_HANDLE ((DWORD)-12)

/* ---- Structures ---- */

typedef struct _WIN32_FIND_DATAA {
    DWORD dwFileAttributes;
    FILETIME ftCreationTime;
    FILETIME ftLastAccessTime;
    FILETIME ftLastWriteTime;
    DWORD nFileSizeHigh;
    DWORD nFileSizeLow;
    DWORD dwReserved0;
    DWORD dwReserved1;
    CHAR cFileName[MAX_PATH];
    CHAR cAlternateFileName[14];
} WIN32_FIND_DATAA, *PWIN32_FIND_DATAA, *LPWIN32_FIND_DATAA;

typedef struct _WIN32_FIND_DATAW {
    DWORD dwFileAttributes;
    FILETIME ftCreationTime;
    FILETIME ftLastAccessTime;
    FILETIME ftLastWriteTime;
    DWORD nFileSizeHigh;
    DWORD nFileSizeLow;
    DWORD dwReserved0;
    DWORD dwReserved1;
    WCHAR cFileName[MAX_PATH];
    WCHAR cAlternateFileName[14];
} WIN32_FIND_DATAW, *PWIN32_FIND_DATAW, *LPWIN32_FIND_DATAW;

typedef enum _GET_FILEEX_INFO_LEVELS {
    GetFileExInfoStandard,
    GetFileExMaxInfoLevel
} GET_FILEEX_INFO_LEVELS;

typedef struct _WIN32_FILE_ATTRIBUTE_DATA {
    DWORD dwFileAttributes;
    FILETIME ftCreationTime;
    FILETIME ftLastAccessTime;
    FILETIME ftLastWriteTime;
    DWORD nFileSizeHigh;
    DWORD nFileSizeLow;
} WIN32_FILE_ATTRIBUTE_DATA, *LPWIN32_FILE_ATTRIBUTE_DATA;

/* ---- Opening, reading and writing files ---- */

PALIMPORT BOOL PALAPI AreFileApisANSI(void);
PALIMPORT HANDLE PALAPI CreateFileA(LPCSTR lpFileName, DWORD dwDesiredAccess, DWORD dwShareMode,
                                    LPSECURITY_ATTRIBUTES lpSecurityAttributes,
                                    DWORD dwCreationDisposition, DWORD dwFlagsAndAttributes,
                                    HANDLE hTemplateFile);
PALIMPORT HANDLE PALAPI CreateFileW(LPCWSTR lpFileName, DWORD dwDesiredAccess, DWORD dwShareMode,
                                    LPSECURITY_ATTRIBUTES lpSecurityAttributes,
                                    DWORD dwCreationDisposition, DWORD dwFlagsAndAttributes,
                                    HANDLE hTemplateFile);
PALIMPORT BOOL PALAPI LockFile(HANDLE hFile, DWORD dwFileOffsetLow, DWORD dwFileOffsetHigh,
                               DWORD nNumberOfBytesToLockLow, DWORD nNumberOfBytesToLockHigh);
PALIMPORT BOOL PALAPI UnlockFile(HANDLE hFile, DWORD dwFileOffsetLow, DWORD dwFileOffsetHigh,
                                 DWORD nNumberOfBytesToUnlockLow, DWORD nNumberOfBytesToUnlockHigh);
PALIMPORT BOOL PALAPI WriteFile(HANDLE hFile, LPCVOID lpBuffer, DWORD nNumberOfBytesToWrite,
                                LPDWORD lpNumberOfBytesWritten, LPOVERLAPPED lpOverlapped);
PALIMPORT BOOL PALAPI ReadFile(HANDLE hFile, LPVOID lpBuffer, DWORD nNumberOfBytesToRead,
                               LPDWORD lpNumberOfBytesRead, LPOVERLAPPED lpOverlapped);
PALIMPORT HANDLE PALAPI GetStdHandle(DWORD nStdHandle);
PALIMPORT BOOL PALAPI SetEndOfFile(HANDLE hFile);
PALIMPORT DWORD PALAPI SetFilePointer(HANDLE hFile, LONG lDistanceToMove,
                                      PLONG lpDistanceToMoveHigh, DWORD dwMoveMethod);
PALIMPORT DWORD PALAPI GetFileSize(HANDLE hFile, LPDWORD lpFileSizeHigh);
PALIMPORT BOOL PALAPI FlushFileBuffers(HANDLE hFile);
PALIMPORT DWORD PALAPI GetFileType(HANDLE hFile);
PALIMPORT BOOL PALAPI CreatePipe(PHANDLE hReadPipe, PHANDLE hWritePipe,
                                 LPSECURITY_ATTRIBUTES lpPipeAttributes, DWORD nSize);

/* ---- Files and directories by name ---- */

PALIMPORT DWORD PALAPI SearchPathA(LPCSTR lpPath, LPCSTR lpFileName, LPCSTR lpExtension,
                                   DWORD nBufferLength, LPSTR lpBuffer, LPSTR *lpFilePart);
PALIMPORT DWORD PALAPI SearchPathW(LPCWSTR lpPath, LPCWSTR lpFileName, LPCWSTR lpExtension,
                                   DWORD nBufferLength, LPWSTR lpBuffer, LPWSTR *lpFilePart);
PALIMPORT BOOL PALAPI CopyFileA(LPCSTR lpExistingFileName, LPCSTR lpNewFileName,
                                BOOL bFailIfExists);
PALIMPORT BOOL PALAPI CopyFileW(LPCWSTR lpExistingFileName, LPCWSTR lpNewFileName,
                                BOOL bFailIfExists);
PALIMPORT BOOL PALAPI DeleteFileA(LPCSTR lpFileName);
PALIMPORT BOOL PALAPI DeleteFileW(LPCWSTR lpFileName);
PALIMPORT BOOL PALAPI MoveFileW(LPCWSTR lpExistingFileName, LPCWSTR lpNewFileName);
PALIMPORT BOOL PALAPI MoveFileExW(LPCWSTR lpExistingFileName, LPCWSTR lpNewFileName,
                                  DWORD dwFlags);
PALIMPORT BOOL PALAPI CreateDirectoryA(LPCSTR lpPathName,
                                       LPSECURITY_ATTRIBUTES lpSecurityAttributes);
PALIMPORT BOOL PALAPI CreateDirectoryW(LPCWSTR lpPathName,
                                       LPSECURITY_ATTRIBUTES lpSecurityAttributes);
PALIMPORT BOOL PALAPI RemoveDirectoryW(LPCWSTR lpPathName);
/* Find handles are valid only for FindNextFile and FindClose, never CloseHandle. */
PALIMPORT HANDLE PALAPI FindFirstFileA(LPCSTR lpFileName, LPWIN32_FIND_DATAA lpFindFileData);
PALIMPORT HANDLE PALAPI FindFirstFileW(LPCWSTR lpFileName, LPWIN32_FIND_DATAW lpFindFileData);
PALIMPORT BOOL PALAPI FindNextFileA(HANDLE hFindFile, LPWIN32_FIND_DATAA lpFindFileData);
PALIMPORT BOOL PALAPI FindNextFileW(HANDLE hFindFile, LPWIN32_FIND_DATAW lpFindFileData);
PALIMPORT BOOL PALAPI FindClose(HANDLE hFindFile);
PALIMPORT DWORD PALAPI GetFileAttributesA(LPCSTR lpFileName);
PALIMPORT DWORD PALAPI GetFileAttributesW(LPCWSTR lpFileName);
PALIMPORT BOOL PALAPI GetFileAttributesExW(LPCWSTR lpFileName,
                                           GET_FILEEX_INFO_LEVELS fInfoLevelId,
                                           LPVOID lpFileInformation);
PALIMPORT BOOL PALAPI SetFileAttributesA(LPCSTR lpFileName, DWORD dwFileAttributes);
PALIMPORT BOOL PALAPI SetFileAttributesW(LPCWSTR lpFileName, DWORD dwFileAttributes);
PALIMPORT BOOL PALAPI GetDiskFreeSpaceW(LPCWSTR lpRootPathName, LPDWORD lpSectorsPerCluster,
                                        LPDWORD lpBytesPerSector, LPDWORD lpNumberOfFreeClusters,
                                        LPDWORD lpTotalNumberOfClusters);

/* ---- Paths and the current directory ---- */

PALIMPORT DWORD PALAPI GetFullPathNameA(LPCSTR lpFileName, DWORD nBufferLength, LPSTR lpBuffer,
                                        LPSTR *lpFilePart);
PALIMPORT DWORD PALAPI GetFullPathNameW(LPCWSTR lpFileName, DWORD nBufferLength, LPWSTR lpBuffer,
                                        LPWSTR *lpFilePart);
PALIMPORT DWORD PALAPI GetLongPathNameW(LPCWSTR lpszShortPath, LPWSTR lpszLongPath,
                                        DWORD cchBuffer);
PALIMPORT UINT PALAPI GetTempFileNameA(LPCSTR lpPathName, LPCSTR lpPrefixString, UINT uUnique,
                                       LPSTR lpTempFileName);
PALIMPORT UINT PALAPI GetTempFileNameW(LPCWSTR lpPathName, LPCWSTR lpPrefixString, UINT uUnique,
                                       LPWSTR lpTempFileName);
PALIMPORT DWORD PALAPI GetTempPathA(DWORD nBufferLength, LPSTR lpBuffer);
PALIMPORT DWORD PALAPI GetTempPathW(DWORD nBufferLength, LPWSTR lpBuffer);
PALIMPORT DWORD PALAPI GetCurrentDirectoryA(DWORD nBufferLength, LPSTR lpBuffer);
PALIMPORT DWORD PALAPI GetCurrentDirectoryW(DWORD nBufferLength, LPWSTR lpBuffer);
PALIMPORT BOOL PALAPI SetCurrentDirectoryA(LPCSTR lpPathName);
PALIMPORT BOOL PALAPI SetCurrentDirectoryW(LPCWSTR lpPathName);

/* ---- File times and the system time ---- */

PALIMPORT LONG PALAPI CompareFileTime(const FILETIME *lpFileTime1, const FILETIME *lpFileTime2);
PALIMPORT BOOL PALAPI SetFileTime(HANDLE hFile, const FILETIME *lpCreationTime,
                                  const FILETIME *lpLastAccessTime,
                                  const FILETIME *lpLastWriteTime);
PALIMPORT BOOL PALAPI GetFileTime(HANDLE hFile, LPFILETIME lpCreationTime,
                                  LPFILETIME lpLastAccessTime, LPFILETIME lpLastWriteTime);
PALIMPORT BOOL PALAPI FileTimeToLocalFileTime(const FILETIME *lpFileTime,
                                              LPFILETIME lpLocalFileTime);
PALIMPORT BOOL PALAPI LocalFileTimeToFileTime(const FILETIME *lpLocalFileTime,
                                              LPFILETIME lpFileTime);
PALIMPORT VOID PALAPI GetSystemTimeAsFileTime(LPFILETIME lpSystemTimeAsFileTime);
PALIMPORT VOID PALAPI GetSystemTime(LPSYSTEMTIME lpSystemTime);
PALIMPORT BOOL PALAPI FileTimeToDosDateTime(const FILETIME *lpFileTime, LPWORD lpFatDate,
                                            LPWORD lpFatTime);
PALIMPORT BOOL PALAPI DosDateTimeToFileTime(WORD wFatDate, WORD wFatTime, LPFILETIME lpFileTime);

/* ---- Generic names ---- */

#ifdef UNICODE
typedef WIN32_FIND_DATAW WIN32_FIND_DATA;
typedef PWIN32_FIND_DATAW PWIN32_FIND_DATA;
typedef LPWIN32_FIND_DATAW LPWIN32_FIND_DATA;
#define CreateFile CreateFileW
#define SearchPath SearchPathW
#define CopyFile CopyFileW
#define DeleteFile DeleteFileW
#define MoveFile MoveFileW
#define MoveFileEx MoveFileExW
#define CreateDirectory CreateDirectoryW
#define RemoveDirectory RemoveDirectoryW
#define FindFirstFile FindFirstFileW
#define FindNextFile FindNextFileW
#define GetFileAttributes GetFileAttributesW
#define GetFileAttributesEx GetFileAttributesExW
#define SetFileAttributes SetFileAttributesW
#define GetDiskFreeSpace GetDiskFreeSpaceW
#define GetFullPathName GetFullPathNameW
#define GetLongPathName GetLongPathNameW
#define GetTempFileName GetTempFileNameW
#define GetTempPath GetTempPathW
#define GetCurrentDirectory GetCurrentDirectoryW
#define SetCurrentDirectory SetCurrentDirectoryW
#else
typedef WIN32_FIND_DATAA WIN32_FIND_DATA;
typedef PWIN32_FIND_DATAA PWIN32_FIND_DATA;
typedef LPWIN32_FIND_DATAA LPWIN32_FIND_DATA;
#define CreateFile CreateFileA
#define SearchPath SearchPathA
#define CopyFile CopyFileA
#define DeleteFile DeleteFileA
#define CreateDirectory CreateDirectoryA
#define FindFirstFile FindFirstFileA
#define FindNextFile FindNextFileA
#define GetFileAttributes GetFileAttributesA
#define SetFileAttributes SetFileAttributesA
#define GetFullPathName GetFullPathNameA
#define GetTempFileName GetTempFileNameA
#define GetTempPath GetTempPathA
#define GetCurrentDirectory GetCurrentDirectoryA
#define SetCurrentDirectory SetCurrentDirectoryA
#endif

#endif /* PAL_FILE_H */
