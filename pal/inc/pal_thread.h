/*
 * pal_thread.h - synchronization objects, waits, threads, processes, TLS,
 * critical sections and interlocked operations (spec "Threads and Processes").
 *
 * Included by rotor_pal.h only, inside its extern "C" block.
 */
#ifndef PAL_THREAD_H
#define PAL_THREAD_H

#ifndef ROTOR_PAL_H_INSIDE
#error "include rotor_pal.h, not pal_thread.h"
#endif

/* ---- Waits ---- */

#define INFINITE 0xFFFFFFFF
#define MAXIMUM_WAIT_OBJECTS 64

#define WAIT_OBJECT_0 ((STATUS_WAIT_0) + 0)
#define WAIT_ABANDONED ((STATUS_ABANDONED_WAIT_0) + 0)
#define WAIT_ABANDONED_0 ((STATUS_ABANDONED_WAIT_0) + 0)
#define WAIT_IO_COMPLETION STATUS_USER_APC
#define WAIT_FAILED ((DWORD)0xFFFFFFFF)
/* winerror.h has it too, so pal_error.h may already define it. */
#ifndef WAIT_TIMEOUT
#define WAIT_TIMEOUT 258L
#endif

/* ---- Object access rights ---- */

#define EVENT_MODIFY_STATE 0x0002
#define EVENT_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0x3)
#define MUTANT_QUERY_STATE 0x0001
#define MUTEX_MODIFY_STATE MUTANT_QUERY_STATE
#define MUTEX_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | MUTANT_QUERY_STATE)
#define SEMAPHORE_MODIFY_STATE 0x0002
#define SEMAPHORE_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0x3)

#define PROCESS_TERMINATE 0x0001
#define PROCESS_CREATE_THREAD 0x0002
#define PROCESS_VM_OPERATION 0x0008
#define PROCESS_VM_READ 0x0010
#define PROCESS_VM_WRITE 0x0020
#define PROCESS_DUP_HANDLE 0x0040
#define PROCESS_CREATE_PROCESS 0x0080
#define PROCESS_SET_QUOTA 0x0100
#define PROCESS_SET_INFORMATION 0x0200
#define PROCESS_QUERY_INFORMATION 0x0400
#define PROCESS_SUSPEND_RESUME 0x0800
#define PROCESS_QUERY_LIMITED_INFORMATION 0x1000
/* The Vista+ value, as in current SDKs (XP's was 0x1F0FFF). */
#define PROCESS_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0xFFFF)

#define THREAD_TERMINATE 0x0001
#define THREAD_SUSPEND_RESUME 0x0002
#define THREAD_GET_CONTEXT 0x0008
#define THREAD_SET_CONTEXT 0x0010
#define THREAD_SET_INFORMATION 0x0020
#define THREAD_QUERY_INFORMATION 0x0040
#define THREAD_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | SYNCHRONIZE | 0xFFFF)

/* DuplicateHandle dwOptions. */
#define DUPLICATE_CLOSE_SOURCE 0x00000001
#define DUPLICATE_SAME_ACCESS 0x00000002

/* ---- Processes ---- */

/* GetExitCodeProcess/GetExitCodeThread of a running process or thread. */
#define STILL_ACTIVE STATUS_PENDING

/* CreateProcess / CreateThread dwCreationFlags. */
#define DEBUG_PROCESS 0x00000001
#define DEBUG_ONLY_THIS_PROCESS 0x00000002
#define CREATE_SUSPENDED 0x00000004
#define DETACHED_PROCESS 0x00000008
#define CREATE_NEW_CONSOLE 0x00000010
#define NORMAL_PRIORITY_CLASS 0x00000020
#define IDLE_PRIORITY_CLASS 0x00000040
#define HIGH_PRIORITY_CLASS 0x00000080
#define REALTIME_PRIORITY_CLASS 0x00000100
#define CREATE_NEW_PROCESS_GROUP 0x00000200
#define CREATE_UNICODE_ENVIRONMENT 0x00000400
#define STACK_SIZE_PARAM_IS_A_RESERVATION 0x00010000
#define CREATE_NO_WINDOW 0x08000000

/* STARTUPINFO dwFlags. */
#define STARTF_USESHOWWINDOW 0x00000001
#define STARTF_USESIZE 0x00000002
#define STARTF_USEPOSITION 0x00000004
#define STARTF_USECOUNTCHARS 0x00000008
#define STARTF_USEFILLATTRIBUTE 0x00000010
#define STARTF_RUNFULLSCREEN 0x00000020
#define STARTF_FORCEONFEEDBACK 0x00000040
#define STARTF_FORCEOFFFEEDBACK 0x00000080
#define STARTF_USESTDHANDLES 0x00000100

