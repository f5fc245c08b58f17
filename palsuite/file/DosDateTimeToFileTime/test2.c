/*
 * DosDateTimeToFileTime: February 29th exists only in leap years; in 2001
 * (and 2100, a century year not divisible by 400) it fails.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    FILETIME f;

    PALSUITE_INIT(argc, argv);

    CHECK(DosDateTimeToFileTime((WORD)(((2000 - 1980) << 9) | (2 << 5) | 29), 0, &f),
          "2000-02-29 refused");
    CHECK(!DosDateTimeToFileTime((WORD)(((2001 - 1980) << 9) | (2 << 5) | 29), 0, &f),
          "2001-02-29 accepted");
    CHECK(!DosDateTimeToFileTime((WORD)(((2100 - 1980) << 9) | (2 << 5) | 29), 0, &f),
          "2100-02-29 accepted");

    PAL_Terminate();
    return 0;
}
