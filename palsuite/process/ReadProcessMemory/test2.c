/*
 * ReadProcessMemory across the end of readable memory: a buffer whose
 * second page is inaccessible reads up to the page boundary, then fails with
 * ERROR_PARTIAL_COPY and counts the bytes it copied. Native only: Wine reads
 * through PAGE_NOACCESS pages, and VirtualProtect is not in the PAL.
 */
#include <palsuite.h>
#include <sys/mman.h>

int main(int argc, char *argv[])
{
    char buf[256];
    SIZE_T n = 12345;
    char *p;

    PALSUITE_INIT(argc, argv);
    p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(p != MAP_FAILED, "mmap failed");
    memset(p, 'a', 8192);
    CHECK(mprotect(p + 4096, 4096, PROT_NONE) == 0, "mprotect failed");
    CHECK_FAILS(ReadProcessMemory(GetCurrentProcess(), p + 4000, buf, 200, &n), FALSE,
                ERROR_PARTIAL_COPY);
    CHECK(n == 96, "read %u bytes, expected the 96 before the page boundary", (unsigned)n);
    CHECK(buf[0] == 'a' && buf[95] == 'a', "the bytes read are wrong");
    n = 12345;
    CHECK_FAILS(ReadProcessMemory(GetCurrentProcess(), p + 4096, buf, 200, &n), FALSE,
                ERROR_NOACCESS);
    CHECK(n == 0, "read %u bytes from an inaccessible page", (unsigned)n);
    /* The same on our side: the destination ends at the page boundary. */
    n = 12345;
    CHECK_FAILS(ReadProcessMemory(GetCurrentProcess(), buf, p + 4000, 200, &n), FALSE,
                ERROR_PARTIAL_COPY);
    CHECK(n == 96, "read %u bytes into a buffer with 96 writable", (unsigned)n);
    munmap(p, 8192);
    PAL_Terminate();
    return 0;
}