typedef struct _STARTUPINFOA {
    DWORD cb;
    LPSTR lpReserved;
    LPSTR lpDesktop;
    LPSTR lpTitle;
    DWORD dwX;
    DWORD dwY;
    DWORD dwXSize;
    DWORD dwYSize;
    DWORD dwXCountChars;
    DWORD dwYCountChars;
    DWORD dwFillAttribute;
    DWORD dwFlags;
    WORD wShowWindow;
    WORD cbReserved2;
    LPBYTE lpReserved2;
    HANDLE hStdInput;
    HANDLE hStdOutput;
    HANDLE hStdError;
} STARTUPINFOA, *LPSTARTUPINFOA;

typedef struct _STARTUPINFOW {
    DWORD cb;
    LPWSTR lpReserved;
    LPWSTR lpDesktop;
    LPWSTR lpTitle;
    DWORD dwX;
    DWORD dwY;
    DWORD dwXSize;
    DWORD dwYSize;
    DWORD dwXCountChars;
    DWORD dwYCountChars;
    DWORD dwFillAttribute;
    DWORD dwFlags;
    WORD wShowWindow;
    WORD cbReserved2;
    LPBYTE lpReserved2;
    HANDLE hStdInput;
    HANDLE hStdOutput;
    HANDLE hStdError;
} STARTUPINFOW, *LPSTARTUPINFOW;

typedef struct _PROCESS_INFORMATION {
    HANDLE hProcess;
    HANDLE hThread;
    DWORD dwProcessId;
    DWORD dwThreadId;
} PROCESS_INFORMATION, *PPROCESS_INFORMATION, *LPPROCESS_INFORMATION;

/* ---- Threads ---- */

typedef DWORD(PALAPI *PTHREAD_START_ROUTINE)(LPVOID lpThreadParameter);
typedef PTHREAD_START_ROUTINE LPTHREAD_START_ROUTINE;
typedef VOID(PALAPI *PAPCFUNC)(ULONG_PTR dwParam);

#define THREAD_BASE_PRIORITY_LOWRT 15
#define THREAD_BASE_PRIORITY_MAX 2
#define THREAD_BASE_PRIORITY_MIN (-2)
#define THREAD_BASE_PRIORITY_IDLE (-15)
#define THREAD_PRIORITY_LOWEST THREAD_BASE_PRIORITY_MIN
#define THREAD_PRIORITY_BELOW_NORMAL (THREAD_PRIORITY_LOWEST + 1)
#define THREAD_PRIORITY_NORMAL 0
#define THREAD_PRIORITY_HIGHEST THREAD_BASE_PRIORITY_MAX
#define THREAD_PRIORITY_ABOVE_NORMAL (THREAD_PRIORITY_HIGHEST - 1)
#define THREAD_PRIORITY_TIME_CRITICAL THREAD_BASE_PRIORITY_LOWRT
#define THREAD_PRIORITY_IDLE THREAD_BASE_PRIORITY_IDLE
#define THREAD_PRIORITY_ERROR_RETURN (MAXLONG)

#define TLS_OUT_OF_INDEXES ((DWORD)0xFFFFFFFF)
/* SuspendThread fails with ERROR_SIGNAL_REFUSED beyond this count (MAXCHAR). */
#define MAXIMUM_SUSPEND_COUNT 0x7f

/* ---- Critical sections ----
 * The Windows x64 layout (40 bytes), opaque to clients: the sync area decides
 * what each field holds. */
typedef struct _CRITICAL_SECTION {
    PVOID DebugInfo;
    LONG LockCount;
    LONG RecursionCount;
    HANDLE OwningThread;
    HANDLE LockSemaphore;
    ULONG_PTR SpinCount;
} CRITICAL_SECTION, *PCRITICAL_SECTION, *LPCRITICAL_SECTION;

/* ---- Events, mutexes, semaphores ---- */

PALIMPORT HANDLE PALAPI CreateSemaphoreA(LPSECURITY_ATTRIBUTES lpSemaphoreAttributes,
                                         LONG lInitialCount, LONG lMaximumCount, LPCSTR lpName);
