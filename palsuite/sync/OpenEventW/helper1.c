/*
 * Helper of OpenEventW/test2 (argument: the test's id): answers each ping
 * with a pong, then waits for the named "done" event next to an unnamed one.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    WCHAR ping_name[64], pong_name[64], done_name[64];
    HANDLE ping, pong, waits[2];
    DWORD id;
    int round;

    PALSUITE_INIT(argc, argv);
    CHECK(argc == 2, "usage: helper1 <id>");
    id = palsuite_parse_id(argv[1]);
    palsuite_object_name(ping_name, "palsuite.OpenEventW.ping", id);
    palsuite_object_name(pong_name, "palsuite.OpenEventW.pong", id);
    palsuite_object_name(done_name, "palsuite.OpenEventW.done", id);
    ping = OpenEventW(EVENT_ALL_ACCESS, FALSE, ping_name);
    pong = OpenEventW(EVENT_ALL_ACCESS, FALSE, pong_name);
    waits[0] = CreateEventW(NULL, TRUE, FALSE, NULL);
    waits[1] = OpenEventW(EVENT_ALL_ACCESS, FALSE, done_name);
    CHECK(ping && pong && waits[0] && waits[1], "OpenEventW failed");

    for (round = 0; round < 1000; round++) {
        CHECK(WaitForSingleObject(ping, 20000) == WAIT_OBJECT_0, "no ping in round %d", round);
        CHECK_SUCCEEDS(SetEvent(pong), TRUE);
    }
    CHECK_SUCCEEDS(WaitForMultipleObjects(2, waits, FALSE, 20000), WAIT_OBJECT_0 + 1);

    CloseHandle(ping);
    CloseHandle(pong);
    CloseHandle(waits[0]);
    CloseHandle(waits[1]);
    PAL_Terminate();
    return 0;
}
