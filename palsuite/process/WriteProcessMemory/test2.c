/*
 * WriteProcessMemory across the end of writable memory: a target whose
 * second page is read-only is written up to the page boundary, then the call
 * fails with ERROR_PARTIAL_COPY and counts the bytes it copied. Native only:
 * Wine (as Windows) lifts the protection for the copy, and VirtualProtect is
 * not in the PAL.
 */
#include <palsuite.h>
#include <sys/mman.h>

int main(int argc, char *argv[])
{
    char buf[256];
    SIZE_T n = 12345;
    char *p;

    PALSUITE_INIT(argc, argv);
    memset(buf, 'b', sizeof(buf));
    p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(p != MAP_FAILED, "mmap failed");
    memset(p, 'a', 8192);
    CHECK(mprotect(p + 4096, 4096, PROT_READ) == 0, "mprotect failed");
    CHECK_FAILS(WriteProcessMemory(GetCurrentProcess(), p + 4000, buf, 200, &n), FALSE,
                ERROR_PARTIAL_COPY);
    CHECK(n == 96, "wrote %u bytes, expected the 96 before the page boundary", (unsigned)n);
    CHECK(p[4000] == 'b' && p[4095] == 'b' && p[4096] == 'a', "the bytes written are wrong");
    n = 12345;
    CHECK_FAILS(WriteProcessMemory(GetCurrentProcess(), p + 4096, buf, 200, &n), FALSE,
                ERROR_NOACCESS);
    CHECK(n == 0 && p[4096] == 'a', "wrote %u bytes to a read-only page", (unsigned)n);
    munmap(p, 8192);
    PAL_Terminate();
    return 0;
}