PALIMPORT HANDLE PALAPI CreateSemaphoreW(LPSECURITY_ATTRIBUTES lpSemaphoreAttributes,
                                         LONG lInitialCount, LONG lMaximumCount, LPCWSTR lpName);
PALIMPORT BOOL PALAPI ReleaseSemaphore(HANDLE hSemaphore, LONG lReleaseCount,
                                       LPLONG lpPreviousCount);
PALIMPORT HANDLE PALAPI CreateEventA(LPSECURITY_ATTRIBUTES lpEventAttributes, BOOL bManualReset,
                                     BOOL bInitialState, LPCSTR lpName);
PALIMPORT HANDLE PALAPI CreateEventW(LPSECURITY_ATTRIBUTES lpEventAttributes, BOOL bManualReset,
                                     BOOL bInitialState, LPCWSTR lpName);
PALIMPORT BOOL PALAPI SetEvent(HANDLE hEvent);
PALIMPORT BOOL PALAPI ResetEvent(HANDLE hEvent);
PALIMPORT HANDLE PALAPI OpenEventW(DWORD dwDesiredAccess, BOOL bInheritHandle, LPCWSTR lpName);
PALIMPORT HANDLE PALAPI CreateMutexW(LPSECURITY_ATTRIBUTES lpMutexAttributes, BOOL bInitialOwner,
                                     LPCWSTR lpName);
PALIMPORT BOOL PALAPI ReleaseMutex(HANDLE hMutex);

/* ---- Waiting ---- */

PALIMPORT DWORD PALAPI WaitForSingleObject(HANDLE hHandle, DWORD dwMilliseconds);
PALIMPORT DWORD PALAPI WaitForMultipleObjects(DWORD nCount, const HANDLE *lpHandles,
                                              BOOL bWaitAll, DWORD dwMilliseconds);
PALIMPORT DWORD PALAPI WaitForMultipleObjectsEx(DWORD nCount, const HANDLE *lpHandles,
                                                BOOL bWaitAll, DWORD dwMilliseconds,
                                                BOOL bAlertable);
PALIMPORT VOID PALAPI Sleep(DWORD dwMilliseconds);
PALIMPORT DWORD PALAPI SleepEx(DWORD dwMilliseconds, BOOL bAlertable);
PALIMPORT BOOL PALAPI SwitchToThread(void);

/* ---- Handles ---- */

PALIMPORT BOOL PALAPI CloseHandle(HANDLE hObject);
PALIMPORT BOOL PALAPI DuplicateHandle(HANDLE hSourceProcessHandle, HANDLE hSourceHandle,
                                      HANDLE hTargetProcessHandle, LPHANDLE lpTargetHandle,
                                      DWORD dwDesiredAccess, BOOL bInheritHandle,
                                      DWORD dwOptions);

/* ---- Processes ---- */

PALIMPORT DWORD PALAPI GetCurrentProcessId(void);
PALIMPORT HANDLE PALAPI GetCurrentProcess(void);
PALIMPORT BOOL PALAPI CreateProcessA(LPCSTR lpApplicationName, LPSTR lpCommandLine,
                                     LPSECURITY_ATTRIBUTES lpProcessAttributes,
                                     LPSECURITY_ATTRIBUTES lpThreadAttributes,
                                     BOOL bInheritHandles, DWORD dwCreationFlags,
                                     LPVOID lpEnvironment, LPCSTR lpCurrentDirectory,
                                     LPSTARTUPINFOA lpStartupInfo,
                                     LPPROCESS_INFORMATION lpProcessInformation);
PALIMPORT BOOL PALAPI CreateProcessW(LPCWSTR lpApplicationName, LPWSTR lpCommandLine,
                                     LPSECURITY_ATTRIBUTES lpProcessAttributes,
                                     LPSECURITY_ATTRIBUTES lpThreadAttributes,
                                     BOOL bInheritHandles, DWORD dwCreationFlags,
                                     LPVOID lpEnvironment, LPCWSTR lpCurrentDirectory,
                                     LPSTARTUPINFOW lpStartupInfo,
                                     LPPROCESS_INFORMATION lpProcessInformation);
PALIMPORT DECLSPEC_NORETURN VOID PALAPI ExitProcess(UINT uExitCode);
PALIMPORT BOOL PALAPI TerminateProcess(HANDLE hProcess, UINT uExitCode);
PALIMPORT BOOL PALAPI GetExitCodeProcess(HANDLE hProcess, LPDWORD lpExitCode);
PALIMPORT BOOL PALAPI GetProcessTimes(HANDLE hProcess, LPFILETIME lpCreationTime,
                                      LPFILETIME lpExitTime, LPFILETIME lpKernelTime,
                                      LPFILETIME lpUserTime);
