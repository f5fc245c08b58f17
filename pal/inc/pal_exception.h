/*
 * pal_exception.h - exceptions: status codes, EXCEPTION_RECORD, the AMD64
 * CONTEXT, RaiseException, the unhandled-exception filter and the PAL's SEH
 * registration records (spec "SEH Implementation").
 *
 * Included by rotor_pal.h only, inside its extern "C" block.
 */
#ifndef PAL_EXCEPTION_H
#define PAL_EXCEPTION_H

#ifndef ROTOR_PAL_H_INSIDE
#error "include rotor_pal.h, not pal_exception.h"
#endif

/* ---- Status codes (winnt.h values): wait results and exception codes ---- */

#define STATUS_WAIT_0 ((DWORD)0x00000000)
#define STATUS_ABANDONED_WAIT_0 ((DWORD)0x00000080)
#define STATUS_USER_APC ((DWORD)0x000000C0)
#define STATUS_TIMEOUT ((DWORD)0x00000102)
#define STATUS_PENDING ((DWORD)0x00000103)
#define STATUS_SEGMENT_NOTIFICATION ((DWORD)0x40000005)
#define STATUS_GUARD_PAGE_VIOLATION ((DWORD)0x80000001)
#define STATUS_DATATYPE_MISALIGNMENT ((DWORD)0x80000002)
#define STATUS_BREAKPOINT ((DWORD)0x80000003)
#define STATUS_SINGLE_STEP ((DWORD)0x80000004)
#define STATUS_ACCESS_VIOLATION ((DWORD)0xC0000005)
#define STATUS_IN_PAGE_ERROR ((DWORD)0xC0000006)
#define STATUS_INVALID_HANDLE ((DWORD)0xC0000008)
#define STATUS_INVALID_PARAMETER ((DWORD)0xC000000D)
#define STATUS_NO_MEMORY ((DWORD)0xC0000017)
#define STATUS_ILLEGAL_INSTRUCTION ((DWORD)0xC000001D)
#define STATUS_NONCONTINUABLE_EXCEPTION ((DWORD)0xC0000025)
#define STATUS_INVALID_DISPOSITION ((DWORD)0xC0000026)
#define STATUS_ARRAY_BOUNDS_EXCEEDED ((DWORD)0xC000008C)
#define STATUS_FLOAT_DENORMAL_OPERAND ((DWORD)0xC000008D)
#define STATUS_FLOAT_DIVIDE_BY_ZERO ((DWORD)0xC000008E)
#define STATUS_FLOAT_INEXACT_RESULT ((DWORD)0xC000008F)
#define STATUS_FLOAT_INVALID_OPERATION ((DWORD)0xC0000090)
#define STATUS_FLOAT_OVERFLOW ((DWORD)0xC0000091)
#define STATUS_FLOAT_STACK_CHECK ((DWORD)0xC0000092)
#define STATUS_FLOAT_UNDERFLOW ((DWORD)0xC0000093)
#define STATUS_INTEGER_DIVIDE_BY_ZERO ((DWORD)0xC0000094)
#define STATUS_INTEGER_OVERFLOW ((DWORD)0xC0000095)
#define STATUS_PRIVILEGED_INSTRUCTION ((DWORD)0xC0000096)
#define STATUS_STACK_OVERFLOW ((DWORD)0xC00000FD)
#define STATUS_CONTROL_C_EXIT ((DWORD)0xC000013A)
#define STATUS_FLOAT_MULTIPLE_FAULTS ((DWORD)0xC00002B4)
#define STATUS_FLOAT_MULTIPLE_TRAPS ((DWORD)0xC00002B5)
#define STATUS_STACK_BUFFER_OVERRUN ((DWORD)0xC0000409)

