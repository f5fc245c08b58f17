/*
 * Handles pushed into another process the way a Win32 program does it: the
 * parent duplicates an event and its own process (GetCurrentProcess()) into
 * a running child with DuplicateHandle, remotes the values it gets
 * (PAL_LocalHandleToRemote) and passes them on (a file here); the child
 * turns them into handles (PAL_RemoteHandleToLocal) that reach the same
 * objects: it sees its parent running and sets the event the parent waits
 * on. Once with a named event, once with an unnamed one.
 */
#include <palsuite.h>

static void push(BOOL named)
{
    WCHAR name[64];
    char path[MAX_PATH], args[MAX_PATH + 32], id_arg[16];
    HANDLE ev, go, dup_ev = NULL, dup_self = NULL;
    RHANDLE r_ev, r_self;
    palsuite_process child;
    FILE *f;
    DWORD id, n;
    int rc;

    id = GetCurrentProcessId();
    palsuite_id_arg(id_arg, id);

    palsuite_object_name(name, "remote.push", id);
    ev = CreateEventW(NULL, TRUE, FALSE, named ? name : NULL);
    palsuite_object_name(name, "remote.go", id);
    go = CreateEventW(NULL, FALSE, FALSE, name);
    CHECK(ev != NULL && go != NULL, "CreateEventW failed");
    n = GetTempPathA(MAX_PATH, path);
    CHECK(n > 0 && n < MAX_PATH - 40, "GetTempPathA failed");
    _snprintf(path + n, MAX_PATH - n, "palsuite_remote_%s.txt", id_arg);
    _snprintf(args, sizeof(args), "push %s %s", id_arg, path);
    child = palsuite_spawn("helper1", args);

    CHECK_SUCCEEDS(DuplicateHandle(GetCurrentProcess(), ev, child, &dup_ev, 0, FALSE,
                                   DUPLICATE_SAME_ACCESS),
                   TRUE);
    CHECK_SUCCEEDS(DuplicateHandle(GetCurrentProcess(), GetCurrentProcess(), child, &dup_self, 0,
                                   FALSE, DUPLICATE_SAME_ACCESS),
                   TRUE);
    r_ev = PAL_LocalHandleToRemote(dup_ev);
    r_self = PAL_LocalHandleToRemote(dup_self);
    CHECK(r_ev != INVALID_HANDLE_VALUE && r_self != INVALID_HANDLE_VALUE,
          "PAL_LocalHandleToRemote failed");
    f = fopen(path, "w");
    CHECK(f != NULL, "cannot write %s", path);
    fprintf(f, "%p %p\n", (void *)r_ev, (void *)r_self);
    fclose(f);
    CHECK_SUCCEEDS(SetEvent(go), TRUE);

    CHECK_SUCCEEDS(WaitForSingleObject(ev, 20000), WAIT_OBJECT_0);
    rc = palsuite_join(child);
    CHECK(rc == 0, "the helper failed with %d (named %d)", rc, named);
    DeleteFileA(path);
    CHECK(CloseHandle(ev) && CloseHandle(go), "CloseHandle failed");
}

int main(int argc, char *argv[])
{
    PALSUITE_INIT(argc, argv);
    push(TRUE);
    push(FALSE);
    PAL_Terminate();
    return 0;
}
