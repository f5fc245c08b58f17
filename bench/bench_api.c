/*
 * bench_api.c - foundation figures: handle creation, handle lookup, the cost
 * of tracing compiled in but off. Built twice: normally, and against a copy
 * of the library with tracing compiled out (bench_api_notrace), so
 * run-bench.sh can compare the same hot API both ways in one run.
 */
#include "internal.h"
#include "bench.h"

#include <stdatomic.h>
#include <sys/eventfd.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (PAL_Initialize(argc, argv) != 0)
        return 1;
    const long n = 2000000;

    BENCH("posix.eventfd_close", n / 4, {
        int fd = eventfd(0, EFD_CLOEXEC);
        close(fd);
    });
    BENCH("pal.CreateEvent_CloseHandle", n / 4, {
        HANDLE h = CreateEventW(NULL, FALSE, FALSE, NULL);
        CloseHandle(h);
    });

    static _Atomic int flag;
    BENCH("posix.atomic_store", n * 10, atomic_store(&flag, 1));
    HANDLE ev = CreateEventW(NULL, TRUE, TRUE, NULL);
    BENCH("pal.SetEvent_signalled", n * 5, SetEvent(ev));
    BENCH("pal.WaitForSingleObject_signalled", n * 5, WaitForSingleObject(ev, 0));
    CloseHandle(ev);

    PAL_Terminate();
    return 0;
}
