/*
 * Named events between two processes: the helper opens two auto-reset
 * events this test created and plays 1,000 rounds of ping-pong with it
 * (a SetEvent in one process wakes the waiter in the other). Then the helper
 * waits for any of an unnamed event of its own and a named manual-reset
 * event this process sets: the named one (index 1) ends it.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    WCHAR ping_name[64], pong_name[64], done_name[64];
    char arg[16];
    HANDLE ping, pong, done;
    palsuite_process helper;
    int round;

    PALSUITE_INIT(argc, argv);
    palsuite_object_name(ping_name, "palsuite.OpenEventW.ping", GetCurrentProcessId());
    palsuite_object_name(pong_name, "palsuite.OpenEventW.pong", GetCurrentProcessId());
    palsuite_object_name(done_name, "palsuite.OpenEventW.done", GetCurrentProcessId());
    ping = CreateEventW(NULL, FALSE, FALSE, ping_name);
    pong = CreateEventW(NULL, FALSE, FALSE, pong_name);
    done = CreateEventW(NULL, TRUE, FALSE, done_name);
    CHECK(ping && pong && done, "CreateEventW failed");

    palsuite_id_arg(arg, GetCurrentProcessId());
    helper = palsuite_spawn("helper1", arg);
    for (round = 0; round < 1000; round++) {
        CHECK_SUCCEEDS(SetEvent(ping), TRUE);
        CHECK(WaitForSingleObject(pong, 20000) == WAIT_OBJECT_0, "no pong in round %d", round);
    }
    CHECK_SUCCEEDS(SetEvent(done), TRUE);
    CHECK(palsuite_join(helper) == 0, "the helper failed");

    CHECK_SUCCEEDS(CloseHandle(ping), TRUE);
    CHECK_SUCCEEDS(CloseHandle(pong), TRUE);
    CHECK_SUCCEEDS(CloseHandle(done), TRUE);
    PAL_Terminate();
    return 0;
}
