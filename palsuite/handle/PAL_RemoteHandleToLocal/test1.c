/*
 * Handles passed to another process the way a Win32 program pulls them: the
 * parent gives the child the cookies of an event pair, a mutex and a
 * running process (PAL_LocalHandleToRemote); the child turns each into a
 * handle (PAL_RemoteHandleToLocal, then DuplicateHandle from its parent into
 * itself) that reaches the same object: the events signal across, the child
 * finds the mutex owned by the parent until its last release, then owns it
 * itself (the parent cannot take it) and dies holding it (the parent's next
 * wait gets WAIT_ABANDONED), and the child sees the process end when the
 * parent terminates it. Once with named objects, once with unnamed ones and
 * the mutex owned twice when it is remoted.
 */
#include <palsuite.h>

static void cookie_arg(char *buf, HANDLE h)
{
    RHANDLE r = PAL_LocalHandleToRemote(h);
    CHECK(r != INVALID_HANDLE_VALUE, "PAL_LocalHandleToRemote(%p) failed", h);
    _snprintf(buf, 24, "%p", (void *)r);
}

static void pull(BOOL named)
{
    WCHAR name[64];
    char args[256], in_arg[24], out_arg[24], mutex_arg[24], proc_arg[24];
    HANDLE in, out, mutex, sleeper;
    palsuite_process child;
    DWORD id;
    int rc;

    id = GetCurrentProcessId();

    palsuite_object_name(name, "remote.in", id);
    in = CreateEventW(NULL, FALSE, FALSE, named ? name : NULL);
    palsuite_object_name(name, "remote.out", id);
    out = CreateEventW(NULL, FALSE, FALSE, named ? name : NULL);
    palsuite_object_name(name, "remote.mutex", id);
    mutex = CreateMutexW(NULL, TRUE, named ? name : NULL);
    CHECK(in != NULL && out != NULL && mutex != NULL, "creating the objects failed");
    if (!named)
        CHECK_SUCCEEDS(WaitForSingleObject(mutex, 0), WAIT_OBJECT_0);
    sleeper = palsuite_spawn("helper1", "sleep");

    cookie_arg(in_arg, in);
    cookie_arg(out_arg, out);
    cookie_arg(mutex_arg, mutex);
    cookie_arg(proc_arg, sleeper);
    _snprintf(args, sizeof(args), "pull %x %s %s %s %s", id, in_arg, out_arg, mutex_arg,
              proc_arg);
    child = palsuite_spawn("helper1", args);

    /* The child sees the mutex owned (by us, once or twice), sets `out`,
     * waits for `in`, takes the mutex, then sets `out` again. */
    CHECK_SUCCEEDS(WaitForSingleObject(out, 20000), WAIT_OBJECT_0);
    if (!named) {
        CHECK_SUCCEEDS(ReleaseMutex(mutex), TRUE);
        CHECK_SUCCEEDS(WaitForSingleObject(out, 0), WAIT_TIMEOUT);
    }
    CHECK_SUCCEEDS(ReleaseMutex(mutex), TRUE);
    CHECK_SUCCEEDS(SetEvent(in), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(out, 20000), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(mutex, 0), WAIT_TIMEOUT);

    /* The child sees the process end, then dies owning the mutex. */
    CHECK_SUCCEEDS(TerminateProcess(sleeper, 5), TRUE);
    rc = palsuite_join(child);
    CHECK(rc == 137, "the helper ended with %d, not killed (137)", rc);
    CHECK_SUCCEEDS(WaitForSingleObject(mutex, 20000), WAIT_ABANDONED);
    CHECK_SUCCEEDS(ReleaseMutex(mutex), TRUE);
    rc = palsuite_join(sleeper);
    CHECK(rc == 5, "the sleeper ended with %d, not 5", rc);

    CHECK(CloseHandle(in) && CloseHandle(out) && CloseHandle(mutex), "CloseHandle failed");
}

int main(int argc, char *argv[])
{
    PALSUITE_INIT(argc, argv);
    pull(TRUE);
    pull(FALSE);
    PAL_Terminate();
    return 0;
}
