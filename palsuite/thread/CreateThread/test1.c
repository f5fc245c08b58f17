/*
 * CreateThread: the start routine runs in a new thread with its parameter;
 * *lpThreadId is written before the routine runs (spec CreateThread: the new
 * thread finds its GetCurrentThreadId() already in the global it points to);
 * the new thread starts with a LastError of 0; success leaves the creator's
 * LastError alone. The handle is waitable: not signalled while the thread
 * runs, signalled once it has ended and from then on, and closing it does
 * not stop the thread. A 1 MiB dwStackSize gives a stack that holds 512 KiB
 * of frames. 64 threads at once get distinct ids and each one's return value
 * becomes its exit code.
 */
#include <palsuite.h>

#define MAGIC_PARAMETER ((LPVOID)(ULONG_PTR)0x5eed1234)

/* Written by CreateThread, read by the new thread. */
static volatile DWORD published_id;
static volatile DWORD seen_id;
static volatile DWORD seen_published_id;
static volatile LPVOID seen_parameter;
static volatile DWORD seen_last_error = 0xffffffffu;

static DWORD PALAPI check_identity(LPVOID parameter)
{
    seen_parameter = parameter;
    seen_last_error = GetLastError();
    seen_id = GetCurrentThreadId();
    seen_published_id = published_id;
    return 17;
}

/* Blocks until the event it is given is set; then sets the second one. */
static HANDLE go_event, done_event;

static DWORD PALAPI wait_for_go(LPVOID parameter)
{
    (void)parameter;
    if (WaitForSingleObject(go_event, INFINITE) != WAIT_OBJECT_0)
        return 1;
    SetEvent(done_event);
    return 0;
}

/* Recursion over 2 KiB frames: depth 256 is 512 KiB of stack. */
static int use_stack(int depth)
{
    volatile char frame[2048];
    int i, sum = 0;
    for (i = 0; i < (int)sizeof(frame); i += 256)
        frame[i] = (char)(depth + i);
    if (depth > 0)
        sum = use_stack(depth - 1);
    for (i = 0; i < (int)sizeof(frame); i += 256)
        sum += frame[i] == (char)(depth + i);
    return sum;
}

static DWORD PALAPI deep_recursion(LPVOID parameter)
{
    (void)parameter;
    return (DWORD)use_stack(256);
}

#define MANY 64
static volatile DWORD many_ids[MANY];

static DWORD PALAPI record_id(LPVOID parameter)
{
    DWORD index = (DWORD)(ULONG_PTR)parameter;
    many_ids[index] = GetCurrentThreadId();
    return 1000 + index;
}

int main(int argc, char *argv[])
{
    HANDLE thread, handles[MANY];
    DWORD code, ids[MANY];
    int i, j;

    PALSUITE_INIT(argc, argv);

    /* Parameter, id, LastError. */
    published_id = 0;
    SetLastError(PALSUITE_SENTINEL_ERROR);
    thread = CreateThread(NULL, 0, check_identity, MAGIC_PARAMETER, 0, (LPDWORD)&published_id);
    CHECK(thread != NULL, "CreateThread failed");
    CHECK_ERROR(PALSUITE_SENTINEL_ERROR);
    CHECK(published_id != 0, "CreateThread wrote no thread id");
    CHECK(published_id != GetCurrentThreadId(), "the new thread has the creator's id %u", published_id);
    CHECK_SUCCEEDS(WaitForSingleObject(thread, INFINITE), WAIT_OBJECT_0);
    CHECK(seen_parameter == MAGIC_PARAMETER, "the start routine got %p, not its parameter",
          seen_parameter);
    CHECK(seen_id == published_id, "the thread's GetCurrentThreadId() is %u, *lpThreadId is %u",
          seen_id, published_id);
    CHECK(seen_published_id == seen_id,
          "*lpThreadId read %u inside the thread, which is %u: not written before it ran",
          seen_published_id, seen_id);
    CHECK(seen_last_error == 0, "a new thread starts with LastError %u", seen_last_error);
    /* Signalled for good. */
    CHECK_SUCCEEDS(WaitForSingleObject(thread, 0), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(WaitForSingleObject(thread, INFINITE), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(GetExitCodeThread(thread, &code), TRUE);
    CHECK(code == 17, "exit code %u, expected the start routine's 17", code);
    CHECK_SUCCEEDS(CloseHandle(thread), TRUE);

    /* Not signalled while it runs; closing the handle does not stop it. */
    go_event = CreateEventW(NULL, TRUE, FALSE, NULL);
    done_event = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(go_event != NULL && done_event != NULL, "CreateEventW failed");
    thread = CreateThread(NULL, 0, wait_for_go, NULL, 0, NULL);
    CHECK(thread != NULL, "CreateThread failed");
    CHECK_SUCCEEDS(WaitForSingleObject(thread, 0), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(WaitForSingleObject(thread, 20), WAIT_TIMEOUT);
    CHECK_SUCCEEDS(CloseHandle(thread), TRUE);
    CHECK_SUCCEEDS(SetEvent(go_event), TRUE);
    CHECK_SUCCEEDS(WaitForSingleObject(done_event, INFINITE), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(CloseHandle(go_event), TRUE);
    CHECK_SUCCEEDS(CloseHandle(done_event), TRUE);

    /* dwStackSize is honoured as a minimum. */
    thread = CreateThread(NULL, 1024 * 1024, deep_recursion, NULL, 0, NULL);
    CHECK(thread != NULL, "CreateThread with a 1 MiB stack failed");
    CHECK_SUCCEEDS(WaitForSingleObject(thread, INFINITE), WAIT_OBJECT_0);
    CHECK_SUCCEEDS(GetExitCodeThread(thread, &code), TRUE);
    CHECK(code == 257 * 8, "the recursion found %u intact frame marks, expected %u", code, 257 * 8);
    CHECK_SUCCEEDS(CloseHandle(thread), TRUE);

    /* Many at once. */
    for (i = 0; i < MANY; i++) {
        handles[i] = CreateThread(NULL, 0, record_id, (LPVOID)(ULONG_PTR)i, 0, &ids[i]);
        CHECK(handles[i] != NULL, "CreateThread #%d failed", i);
    }
    for (i = 0; i < MANY; i++) {
        CHECK_SUCCEEDS(WaitForSingleObject(handles[i], INFINITE), WAIT_OBJECT_0);
        CHECK_SUCCEEDS(GetExitCodeThread(handles[i], &code), TRUE);
        CHECK(code == 1000u + i, "thread #%d exited with %u", i, code);
        CHECK(many_ids[i] == ids[i], "thread #%d ran as %u, CreateThread said %u", i, many_ids[i],
              ids[i]);
        CHECK(ids[i] != GetCurrentThreadId(), "thread #%d has the creator's id", i);
        for (j = 0; j < i; j++)
            CHECK(ids[i] != ids[j], "threads #%d and #%d both have id %u", j, i, ids[i]);
        CHECK_SUCCEEDS(CloseHandle(handles[i]), TRUE);
    }

    PAL_Terminate();
    return 0;
}
