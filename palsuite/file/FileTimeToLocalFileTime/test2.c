/*
 * FileTimeToLocalFileTime follows the host's TZ variable (the PAL re-reads
 * it): fixed zones east and west of UTC, and UTC itself. Setting TZ does not
 * change the zone of a Windows process, hence native only.
 */
#include <palsuite.h>

#define TICKS_PER_MINUTE 600000000LL

static LONGLONG offset_minutes(void)
{
    FILETIME utc, local;
    utc.dwHighDateTime = 0x01DA6B0A; /* a time in 2024 */
    utc.dwLowDateTime = 0x12345678;
    CHECK_SUCCEEDS(FileTimeToLocalFileTime(&utc, &local), TRUE);
    return (LONGLONG)((((ULONGLONG)local.dwHighDateTime << 32) | local.dwLowDateTime) -
                      (((ULONGLONG)utc.dwHighDateTime << 32) | utc.dwLowDateTime)) /
           TICKS_PER_MINUTE;
}

int main(int argc, char *argv[])
{
    FILETIME local, utc;

    PALSUITE_INIT(argc, argv);

    /* POSIX TZ: the offset is west of UTC, so "-5:30" is UTC+5:30. */
    CHECK(SetEnvironmentVariableA("TZ", "<+0530>-5:30"), "SetEnvironmentVariableA");
    CHECK(offset_minutes() == 330, "TZ=<+0530>-5:30: %d minutes", (int)offset_minutes());
    local.dwHighDateTime = 0x01DA6B0A;
    local.dwLowDateTime = 0x12345678;
    CHECK_SUCCEEDS(LocalFileTimeToFileTime(&local, &utc), TRUE);
    CHECK((((ULONGLONG)local.dwHighDateTime << 32) | local.dwLowDateTime) -
                  (((ULONGLONG)utc.dwHighDateTime << 32) | utc.dwLowDateTime) ==
              330 * (ULONGLONG)TICKS_PER_MINUTE,
          "LocalFileTimeToFileTime under UTC+5:30");

    CHECK(SetEnvironmentVariableA("TZ", "<-08>8"), "SetEnvironmentVariableA");
    CHECK(offset_minutes() == -480, "TZ=<-08>8: %d minutes", (int)offset_minutes());

    CHECK(SetEnvironmentVariableA("TZ", "UTC0"), "SetEnvironmentVariableA");
    CHECK(offset_minutes() == 0, "TZ=UTC0: %d minutes", (int)offset_minutes());

    PAL_Terminate();
    return 0;
}
