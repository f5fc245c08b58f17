/*
 * CreateProcessW: a child and its exit code; a UTF-16 environment block
 * (CREATE_UNICODE_ENVIRONMENT) whose non-ASCII value reaches the child
 * intact; a current directory given in UTF-16; lpApplicationName naming the
 * program while lpCommandLine gives the arguments.
 */
#include <palsuite.h>

static DWORD run(const WCHAR *app, const WCHAR *cmd_src, DWORD flags, LPVOID env, const WCHAR *dir)
{
    WCHAR cmd[128];
    STARTUPINFOW si;
    PROCESS_INFORMATION pi;
    DWORD code = 12345;
    int i;
    for (i = 0; cmd_src[i]; i++)
        cmd[i] = cmd_src[i];
    cmd[i] = 0;
    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    CHECK(CreateProcessW(app, cmd, NULL, NULL, FALSE, flags, env, dir, &si, &pi), "CreateProcessW(%ws)", cmd);
    CHECK(WaitForSingleObject(pi.hProcess, 20000) == WAIT_OBJECT_0, "%ws did not end", cmd);
    CHECK_SUCCEEDS(GetExitCodeProcess(pi.hProcess, &code), TRUE);
    CHECK_SUCCEEDS(CloseHandle(pi.hThread), TRUE);
    CHECK_SUCCEEDS(CloseHandle(pi.hProcess), TRUE);
    return code;
}

int main(int argc, char *argv[])
{
    static const WCHAR env[] = u"PALSUITE_W=\u00e9t\u00e9\0OTHER=1\0";
    FILE *f;
    DWORD code;

    PALSUITE_INIT(argc, argv);
    code = run(NULL, (const WCHAR *)u"helper1 exit 42", 0, NULL, NULL);
    CHECK(code == 42, "exit code %u, expected 42", code);
    code = run(NULL, (const WCHAR *)u"helper1 envw", CREATE_UNICODE_ENVIRONMENT, (LPVOID)env, NULL);
    CHECK(code == 0, "the UTF-16 environment block did not reach the child (%u)", code);
    code = run(NULL, (const WCHAR *)u"helper1 exit 5", CREATE_NEW_CONSOLE, NULL, NULL);
    CHECK(code == 5, "CREATE_NEW_CONSOLE: exit code %u, expected 5", code);

    f = fopen("CreateProcessW_test1.txt", "w");
    CHECK(f != NULL, "cannot create a file here");
    fclose(f);
    code = run(NULL, (const WCHAR *)u"helper1 file CreateProcessW/CreateProcessW_test1.txt", 0, NULL,
               (const WCHAR *)u"..");
    CHECK(code == 0, "the child did not start in .. (%u)", code);

#ifdef _WIN32
    code = run((const WCHAR *)u"helper1.exe", (const WCHAR *)u"helper1 exit 9", 0, NULL, NULL);
#else
    code = run((const WCHAR *)u"helper1", (const WCHAR *)u"helper1 exit 9", 0, NULL, NULL);
#endif
    CHECK(code == 9, "lpApplicationName: exit code %u, expected 9", code);

    PAL_Terminate();
    return 0;
}
