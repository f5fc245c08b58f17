/*
 * header_c.c - a C client of rotor_pal.h (client mode): includes nothing else,
 * uses a sample of every area, and pins the Win32 x64 structure layouts.
 * Compiled only (check-header.sh), never linked.
 */
#include "rotor_pal.h"

#define CHECK_LAYOUT(cond) _Static_assert(cond, #cond)

/* ---- Sizes and offsets of the Windows x64 ABI ---- */

CHECK_LAYOUT(sizeof(BYTE) == 1 && sizeof(WORD) == 2 && sizeof(DWORD) == 4);
CHECK_LAYOUT(sizeof(LONG) == 4 && sizeof(ULONG) == 4 && sizeof(BOOL) == 4);
CHECK_LAYOUT(sizeof(WCHAR) == 2 && sizeof(HANDLE) == 8 && sizeof(SIZE_T) == 8);
CHECK_LAYOUT(sizeof(SOCKET) == 8);
CHECK_LAYOUT(sizeof(FILETIME) == 8 && sizeof(SYSTEMTIME) == 16);
CHECK_LAYOUT(sizeof(SECURITY_ATTRIBUTES) == 24 && sizeof(OVERLAPPED) == 32);
CHECK_LAYOUT(offsetof(OVERLAPPED, hEvent) == 24);
CHECK_LAYOUT(sizeof(CRITICAL_SECTION) == 40);
CHECK_LAYOUT(sizeof(M128A) == 16 && _Alignof(M128A) == 16);
CHECK_LAYOUT(sizeof(XMM_SAVE_AREA32) == 512);
CHECK_LAYOUT(sizeof(CONTEXT) == 1232 && _Alignof(CONTEXT) == 16);
CHECK_LAYOUT(offsetof(CONTEXT, ContextFlags) == 0x30);
CHECK_LAYOUT(offsetof(CONTEXT, EFlags) == 0x44);
CHECK_LAYOUT(offsetof(CONTEXT, Dr0) == 0x48);
CHECK_LAYOUT(offsetof(CONTEXT, Rax) == 0x78);
CHECK_LAYOUT(offsetof(CONTEXT, Rsp) == 0x98);
CHECK_LAYOUT(offsetof(CONTEXT, R15) == 0xF0);
CHECK_LAYOUT(offsetof(CONTEXT, Rip) == 0xF8);
CHECK_LAYOUT(offsetof(CONTEXT, FltSave) == 0x100);
CHECK_LAYOUT(offsetof(CONTEXT, Xmm0) == 0x1A0);
CHECK_LAYOUT(offsetof(CONTEXT, VectorRegister) == 0x300);
CHECK_LAYOUT(offsetof(CONTEXT, LastExceptionFromRip) == 0x4C8);
CHECK_LAYOUT(sizeof(EXCEPTION_RECORD) == 152);
CHECK_LAYOUT(offsetof(EXCEPTION_RECORD, ExceptionInformation) == 32);
CHECK_LAYOUT(sizeof(EXCEPTION_POINTERS) == 16);
CHECK_LAYOUT(sizeof(((PAL_EXCEPTION_REGISTRATION *)0)->ReservedForPAL) >= 200);
CHECK_LAYOUT(offsetof(PAL_EXCEPTION_REGISTRATION, ReservedForPAL) % 16 == 0);
CHECK_LAYOUT(sizeof(WIN32_FIND_DATAA) == 320 && sizeof(WIN32_FIND_DATAW) == 592);
CHECK_LAYOUT(sizeof(WIN32_FILE_ATTRIBUTE_DATA) == 36);
CHECK_LAYOUT(sizeof(STARTUPINFOA) == 104 && sizeof(STARTUPINFOW) == 104);
CHECK_LAYOUT(offsetof(STARTUPINFOA, hStdInput) == 80);
CHECK_LAYOUT(sizeof(PROCESS_INFORMATION) == 24);
CHECK_LAYOUT(sizeof(MEMORY_BASIC_INFORMATION) == 48);
CHECK_LAYOUT(offsetof(MEMORY_BASIC_INFORMATION, RegionSize) == 24);
CHECK_LAYOUT(sizeof(SYSTEM_INFO) == 48);
CHECK_LAYOUT(offsetof(SYSTEM_INFO, dwNumberOfProcessors) == 32);
CHECK_LAYOUT(sizeof(OSVERSIONINFOA) == 148 && sizeof(OSVERSIONINFOW) == 276);
CHECK_LAYOUT(sizeof(TIME_ZONE_INFORMATION) == 172);
CHECK_LAYOUT(sizeof(CPINFO) == 20);
CHECK_LAYOUT(sizeof(struct sockaddr) == 16 && sizeof(struct sockaddr_in) == 16);
CHECK_LAYOUT(sizeof(struct in_addr) == 4 && sizeof(struct timeval) == 8);
CHECK_LAYOUT(sizeof(struct hostent) == 32 && sizeof(struct linger) == 4);
CHECK_LAYOUT(sizeof(fd_set) == 8 + 64 * 8);
CHECK_LAYOUT(sizeof(WSADATA) == 408 && offsetof(WSADATA, szDescription) == 16);
CHECK_LAYOUT(sizeof(WSABUF) == 16 && sizeof(WSANETWORKEVENTS) == 44);
CHECK_LAYOUT(sizeof(WSAPROTOCOL_INFOA) == 372);
CHECK_LAYOUT(sizeof(struct tm) == 36 && sizeof(time_t) == 8);

