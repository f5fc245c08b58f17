/*
 * hello.c - a Win32 host program on librotor_pal: initialize the PAL, signal
 * and wait on an event, start a thread that waits for a signal, write and
 * read a file through the PAL C runtime, and show a Win32 error. Builds
 * unchanged with MinGW against <windows.h>.
 */
#ifdef _WIN32
#include <windows.h>
#include <stdio.h>
#define PAL_Initialize(argc, argv) 0
#define PAL_Terminate()
#else
#include <rotor_pal.h>
#endif

/* The started thread: waits until the main thread signals, then reports. */
static DWORD WINAPI worker(LPVOID parameter)
{
    HANDLE go = parameter;
    if (WaitForSingleObject(go, INFINITE) != WAIT_OBJECT_0)
        return 1;
    printf("thread %lu: signalled by the main thread\n", GetCurrentThreadId());
    return 0;
}

int main(int argc, char **argv)
{
    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    /* An auto-reset event: signalled once, it releases exactly one wait. */
    HANDLE ready = CreateEventW(NULL, FALSE, FALSE, NULL);
    if (!ready)
        return 1;
    SetEvent(ready);
    printf("first wait on the event:  %s\n",
           WaitForSingleObject(ready, 0) == WAIT_OBJECT_0 ? "signalled" : "timeout");
    printf("second wait on the event: %s\n",
           WaitForSingleObject(ready, 10) == WAIT_OBJECT_0 ? "signalled" : "timeout");

    /* A thread: it waits on the event until we signal it; its handle is
     * signalled when it ends, and its return value is its exit code. */
    DWORD worker_id = 0, worker_code = 1;
    HANDLE thread = CreateThread(NULL, 0, worker, ready, 0, &worker_id);
    if (!thread)
        return 1;
    printf("main: started thread %lu\n", worker_id);
    SetEvent(ready);
    if (WaitForSingleObject(thread, INFINITE) != WAIT_OBJECT_0 ||
        !GetExitCodeThread(thread, &worker_code))
        return 1;
    printf("main: thread %lu ended with exit code %lu\n", worker_id, worker_code);
    CloseHandle(thread);

    /* A file through the C runtime, with a Win32 path. */
    FILE *f = fopen(".\\hello-example.txt", "w");
    if (!f)
        return 1;
    fprintf(f, "written by thread %lu\n", GetCurrentThreadId());
    fclose(f);
    char line[128] = "";
    f = fopen("hello-example.txt", "r");
    if (!f || !fgets(line, sizeof(line), f))
        return 1;
    fclose(f);
    printf("read back: %s", line);

    /* A Win32 error: closing a handle twice. */
    CloseHandle(ready);
    if (!CloseHandle(ready))
        printf("closing it again fails with error %lu (ERROR_INVALID_HANDLE is %d)\n",
               GetLastError(), ERROR_INVALID_HANDLE);

    PAL_Terminate();
    return 0;
}
