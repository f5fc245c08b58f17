/*
 * PAL_Initialize / PAL_Terminate: the PAL counts its clients. Two
 * initialisations return 0 (the second ignores argc/argv), the PAL keeps working
 * after the first PAL_Terminate, and the second one ends the last client.
 */
#include <palsuite.h>

/* One use of the PAL: an event that is signalled on creation. */
static void use_the_pal(const char *when)
{
    HANDLE h = CreateEventW(NULL, TRUE, TRUE, NULL);

    CHECK(h != NULL, "CreateEventW failed %s", when);
    CHECK(WaitForSingleObject(h, 0) == WAIT_OBJECT_0, "the event is not signalled %s", when);
    CHECK(CloseHandle(h), "CloseHandle failed %s", when);
}

int main(int argc, char *argv[])
{
    int rc;

    rc = PAL_Initialize(argc, argv);
    CHECK(rc == 0, "the first PAL_Initialize returned %d", rc);
    use_the_pal("after the first PAL_Initialize");

    /* A second client: calls after the first ignore argc/argv. */
    rc = PAL_Initialize(0, NULL);
    CHECK(rc == 0, "the second PAL_Initialize returned %d", rc);
    use_the_pal("after the second PAL_Initialize");

    PAL_Terminate();
    use_the_pal("after one of two PAL_Terminate calls");

    PAL_Terminate();
    return 0;
}
