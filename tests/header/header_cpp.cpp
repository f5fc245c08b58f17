/*
 * header_cpp.cpp - a C++ client of rotor_pal.h (client mode, UNICODE names):
 * includes nothing else, uses a sample of every area. Compiled only
 * (check-header.sh), never linked.
 */
#define UNICODE 1
#include "rotor_pal.h"

static_assert(sizeof(CONTEXT) == 1232, "AMD64 CONTEXT");
static_assert(sizeof(CRITICAL_SECTION) == 40, "x64 CRITICAL_SECTION");
static_assert(sizeof(WCHAR) == 2 && sizeof(LONG) == 4, "LLP64 types on LP64");
static_assert(sizeof(TCHAR) == sizeof(WCHAR), "UNICODE TCHAR");
static_assert(sizeof(WSADATA) == 408, "Win64 WSADATA");

namespace {

struct Guard {
    CRITICAL_SECTION cs;
    Guard() { InitializeCriticalSection(&cs); }
    ~Guard() { DeleteCriticalSection(&cs); }
    Guard(const Guard &) = delete;
    Guard &operator=(const Guard &) = delete;
};

DWORD PALAPI worker(LPVOID param)
{
    Guard *guard = static_cast<Guard *>(param);
    EnterCriticalSection(&guard->cs);
    LeaveCriticalSection(&guard->cs);
    return 0;
}

LONG PALAPI filter(PEXCEPTION_POINTERS pointers, LPVOID)
{
    return pointers != nullptr ? EXCEPTION_EXECUTE_HANDLER : EXCEPTION_CONTINUE_SEARCH;
}

int by_value(const void *a, const void *b)
{
    return *static_cast<const int *>(a) - *static_cast<const int *>(b);
}

} // namespace

int header_cpp_sample(int argc, char **argv);
int header_cpp_sample(int argc, char **argv)
{
    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    Guard guard;
    DWORD tid = 0;

    // Interlocked calls inline (macros), with the exported prototypes'
    // argument checks; their addresses are the exported functions.
    static LONG volatile refs = 0;
    static PVOID volatile slot = nullptr;
    LONG (PALAPI *const increment)(LONG volatile *) = &InterlockedIncrement;
    if (InterlockedIncrement(&refs) != 1 || InterlockedDecrement(&refs) != 0 ||
        InterlockedExchange(&refs, 2) != 0 || InterlockedCompareExchange(&refs, 3, 2) != 2 ||
        InterlockedExchangePointer(&slot, &guard) != nullptr ||
        InterlockedCompareExchangePointer(&slot, nullptr, &guard) != &guard || increment(&refs) != 4)
        return 4;
    HANDLE thread = CreateThread(nullptr, 0, worker, &guard, 0, &tid);
    HANDLE events[2] = {CreateEvent(nullptr, FALSE, FALSE, nullptr),
                        CreateMutex(nullptr, FALSE, TEXT("name"))};
    DWORD wait = WaitForMultipleObjects(2, events, FALSE, 100);
    if (wait == WAIT_FAILED)
        printf("wait failed: %u\n", GetLastError());
    WaitForSingleObject(thread, INFINITE);
    for (HANDLE h : events)
        CloseHandle(h);
    CloseHandle(thread);

    WIN32_FIND_DATA find;
    HANDLE hfind = FindFirstFile(TEXT("*.*"), &find);
    if (hfind != INVALID_HANDLE_VALUE) {
        int count = 1;
        while (FindNextFile(hfind, &find))
            count++;
        printf("%d entries, last %ws\n", count, find.cFileName);
        FindClose(hfind);
    }

    TCHAR path[MAX_PATH];
    GetCurrentDirectory(MAX_PATH, path);
    GetFullPathName(TEXT("a.txt"), MAX_PATH, path, nullptr);
    DWORD attrs = GetFileAttributes(path);
    if (attrs != INVALID_FILE_ATTRIBUTES && (attrs & FILE_ATTRIBUTE_DIRECTORY))
        return 2;
    lstrcpy(path, TEXT("x"));
    OutputDebugString(path);

    PAL_EXCEPTION_REGISTRATION reg;
    reg.pfnFilter = filter;
    reg.pvFilterParameter = nullptr;
    reg.dwFlags = 0;
    if (PAL_TryHelper(&reg) == 0)
        PAL_EndTryHelper(&reg);

    FILE *out = stdout;
    fprintf(out, "%ws %I64u\n", u"wide", static_cast<unsigned __int64>(tid));
    WCHAR wide[32];
    _snwprintf(wide, 32, u"%d", 5);
    char *end = nullptr;
    ULONG value = strtoul("42", &end, 10);

    SOCKET s = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
    sockaddr_in to = {};
    to.sin_family = AF_INET;
    to.sin_port = htons(9);
    to.sin_addr.s_addr = htonl(INADDR_BROADCAST);
    BOOL broadcast = TRUE;
    setsockopt(s, SOL_SOCKET, SO_BROADCAST, reinterpret_cast<const char *>(&broadcast),
               sizeof(broadcast));
    sendto(s, "x", 1, 0, reinterpret_cast<sockaddr *>(&to), sizeof(to));
    closesocket(s);

    int order[3] = {3, 1, 2};
    qsort(order, 3, sizeof(order[0]), by_value);
    const int key = 2;
    if (bsearch(&key, order, 3, sizeof(order[0]), by_value) == nullptr)
        return 3;

    PAL_Terminate();
    return static_cast<int>(value) + static_cast<int>(wcslen(wide));
}