/* ---- Values ---- */

CHECK_LAYOUT(WAIT_TIMEOUT == 258 && WAIT_OBJECT_0 == 0 && WAIT_ABANDONED_0 == 0x80);
CHECK_LAYOUT(WAIT_FAILED == 0xFFFFFFFF && INFINITE == 0xFFFFFFFF);
CHECK_LAYOUT(WAIT_IO_COMPLETION == 0xC0 && STILL_ACTIVE == 0x103);
CHECK_LAYOUT(EVENT_ALL_ACCESS == 0x1F0003 && MUTEX_ALL_ACCESS == 0x1F0001);
CHECK_LAYOUT(PROCESS_ALL_ACCESS == 0x1FFFFF && FILE_MAP_ALL_ACCESS == 0xF001F);
CHECK_LAYOUT(CONTEXT_FULL == 0x10000B && CONTEXT_ALL == 0x10001F);
CHECK_LAYOUT(EXCEPTION_ACCESS_VIOLATION == 0xC0000005);
CHECK_LAYOUT(LOCALE_USER_DEFAULT == 0x400 && LOCALE_SYSTEM_DEFAULT == 0x800);
CHECK_LAYOUT(MAKELANGID(LANG_CHINESE, SUBLANG_CHINESE_TRADITIONAL) == 0x0404);
CHECK_LAYOUT(SOL_SOCKET == 0xffff && SO_RCVTIMEO == 0x1006 && AF_INET6 == 23);
CHECK_LAYOUT(FIONBIO == (LONG)0x8004667E && FIONREAD == 0x4004667F);
CHECK_LAYOUT(RAND_MAX == 0x7fff && ULONG_MAX == 0xffffffffU && LONG_MAX == 0x7fffffff);

/* ---- Callbacks of each kind ---- */

static DWORD PALAPI sample_thread(LPVOID param)
{
    return (DWORD)(ULONG_PTR)param;
}

static VOID PALAPI sample_apc(ULONG_PTR data)
{
    (void)data;
}

static BOOL PALAPI sample_ctrl_handler(DWORD ctrl_type)
{
    return ctrl_type == CTRL_C_EVENT || ctrl_type == CTRL_BREAK_EVENT;
}

static LONG PALAPI sample_filter(PEXCEPTION_POINTERS pointers)
{
    return pointers->ExceptionRecord->ExceptionCode == EXCEPTION_ACCESS_VIOLATION
               ? EXCEPTION_EXECUTE_HANDLER
               : EXCEPTION_CONTINUE_SEARCH;
}

static int compare_ints(const void *a, const void *b)
{
    return *(const int *)a - *(const int *)b;
}

static int sample_vprintf(const char *format, ...)
{
    va_list ap;
    int n;

    va_start(ap, format);
    n = vfprintf(stdout, format, ap);
    va_end(ap);
    return n;
}

/* ---- Kernel32 ---- */

