/*
 * CreateProcessA with STARTF_USESTDHANDLES and bInheritHandles FALSE: the
 * standard handles given still become the child's (as Wine does it), even
 * though the pipes were not created inheritable and no other handle of ours
 * reaches the child.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    SECURITY_ATTRIBUTES sa;
    STARTUPINFOA si;
    PROCESS_INFORMATION pi;
    HANDLE in_r, in_w, out_r, out_w;
    char cmd[] = "helper2";
    char answer[8];
    DWORD n = 0, got = 0, code = 99;

    PALSUITE_INIT(argc, argv);
    sa.nLength = sizeof(sa);
    sa.lpSecurityDescriptor = NULL;
    sa.bInheritHandle = FALSE;
    CHECK(CreatePipe(&in_r, &in_w, &sa, 1024) && CreatePipe(&out_r, &out_w, &sa, 1024),
          "CreatePipe failed");

    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    si.dwFlags = STARTF_USESTDHANDLES;
    si.hStdInput = in_r;
    si.hStdOutput = out_w;
    si.hStdError = out_w;
    CHECK(CreateProcessA(NULL, cmd, NULL, NULL, FALSE, 0, NULL, NULL, &si, &pi),
          "CreateProcessA(%s) failed", cmd);

    /* A fixed length each way: the child holds inherited copies of every
     * end, so neither side may wait for an end of file. */
    CHECK_SUCCEEDS(WriteFile(in_w, "hello", 5, &n, NULL), TRUE);
    while (got < 5) {
        CHECK(ReadFile(out_r, answer + got, 5 - got, &n, NULL) && n > 0, "no answer from the child");
        got += n;
    }
    CHECK(memcmp(answer, "HELLO", 5) == 0, "the child answered %.5s", answer);

    CHECK(WaitForSingleObject(pi.hProcess, 20000) == WAIT_OBJECT_0, "the child did not end");
    CHECK_SUCCEEDS(GetExitCodeProcess(pi.hProcess, &code), TRUE);
    CHECK(code == 0, "the child ended with %u", code);
    CloseHandle(pi.hThread);
    CloseHandle(pi.hProcess);
    CloseHandle(in_r);
    CloseHandle(in_w);
    CloseHandle(out_r);
    CloseHandle(out_w);
    PAL_Terminate();
    return 0;
}
