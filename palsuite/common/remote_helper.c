/*
 * The helper program of the handle-remoting tests (each folder's helper1.c
 * includes this file), started by them with CreateProcess:
 *   helper1 sleep                      sleeps until killed (at most 60 s)
 *   helper1 pull PPID IN OUT MUTEX PROC
 *       takes four handles of its parent PPID the way a Win32 program does:
 *       PAL_RemoteHandleToLocal on each cookie, then DuplicateHandle from the
 *       parent into itself. Checks that PROC (a running process) is not
 *       signalled and that MUTEX is owned (by the parent), sets the event
 *       OUT, waits for the event IN, takes MUTEX, sets OUT again, waits for
 *       PROC to end, then dies holding MUTEX (exit code 137).
 *   helper1 push ID FILE
 *       waits for the event "remote.go.ID", reads two cookies from FILE (made
 *       by its parent from handles it duplicated into this process), checks
 *       that the second (its parent) is running and sets the first (an event).
 * Any failure exits with a code of its own (10 and up).
 */
#include <palsuite.h>

static ULONG_PTR helper_parse(const char *s)
{
    ULONG_PTR v = 0;
    for (; *s && *s != ' ' && *s != '\n' && *s != '\r'; s++) {
        int d = *s >= '0' && *s <= '9'   ? *s - '0'
                : *s >= 'a' && *s <= 'f' ? *s - 'a' + 10
                : *s >= 'A' && *s <= 'F' ? *s - 'A' + 10
                                         : -1;
        if (d < 0)
            return 0;
        v = v * 16 + (ULONG_PTR)d;
    }
    return v;
}

/* The parent's handle behind `cookie`, as a handle of this process. */
static HANDLE helper_take(HANDLE parent, const char *cookie)
{
    HANDLE remote = PAL_RemoteHandleToLocal((RHANDLE)helper_parse(cookie));
    HANDLE local = NULL;
    if (remote == INVALID_HANDLE_VALUE)
        return NULL;
    if (!DuplicateHandle(parent, remote, GetCurrentProcess(), &local, 0, FALSE,
                         DUPLICATE_SAME_ACCESS))
        return NULL;
    return local;
}

static int helper_pull(char *argv[])
{
    HANDLE parent = OpenProcess(PROCESS_DUP_HANDLE, FALSE, (DWORD)helper_parse(argv[2]));
    HANDLE in, out, mutex, proc;
    if (!parent)
        return 10;
    in = helper_take(parent, argv[3]);
    out = helper_take(parent, argv[4]);
    mutex = helper_take(parent, argv[5]);
    proc = helper_take(parent, argv[6]);
    if (!in || !out || !mutex || !proc)
        return 11;
    if (WaitForSingleObject(proc, 0) != WAIT_TIMEOUT)
        return 12;
    if (WaitForSingleObject(mutex, 0) != WAIT_TIMEOUT)
        return 18; /* the parent owns it */
    if (!SetEvent(out))
        return 19;
    if (WaitForSingleObject(in, 20000) != WAIT_OBJECT_0)
        return 13;
    if (WaitForSingleObject(mutex, 20000) != WAIT_OBJECT_0)
        return 14;
    if (!SetEvent(out))
        return 15;
    if (WaitForSingleObject(proc, 20000) != WAIT_OBJECT_0)
        return 16;
    palsuite_kill_self(); /* owning the mutex: it is abandoned */
    return 17;
}

static int helper_push(char *argv[])
{
    WCHAR name[64];
    char line[128];
    char *second;
    HANDLE go, ev, parent;
    FILE *f;
    palsuite_object_name(name, "remote.go", palsuite_parse_id(argv[2]));
    go = OpenEventW(EVENT_ALL_ACCESS, FALSE, name);
    if (!go)
        return 20;
    if (WaitForSingleObject(go, 20000) != WAIT_OBJECT_0)
        return 21;
    f = fopen(argv[3], "r");
    if (!f)
        return 22;
    if (!fgets(line, sizeof(line), f)) {
        fclose(f);
        return 23;
    }
    fclose(f);
    second = strchr(line, ' ');
    if (!second)
        return 24;
    ev = PAL_RemoteHandleToLocal((RHANDLE)helper_parse(line));
    parent = PAL_RemoteHandleToLocal((RHANDLE)helper_parse(second + 1));
    if (ev == INVALID_HANDLE_VALUE || parent == INVALID_HANDLE_VALUE)
        return 25;
    if (WaitForSingleObject(parent, 0) != WAIT_TIMEOUT)
        return 26;
    if (!SetEvent(ev))
        return 27;
    if (!CloseHandle(ev) || !CloseHandle(parent) || !CloseHandle(go))
        return 28;
    return 0;
}

int main(int argc, char *argv[])
{
    if (PAL_Initialize(argc, argv) != 0)
        return 98;
    if (argc == 2 && strcmp(argv[1], "sleep") == 0) {
        Sleep(60000);
        return 99;
    }
    if (argc == 7 && strcmp(argv[1], "pull") == 0)
        return helper_pull(argv);
    if (argc == 4 && strcmp(argv[1], "push") == 0)
        return helper_push(argv);
    return 96;
}