#define EXCEPTION_ACCESS_VIOLATION STATUS_ACCESS_VIOLATION
#define EXCEPTION_DATATYPE_MISALIGNMENT STATUS_DATATYPE_MISALIGNMENT
#define EXCEPTION_BREAKPOINT STATUS_BREAKPOINT
#define EXCEPTION_SINGLE_STEP STATUS_SINGLE_STEP
#define EXCEPTION_ARRAY_BOUNDS_EXCEEDED STATUS_ARRAY_BOUNDS_EXCEEDED
#define EXCEPTION_FLT_DENORMAL_OPERAND STATUS_FLOAT_DENORMAL_OPERAND
#define EXCEPTION_FLT_DIVIDE_BY_ZERO STATUS_FLOAT_DIVIDE_BY_ZERO
#define EXCEPTION_FLT_INEXACT_RESULT STATUS_FLOAT_INEXACT_RESULT
#define EXCEPTION_FLT_INVALID_OPERATION STATUS_FLOAT_INVALID_OPERATION
#define EXCEPTION_FLT_OVERFLOW STATUS_FLOAT_OVERFLOW
#define EXCEPTION_FLT_STACK_CHECK STATUS_FLOAT_STACK_CHECK
#define EXCEPTION_FLT_UNDERFLOW STATUS_FLOAT_UNDERFLOW
#define EXCEPTION_INT_DIVIDE_BY_ZERO STATUS_INTEGER_DIVIDE_BY_ZERO
#define EXCEPTION_INT_OVERFLOW STATUS_INTEGER_OVERFLOW
#define EXCEPTION_PRIV_INSTRUCTION STATUS_PRIVILEGED_INSTRUCTION
#define EXCEPTION_IN_PAGE_ERROR STATUS_IN_PAGE_ERROR
#define EXCEPTION_ILLEGAL_INSTRUCTION STATUS_ILLEGAL_INSTRUCTION
#define EXCEPTION_NONCONTINUABLE_EXCEPTION STATUS_NONCONTINUABLE_EXCEPTION
#define EXCEPTION_STACK_OVERFLOW STATUS_STACK_OVERFLOW
#define EXCEPTION_INVALID_DISPOSITION STATUS_INVALID_DISPOSITION
#define EXCEPTION_GUARD_PAGE STATUS_GUARD_PAGE_VIOLATION
#define EXCEPTION_INVALID_HANDLE STATUS_INVALID_HANDLE
#define CONTROL_C_EXIT STATUS_CONTROL_C_EXIT

/* ExceptionFlags of an EXCEPTION_RECORD. */
#define EXCEPTION_NONCONTINUABLE 0x01
#define EXCEPTION_UNWINDING 0x02
#define EXCEPTION_EXIT_UNWIND 0x04
#define EXCEPTION_STACK_INVALID 0x08
#define EXCEPTION_NESTED_CALL 0x10
#define EXCEPTION_TARGET_UNWIND 0x20
#define EXCEPTION_COLLIDED_UNWIND 0x40
#define EXCEPTION_UNWIND                                                                           \
    (EXCEPTION_UNWINDING | EXCEPTION_EXIT_UNWIND | EXCEPTION_TARGET_UNWIND |                        \
     EXCEPTION_COLLIDED_UNWIND)

#define EXCEPTION_MAXIMUM_PARAMETERS 15

/* Filter results. */
#define EXCEPTION_EXECUTE_HANDLER 1
#define EXCEPTION_CONTINUE_SEARCH 0
#define EXCEPTION_CONTINUE_EXECUTION (-1)

/* ---- The AMD64 thread context (winnt.h layout, 1232 bytes, 16-aligned) ---- */

typedef struct DECLSPEC_ALIGN(16) _M128A {
    ULONGLONG Low;
    LONGLONG High;
} M128A, *PM128A;

/* The FXSAVE image: 512 bytes. */
typedef struct DECLSPEC_ALIGN(16) _XSAVE_FORMAT {
    WORD ControlWord;
    WORD StatusWord;
    BYTE TagWord;
    BYTE Reserved1;
    WORD ErrorOpcode;
    DWORD ErrorOffset;
    WORD ErrorSelector;
    WORD Reserved2;
    DWORD DataOffset;
    WORD DataSelector;
    WORD Reserved3;
    DWORD MxCsr;
    DWORD MxCsr_Mask;
    M128A FloatRegisters[8];
    M128A XmmRegisters[16];
    BYTE Reserved4[96];
} XSAVE_FORMAT, *PXSAVE_FORMAT;
typedef XSAVE_FORMAT XMM_SAVE_AREA32, *PXMM_SAVE_AREA32;