PALIMPORT HANDLE PALAPI OpenProcess(DWORD dwDesiredAccess, BOOL bInheritHandle,
                                    DWORD dwProcessId);

/* ---- Threads ---- */

PALIMPORT DWORD PALAPI GetCurrentThreadId(void);
PALIMPORT HANDLE PALAPI GetCurrentThread(void);
PALIMPORT HANDLE PALAPI CreateThread(LPSECURITY_ATTRIBUTES lpThreadAttributes, SIZE_T dwStackSize,
                                     LPTHREAD_START_ROUTINE lpStartAddress, LPVOID lpParameter,
                                     DWORD dwCreationFlags, LPDWORD lpThreadId);
PALIMPORT DECLSPEC_NORETURN VOID PALAPI ExitThread(DWORD dwExitCode);
PALIMPORT BOOL PALAPI GetExitCodeThread(HANDLE hThread, LPDWORD lpExitCode);
PALIMPORT DWORD PALAPI SuspendThread(HANDLE hThread);
PALIMPORT DWORD PALAPI ResumeThread(HANDLE hThread);
PALIMPORT DWORD PALAPI QueueUserAPC(PAPCFUNC pfnAPC, HANDLE hThread, ULONG_PTR dwData);
PALIMPORT BOOL PALAPI GetThreadContext(HANDLE hThread, LPCONTEXT lpContext);
PALIMPORT BOOL PALAPI SetThreadContext(HANDLE hThread, const CONTEXT *lpContext);
PALIMPORT int PALAPI GetThreadPriority(HANDLE hThread);
PALIMPORT BOOL PALAPI SetThreadPriority(HANDLE hThread, int nPriority);

/* ---- Thread-local storage ---- */

PALIMPORT DWORD PALAPI TlsAlloc(void);
PALIMPORT LPVOID PALAPI TlsGetValue(DWORD dwTlsIndex);
PALIMPORT BOOL PALAPI TlsSetValue(DWORD dwTlsIndex, LPVOID lpTlsValue);
PALIMPORT BOOL PALAPI TlsFree(DWORD dwTlsIndex);

/* What the inline TlsGetValue below reads, not for direct use: the calling
 * thread's LastError, and its first 64 TLS slots (NULL until the PAL has
 * seen the thread). One thread-local object, reached from the caller's code
 * with one offset from the thread pointer: a call to the exported
 * TlsGetValue costs as much as pthread_getspecific. */
typedef struct _PAL_THREAD_FAST {
    DWORD LastError;
    PVOID volatile *TlsSlots;
} PAL_THREAD_FAST;
#define PAL_TLS_FAST_SLOTS 64
PALIMPORT __thread __attribute__((tls_model("initial-exec"))) PAL_THREAD_FAST PAL_ThreadFast;

static __inline__ __attribute__((__always_inline__)) LPVOID PAL_InlineTlsGetValue(DWORD dwTlsIndex)
{
    PVOID volatile *slots = PAL_ThreadFast.TlsSlots;
    if (__builtin_expect(dwTlsIndex < PAL_TLS_FAST_SLOTS && slots != 0, 1)) {
        PAL_ThreadFast.LastError = 0; /* as TlsGetValue: ERROR_SUCCESS */
        return __atomic_load_n(&slots[dwTlsIndex], __ATOMIC_RELAXED);
    }
    return (TlsGetValue)(dwTlsIndex);
}

#ifndef PAL_IMPLEMENTATION
#define TlsGetValue(dwTlsIndex) PAL_InlineTlsGetValue(dwTlsIndex)
#endif

/* ---- Critical sections ---- */

PALIMPORT VOID PALAPI EnterCriticalSection(LPCRITICAL_SECTION lpCriticalSection);
PALIMPORT VOID PALAPI LeaveCriticalSection(LPCRITICAL_SECTION lpCriticalSection);
PALIMPORT VOID PALAPI InitializeCriticalSection(LPCRITICAL_SECTION lpCriticalSection);
PALIMPORT VOID PALAPI DeleteCriticalSection(LPCRITICAL_SECTION lpCriticalSection);
PALIMPORT BOOL PALAPI TryEnterCriticalSection(LPCRITICAL_SECTION lpCriticalSection);