int header_c_kernel32(int argc, char **argv);
int header_c_kernel32(int argc, char **argv)
{
    HANDLE event, thread, file;
    DWORD tid = 0, written = 0, wait;
    CRITICAL_SECTION cs;
    CONTEXT ctx;
    SYSTEM_INFO si;
    OSVERSIONINFOW osvi;
    WIN32_FIND_DATAW find;
    FILETIME ft;
    SYSTEMTIME st;
    MEMORY_BASIC_INFORMATION mbi;
    STARTUPINFOA sia;
    PROCESS_INFORMATION pi;
    LARGE_INTEGER counter;
    LONG volatile refcount = 0;
    WCHAR dir[MAX_PATH];
    LPVOID mem;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;
    PAL_GetPALDirectoryW(dir, MAX_PATH);

    event = CreateEventW(NULL, TRUE, FALSE, NULL);
    SetEvent(event);
    wait = WaitForSingleObject(event, INFINITE);
    if (wait != WAIT_OBJECT_0 && wait != WAIT_TIMEOUT && wait != WAIT_ABANDONED_0)
        SetLastError(ERROR_INVALID_HANDLE);
    thread = CreateThread(NULL, 0, sample_thread, NULL, CREATE_SUSPENDED, &tid);
    QueueUserAPC(sample_apc, thread, 0);
    ctx.ContextFlags = CONTEXT_CONTROL | CONTEXT_INTEGER;
    GetThreadContext(thread, &ctx);
    ResumeThread(thread);
    WaitForMultipleObjectsEx(1, &thread, TRUE, 10, TRUE);
    CloseHandle(thread);
    CloseHandle(event);

    InitializeCriticalSection(&cs);
    EnterCriticalSection(&cs);
    LeaveCriticalSection(&cs);
    DeleteCriticalSection(&cs);
    InterlockedIncrement(&refcount);
    {
        /* The macros take the exported prototypes' arguments; the
         * address is the exported function's. */
        static PVOID volatile slot;
        LONG (PALAPI *decrement)(LONG volatile *) = InterlockedDecrement;
        InterlockedCompareExchange(&refcount, 5, InterlockedExchange(&refcount, 4));
        InterlockedCompareExchangePointer(&slot, InterlockedExchangePointer(&slot, &cs), NULL);
        decrement(&refcount);
    }

    file = CreateFileW(u"test.txt", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ, NULL,
                       CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
    if (file != INVALID_HANDLE_VALUE) {
        WriteFile(file, "x", 1, &written, NULL);
        SetFilePointer(file, 0, NULL, FILE_BEGIN);
        CloseHandle(file);
    }
    FindClose(FindFirstFileW(u"*", &find));
    GetSystemTimeAsFileTime(&ft);
    GetSystemTime(&st);

    mem = VirtualAlloc(NULL, 4096, MEM_RESERVE | MEM_COMMIT, PAGE_READWRITE);
    VirtualQuery(mem, &mbi, sizeof(mbi));
    VirtualFree(mem, 0, MEM_RELEASE);
    HeapFree(GetProcessHeap(), 0, HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, 16));
    ZeroMemory(&sia, sizeof(sia));
    sia.cb = sizeof(sia);
    sia.dwFlags = STARTF_USESTDHANDLES;
    sia.hStdOutput = GetStdHandle(STD_OUTPUT_HANDLE);
    CreateProcessA(NULL, argv[0], NULL, NULL, TRUE, 0, NULL, NULL, &sia, &pi);

    GetSystemInfo(&si);
    osvi.dwOSVersionInfoSize = sizeof(osvi);
    GetVersionExW(&osvi);
    QueryPerformanceCounter(&counter);
    SetConsoleCtrlHandler(sample_ctrl_handler, TRUE);
    SetUnhandledExceptionFilter(sample_filter);
    MultiByteToWideChar(CP_ACP, MB_PRECOMPOSED, "abc", -1, dir, MAX_PATH);
    CompareStringW(0x0409, NORM_IGNORECASE | NORM_IGNOREWIDTH, u"a", -1, u"A", -1);
    GetLocaleInfoW(LOCALE_NEUTRAL, LOCALE_SDECIMAL, dir, MAX_PATH);
    FormatMessageW(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, NULL,
                   ERROR_CALL_NOT_IMPLEMENTED, MAKELANGID(LANG_NEUTRAL, SUBLANG_DEFAULT), dir,
                   MAX_PATH, NULL);
    MessageBoxW(NULL, u"text", u"caption", MB_OK | MB_ICONSTOP);
    wsprintfW(dir, u"%ws %d", u"x", 1);

    PAL_Terminate();
    return (int)(st.wYear + si.dwPageSize + osvi.dwMajorVersion + tid + written + pi.dwProcessId);
}