#define CONTEXT_AMD64 0x00100000
#define CONTEXT_CONTROL (CONTEXT_AMD64 | 0x00000001) /* SegSs, Rsp, SegCs, Rip, EFlags */
#define CONTEXT_INTEGER (CONTEXT_AMD64 | 0x00000002) /* Rax..R15 without Rsp */
#define CONTEXT_SEGMENTS (CONTEXT_AMD64 | 0x00000004)
#define CONTEXT_FLOATING_POINT (CONTEXT_AMD64 | 0x00000008) /* FltSave, MxCsr */
#define CONTEXT_DEBUG_REGISTERS (CONTEXT_AMD64 | 0x00000010)
#define CONTEXT_FULL (CONTEXT_CONTROL | CONTEXT_INTEGER | CONTEXT_FLOATING_POINT)
#define CONTEXT_ALL                                                                                \
    (CONTEXT_CONTROL | CONTEXT_INTEGER | CONTEXT_SEGMENTS | CONTEXT_FLOATING_POINT |                \
     CONTEXT_DEBUG_REGISTERS)

typedef struct DECLSPEC_ALIGN(16) _CONTEXT {
    /* Register parameter home addresses. */
    DWORD64 P1Home;
    DWORD64 P2Home;
    DWORD64 P3Home;
    DWORD64 P4Home;
    DWORD64 P5Home;
    DWORD64 P6Home;

    DWORD ContextFlags;
    DWORD MxCsr;

    WORD SegCs;
    WORD SegDs;
    WORD SegEs;
    WORD SegFs;
    WORD SegGs;
    WORD SegSs;
    DWORD EFlags;

    DWORD64 Dr0;
    DWORD64 Dr1;
    DWORD64 Dr2;
    DWORD64 Dr3;
    DWORD64 Dr6;
    DWORD64 Dr7;

    DWORD64 Rax;
    DWORD64 Rcx;
    DWORD64 Rdx;
    DWORD64 Rbx;
    DWORD64 Rsp;
    DWORD64 Rbp;
    DWORD64 Rsi;
    DWORD64 Rdi;
    DWORD64 R8;
    DWORD64 R9;
    DWORD64 R10;
    DWORD64 R11;
    DWORD64 R12;
    DWORD64 R13;
    DWORD64 R14;
    DWORD64 R15;

    DWORD64 Rip;

    union {
        XMM_SAVE_AREA32 FltSave;
        __extension__ struct {
            M128A Header[2];
            M128A Legacy[8];
            M128A Xmm0;
            M128A Xmm1;
            M128A Xmm2;
            M128A Xmm3;
            M128A Xmm4;
            M128A Xmm5;
            M128A Xmm6;
            M128A Xmm7;
            M128A Xmm8;
            M128A Xmm9;
            M128A Xmm10;
            M128A Xmm11;
            M128A Xmm12;
            M128A Xmm13;
            M128A Xmm14;
            M128A Xmm15;
        };
    };

    M128A VectorRegister[26];
    DWORD64 VectorControl;

    DWORD64 DebugControl;
    DWORD64 LastBranchToRip;
    DWORD64 LastBranchFromRip;
    DWORD64 LastExceptionToRip;
    DWORD64 LastExceptionFromRip;
} CONTEXT, *PCONTEXT, *LPCONTEXT;

/* ---- Exception records ---- */

typedef struct _EXCEPTION_RECORD {
    DWORD ExceptionCode;
    DWORD ExceptionFlags;
    struct _EXCEPTION_RECORD *ExceptionRecord; /* chained (nested) record */
    PVOID ExceptionAddress;
    DWORD NumberParameters;
    ULONG_PTR ExceptionInformation[EXCEPTION_MAXIMUM_PARAMETERS];
} EXCEPTION_RECORD, *PEXCEPTION_RECORD, *LPEXCEPTION_RECORD;

