/*
 * FileTimeToDosDateTime: a date after 2107 has no MS-DOS form (7 bits of
 * years from 1980) and fails with ERROR_INVALID_PARAMETER, the outputs left
 * alone.
 */
#include <palsuite.h>

static void check_bad(ULONGLONG t)
{
    FILETIME f;
    WORD d = 0x1234, tm = 0x5678;
    f.dwLowDateTime = (DWORD)t;
    f.dwHighDateTime = (DWORD)(t >> 32);
    CHECK_FAILS(FileTimeToDosDateTime(&f, &d, &tm), FALSE, ERROR_INVALID_PARAMETER);
    CHECK(d == 0x1234 && tm == 0x5678, "outputs changed on failure");
}

int main(int argc, char *argv[])
{
    PALSUITE_INIT(argc, argv);

    check_bad(159992928000000000ULL);  /* 2108-01-01 00:00:00 */
    check_bad(0x7FFFFFFFFFFFFFFFULL); /* year 30828 */

    PAL_Terminate();
    return 0;
}