/* ---- The C runtime ---- */

int header_c_crt(void);
int header_c_crt(void)
{
    char buf[64];
    WCHAR wbuf[64];
    int values[3] = {3, 1, 2};
    FILE *f;
    time_t now;
    struct tm *local;
    char *copy;

    memset(buf, 0, sizeof(buf));
    strcpy(buf, "hello");
    strcat(buf, " world");
    qsort(values, 3, sizeof(values[0]), compare_ints);
    copy = (char *)malloc(strlen(buf) + 1);
    if (copy == NULL)
        return 1;
    memcpy(copy, buf, strlen(buf) + 1);
    free(copy);

    sprintf(buf, "%I64d %ws %p", (__int64)1, u"wide", (void *)buf);
    _snprintf(buf, sizeof(buf), "%d", _stricmp("a", "A"));
    printf("%s %g\n", buf, sqrt(2.0) + floor(1.5) + pow(2.0, 3.0));
    fprintf(stderr, "%d\n", isdigit('1'));
    sample_vprintf("%s\n", "x");

    wcscpy(wbuf, u"abc");
    wcscat(wbuf, u"def");
    swprintf(wbuf, u"%d", (int)wcslen(wbuf));
    errno = 0;
    if (wcstoul(wbuf, NULL, 10) == ULONG_MAX && errno == ERANGE)
        return 2;
    _itow(42, wbuf, 10);

    f = fopen("file.txt", "w+");
    if (f != NULL) {
        fputs("text", f);
        fseek(f, 0, SEEK_SET);
        if (fgets(buf, sizeof(buf), f) == NULL || getc(f) != EOF)
            fflush(stdout);
        fclose(f);
    }

    now = time(NULL);
    local = localtime(&now);
    srand((unsigned int)now);
    if (rand() > RAND_MAX || getenv("HOME") == NULL)
        exit(3);
    return local != NULL ? local->tm_year + atoi("1") + (int)atol("2") : 0;
}

static void *sample_alloca(size_t n)
{
    void *p = _alloca(n);
    memset(p, 0, n);
    return p;
}

/* ---- Winsock ---- */

int header_c_winsock(void);
int header_c_winsock(void)
{
    WSADATA wsa;
    SOCKET s;
    struct sockaddr_in addr;
    struct hostent *host;
    fd_set readable;
    struct timeval timeout = {1, 0};
    struct linger lin = {1, 5};
    u_long nonblocking = 1;
    WSABUF wbuf;
    WSAOVERLAPPED ov;
    WSANETWORKEVENTS events;
    DWORD sent = 0;
    char data[4] = "abc";

    if (WSAStartup(MAKEWORD(2, 2), &wsa) != 0)
        return 1;
    s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    if (s == INVALID_SOCKET)
        return 2;
    memset(&addr, 0, sizeof(addr));
    addr.sin_family = AF_INET;
    addr.sin_port = htons(8080);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(s, (struct sockaddr *)&addr, sizeof(addr)) == SOCKET_ERROR)
        return WSAGetLastError() == WSAEADDRINUSE ? 3 : 4;
    setsockopt(s, SOL_SOCKET, SO_LINGER, (const char *)&lin, sizeof(lin));
    ioctlsocket(s, FIONBIO, &nonblocking);
    listen(s, SOMAXCONN);
    FD_ZERO(&readable);
    FD_SET(s, &readable);
    select(0, &readable, NULL, NULL, &timeout);
    if (FD_ISSET(s, &readable))
        FD_CLR(s, &readable);
    host = gethostbyname("localhost");
    if (host != NULL && host->h_addrtype == AF_INET)
        memcpy(&addr.sin_addr, host->h_addr, 4);
    addr.sin_addr.s_addr = inet_addr("127.0.0.1");
    wbuf.len = sizeof(data);
    wbuf.buf = data;
    memset(&ov, 0, sizeof(ov));
    WSASend(s, &wbuf, 1, &sent, 0, &ov, NULL);
    WSAEventSelect(s, WSA_INVALID_EVENT, FD_READ | FD_CLOSE);
    WSAEnumNetworkEvents(s, NULL, &events);
    shutdown(s, SD_BOTH);
    closesocket(s);
    WSACleanup();
    return (int)sent + (int)events.lNetworkEvents + (sample_alloca(8) != NULL);
}
