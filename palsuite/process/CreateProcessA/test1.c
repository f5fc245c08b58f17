/*
 * CreateProcessA: a child found by its name alone (".exe" appended on
 * Windows, the native helper has none), waited for through hProcess and
 * hThread, its exit code; the Windows quoting rules of the command line;
 * an environment block; a current directory.
 */
#include <palsuite.h>

static DWORD run(char *cmd, LPVOID env, const char *dir)
{
    STARTUPINFOA si;
    PROCESS_INFORMATION pi;
    DWORD code = 12345, thread_code = 12345;
    memset(&si, 0, sizeof(si));
    si.cb = sizeof(si);
    memset(&pi, 0, sizeof(pi));
    SetLastError(PALSUITE_SENTINEL_ERROR);
    CHECK(CreateProcessA(NULL, cmd, NULL, NULL, FALSE, 0, env, dir, &si, &pi), "CreateProcessA(%s)", cmd);
    CHECK(pi.hProcess != NULL && pi.hThread != NULL && pi.dwProcessId != 0 && pi.dwThreadId != 0,
          "PROCESS_INFORMATION not filled for %s", cmd);
    CHECK(pi.dwProcessId != GetCurrentProcessId(), "the child has our id");
    CHECK(WaitForSingleObject(pi.hProcess, 20000) == WAIT_OBJECT_0, "%s did not end", cmd);
    CHECK(WaitForSingleObject(pi.hThread, 20000) == WAIT_OBJECT_0, "%s: main thread not signalled", cmd);
    CHECK_SUCCEEDS(GetExitCodeProcess(pi.hProcess, &code), TRUE);
    CHECK_SUCCEEDS(GetExitCodeThread(pi.hThread, &thread_code), TRUE);
    CHECK(thread_code == code, "main thread's exit code %u, the process's %u", thread_code, code);
    CHECK_SUCCEEDS(CloseHandle(pi.hThread), TRUE);
    CHECK_SUCCEEDS(CloseHandle(pi.hProcess), TRUE);
    return code;
}

int main(int argc, char *argv[])
{
    char cmd[256];
    static char env[] = "PALSUITE_A=from block\0PALSUITE_B=2\0";
    FILE *f;
    DWORD code;

    PALSUITE_INIT(argc, argv);

    strcpy(cmd, "helper1 exit 7");
    CHECK((code = run(cmd, NULL, NULL)) == 7, "exit code %u, expected 7", code);
    strcpy(cmd, "helper1 exit 0");
    CHECK((code = run(cmd, NULL, NULL)) == 0, "exit code %u, expected 0", code);
    strcpy(cmd, "\"helper1\"  exit   127  ");
    CHECK((code = run(cmd, NULL, NULL)) == 127, "exit code %u, expected 127", code);

    /* Quoting: "a b" -> a b; c\\\"d -> c\"d; "" -> empty; e\\f -> e\\f;
     * "g\\" -> g\; h""i -> hi. */
    strcpy(cmd, "helper1 quoting \"a b\" c\\\\\\\"d \"\" e\\\\f \"g\\\\\" h\"\"i");
    CHECK((code = run(cmd, NULL, NULL)) == 0, "arguments split wrongly: %s", cmd);

    /* The environment: inherited without a block, only the block's with one. */
    CHECK_SUCCEEDS(SetEnvironmentVariableA("PALSUITE_INHERITED", "yes"), TRUE);
    strcpy(cmd, "helper1 env PALSUITE_INHERITED yes");
    CHECK(run(cmd, NULL, NULL) == 0, "the environment was not inherited");
    strcpy(cmd, "helper1 env PALSUITE_A \"from block\"");
    CHECK(run(cmd, env, NULL) == 0, "the environment block was not used");
    strcpy(cmd, "helper1 noenv PALSUITE_INHERITED");
    CHECK(run(cmd, env, NULL) == 0, "the child inherited our environment despite a block");

    /* The current directory: the child starts in "..", the program is still
     * found from ours. */
    f = fopen("CreateProcessA_test1.txt", "w");
    CHECK(f != NULL, "cannot create a file here");
    fclose(f);
    strcpy(cmd, "helper1 file CreateProcessA/CreateProcessA_test1.txt");
    CHECK(run(cmd, NULL, "..") == 0, "the child did not start in ..");
    strcpy(cmd, "helper1 file CreateProcessA_test1.txt");
    CHECK(run(cmd, NULL, NULL) == 0, "the child did not start in our directory");

    PAL_Terminate();
    return 0;
}