/* ---- Interlocked operations (full barriers; never traced) ---- */

PALIMPORT LONG PALAPI InterlockedIncrement(LONG volatile *lpAddend);
PALIMPORT LONG PALAPI InterlockedDecrement(LONG volatile *lpAddend);
PALIMPORT LONG PALAPI InterlockedExchange(LONG volatile *Target, LONG Value);
PALIMPORT PVOID PALAPI InterlockedExchangePointer(PVOID volatile *Target, PVOID Value);
PALIMPORT LONG PALAPI InterlockedCompareExchange(LONG volatile *Destination, LONG Exchange,
                                                 LONG Comperand);
PALIMPORT PVOID PALAPI InterlockedCompareExchangePointer(PVOID volatile *Destination,
                                                         PVOID Exchange, PVOID Comperand);

/* The same operations inline: one locked instruction, sequentially consistent
 * (a full barrier, as on Windows), with the exported prototypes, so
 * arguments are checked as in a call. A client's calls go through the macros
 * below; &InterlockedIncrement still names the exported function. */
static __inline__ __attribute__((__always_inline__)) LONG
PAL_InlineInterlockedIncrement(LONG volatile *lpAddend)
{
    return __atomic_add_fetch(lpAddend, 1, __ATOMIC_SEQ_CST);
}
static __inline__ __attribute__((__always_inline__)) LONG
PAL_InlineInterlockedDecrement(LONG volatile *lpAddend)
{
    return __atomic_sub_fetch(lpAddend, 1, __ATOMIC_SEQ_CST);
}
static __inline__ __attribute__((__always_inline__)) LONG
PAL_InlineInterlockedExchange(LONG volatile *Target, LONG Value)
{
    return __atomic_exchange_n(Target, Value, __ATOMIC_SEQ_CST);
}
static __inline__ __attribute__((__always_inline__)) PVOID
PAL_InlineInterlockedExchangePointer(PVOID volatile *Target, PVOID Value)
{
    return __atomic_exchange_n(Target, Value, __ATOMIC_SEQ_CST);
}
static __inline__ __attribute__((__always_inline__)) LONG
PAL_InlineInterlockedCompareExchange(LONG volatile *Destination, LONG Exchange, LONG Comperand)
{
    __atomic_compare_exchange_n(Destination, &Comperand, Exchange, 0, __ATOMIC_SEQ_CST,
                                __ATOMIC_SEQ_CST);
    return Comperand; /* the initial value, whether or not it was replaced */
}
static __inline__ __attribute__((__always_inline__)) PVOID
PAL_InlineInterlockedCompareExchangePointer(PVOID volatile *Destination, PVOID Exchange,
                                            PVOID Comperand)
{
    __atomic_compare_exchange_n(Destination, &Comperand, Exchange, 0, __ATOMIC_SEQ_CST,
                                __ATOMIC_SEQ_CST);
    return Comperand;
}

#ifndef PAL_IMPLEMENTATION
#define InterlockedIncrement(lpAddend) PAL_InlineInterlockedIncrement(lpAddend)
#define InterlockedDecrement(lpAddend) PAL_InlineInterlockedDecrement(lpAddend)
#define InterlockedExchange(Target, Value) PAL_InlineInterlockedExchange(Target, Value)
#define InterlockedExchangePointer(Target, Value) PAL_InlineInterlockedExchangePointer(Target, Value)
#define InterlockedCompareExchange(Destination, Exchange, Comperand)                              \
    PAL_InlineInterlockedCompareExchange(Destination, Exchange, Comperand)
#define InterlockedCompareExchangePointer(Destination, Exchange, Comperand)                       \
    PAL_InlineInterlockedCompareExchangePointer(Destination, Exchange, Comperand)
#endif

/* ---- Generic names ---- */

#ifdef UNICODE
typedef STARTUPINFOW STARTUPINFO;
typedef LPSTARTUPINFOW LPSTARTUPINFO;
#define CreateSemaphore CreateSemaphoreW
#define CreateEvent CreateEventW
#define OpenEvent OpenEventW
#define CreateMutex CreateMutexW
#define CreateProcess CreateProcessW
#else
typedef STARTUPINFOA STARTUPINFO;
typedef LPSTARTUPINFOA LPSTARTUPINFO;
#define CreateSemaphore CreateSemaphoreA
#define CreateEvent CreateEventA
#define CreateProcess CreateProcessA
#endif

#endif /* PAL_THREAD_H */
