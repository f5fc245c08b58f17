/*
 * CreatePipe: what WriteFile puts in the write end, ReadFile takes from the
 * read end, in order; both ends are FILE_TYPE_PIPE; each end refuses the
 * other direction (ERROR_ACCESS_DENIED). Once the write end is closed and
 * the pipe drained, ReadFile fails with ERROR_BROKEN_PIPE; once the read end
 * is closed, WriteFile fails with ERROR_NO_DATA (and the process lives on).
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    SECURITY_ATTRIBUTES sa;
    HANDLE r = NULL, w = NULL;
    char buf[16];
    DWORD n = 99;

    PALSUITE_INIT(argc, argv);
    sa.nLength = sizeof(sa);
    sa.lpSecurityDescriptor = NULL;
    sa.bInheritHandle = TRUE;
    CHECK_SUCCEEDS(CreatePipe(&r, &w, &sa, 1024), TRUE);
    CHECK(r != NULL && w != NULL && r != w, "CreatePipe gave %p and %p", r, w);
    CHECK_SUCCEEDS(GetFileType(r), FILE_TYPE_PIPE);
    CHECK_SUCCEEDS(GetFileType(w), FILE_TYPE_PIPE);

    CHECK_SUCCEEDS(WriteFile(w, "hello", 5, &n, NULL), TRUE);
    CHECK(n == 5, "wrote %u bytes", n);
    CHECK_SUCCEEDS(WriteFile(w, "!", 1, &n, NULL), TRUE);
    CHECK_SUCCEEDS(ReadFile(r, buf, 5, &n, NULL), TRUE);
    CHECK(n == 5 && memcmp(buf, "hello", 5) == 0, "read %u bytes", n);

    CHECK_FAILS(ReadFile(w, buf, 1, &n, NULL), FALSE, ERROR_ACCESS_DENIED);
    CHECK_FAILS(WriteFile(r, "x", 1, &n, NULL), FALSE, ERROR_ACCESS_DENIED);

    CHECK_SUCCEEDS(CloseHandle(w), TRUE);
    CHECK_SUCCEEDS(ReadFile(r, buf, sizeof(buf), &n, NULL), TRUE);
    CHECK(n == 1 && buf[0] == '!', "read %u bytes after the close", n);
    CHECK_FAILS(ReadFile(r, buf, sizeof(buf), &n, NULL), FALSE, ERROR_BROKEN_PIPE);
    CHECK(n == 0, "read %u bytes from a broken pipe", n);
    CHECK_SUCCEEDS(CloseHandle(r), TRUE);

    /* Without attributes: not inheritable, otherwise the same. */
    CHECK_SUCCEEDS(CreatePipe(&r, &w, NULL, 0), TRUE);
    CHECK_SUCCEEDS(CloseHandle(r), TRUE);
    CHECK_FAILS(WriteFile(w, "x", 1, &n, NULL), FALSE, ERROR_NO_DATA);
    CHECK_SUCCEEDS(CloseHandle(w), TRUE);
    PAL_Terminate();
    return 0;
}
