/*
 * CreateProcessA with STARTF_USESTDHANDLES: the child's standard input and
 * output are the pipe ends we give it: it reads what we write into one pipe
 * and answers through the other, with ReadFile/WriteFile on GetStdHandle.
 * Twice: with the pipes created inheritable and passed with bInheritHandles,
 * then with neither, where the standard handles given still become the
 * child's (as Wine does it) although no other handle of ours reaches it.
 */
#include <palsuite.h>

static void talk_to_child(BOOL inherit)
{
    SECURITY_ATTRIBUTES sa;
    STARTUPINFOA si;
    PROCESS_INFORMATION pi;
    HANDLE in_r, in_w, out_r, out_w;
    char cmd[] = "helper2";
    char answer[8];
    DWORD n = 0, got = 0, code = 99;

    sa.nLength = sizeof(sa);
    sa.lpSecurityDescriptor = NULL;
    sa.bInheritHandle = inherit;
    CHECK(CreatePipe(&in_r, &in_w, &sa, 1024) && CreatePipe(&out_r, &out_w, &sa, 1024),
          "CreatePipe failed");

    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    si.dwFlags = STARTF_USESTDHANDLES;
    si.hStdInput = in_r;
    si.hStdOutput = out_w;
    si.hStdError = out_w;
    CHECK(CreateProcessA(NULL, cmd, NULL, NULL, inherit, 0, NULL, NULL, &si, &pi),
          "CreateProcessA(%s, bInheritHandles %d) failed", cmd, inherit);

    /* A fixed length each way: the child may hold copies of every end, so
     * neither side may wait for an end of file. */
    CHECK_SUCCEEDS(WriteFile(in_w, "hello", 5, &n, NULL), TRUE);
    while (got < 5) {
        CHECK(ReadFile(out_r, answer + got, 5 - got, &n, NULL) && n > 0,
              "no answer from the child (bInheritHandles %d)", inherit);
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
}

int main(int argc, char *argv[])
{
    PALSUITE_INIT(argc, argv);
    talk_to_child(TRUE);
    talk_to_child(FALSE);
    PAL_Terminate();
    return 0;
}