typedef struct _EXCEPTION_POINTERS {
    PEXCEPTION_RECORD ExceptionRecord;
    PCONTEXT ContextRecord;
} EXCEPTION_POINTERS, *PEXCEPTION_POINTERS, *LPEXCEPTION_POINTERS;

typedef LONG(PALAPI *PTOP_LEVEL_EXCEPTION_FILTER)(struct _EXCEPTION_POINTERS *ExceptionInfo);
typedef PTOP_LEVEL_EXCEPTION_FILTER LPTOP_LEVEL_EXCEPTION_FILTER;

PALIMPORT VOID PALAPI RaiseException(DWORD dwExceptionCode, DWORD dwExceptionFlags,
                                     DWORD nNumberOfArguments, const ULONG_PTR *lpArguments);
PALIMPORT LPTOP_LEVEL_EXCEPTION_FILTER PALAPI
SetUnhandledExceptionFilter(LPTOP_LEVEL_EXCEPTION_FILTER lpTopLevelExceptionFilter);

/* ---- PAL structured exception handling (the pal-seh group) ----
 *
 * Each thread keeps a chain of registration records, newest (bottommost on the
 * stack) first. PAL_TRY pushes one with PAL_TryHelper and pops it with
 * PAL_EndTryHelper. The PAL_TRY / PAL_EXCEPT / PAL_EXCEPT_FILTER / PAL_FINALLY /
 * PAL_LEAVE / PAL_ENDTRY macros come with the SEH area.
 */

/* A PAL_EXCEPT_FILTER filter: returns an EXCEPTION_* filter result. */
typedef LONG(PALAPI *PFN_PAL_EXCEPTION_FILTER)(PEXCEPTION_POINTERS pExceptionPointers,
                                                LPVOID pvParameter);

/* dwFlags: a Win32-native EH frame (spec "SEH for JIT-Compiled Code"); its
 * handler is called again during the unwind pass instead of being jumped to. */
#define PAL_EXCEPTION_FLAGS_UNWINDONLY 0x00000001

typedef struct _PAL_EXCEPTION_REGISTRATION {
    struct _PAL_EXCEPTION_REGISTRATION *Next; /* the enclosing (older) record */
    PFN_PAL_EXCEPTION_FILTER pfnFilter;       /* set by the caller of PAL_TryHelper */
    PVOID pvFilterParameter;                  /* set by the caller of PAL_TryHelper */
    DWORD dwFlags;                            /* set by the caller of PAL_TryHelper */
    DWORD dwState;                            /* PAL-private dispatch state */
    DWORD dwExceptionCode;                    /* the exception being dispatched, if any */
    DWORD dwReserved;
    PVOID pvReserved;
    /* Opaque to the client: room for a glibc sigjmp_buf (200 bytes on x86-64). */
    DECLSPEC_ALIGN(16) long long ReservedForPAL[25];
} PAL_EXCEPTION_REGISTRATION, *PPAL_EXCEPTION_REGISTRATION;

/* Registers pRegistration as the thread's bottommost record; returns 0. The SEH
 * area defines how an exception code comes back through it (spec: "control
 * should resume within PAL_TryHelper"). */
PALIMPORT DWORD PALAPI PAL_TryHelper(PPAL_EXCEPTION_REGISTRATION pRegistration);
/* Unregisters the record PAL_TryHelper registered (it must be the bottommost). */
PALIMPORT VOID PALAPI PAL_EndTryHelper(PPAL_EXCEPTION_REGISTRATION pRegistration);
PALIMPORT PPAL_EXCEPTION_REGISTRATION PALAPI PAL_GetBottommostRegistration(void);
PALIMPORT VOID PALAPI PAL_SetBottommostRegistration(PPAL_EXCEPTION_REGISTRATION pRegistration);
PALIMPORT PPAL_EXCEPTION_REGISTRATION *PALAPI PAL_GetBottommostRegistrationPtr(void);

#endif /* PAL_EXCEPTION_H */
