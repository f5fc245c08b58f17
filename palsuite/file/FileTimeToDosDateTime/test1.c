/*
 * FileTimeToDosDateTime: splits a FILETIME into MS-DOS date and time words
 * (date: day | month << 5 | (year - 1980) << 9; time: seconds / 2 | minute << 5
 * | hour << 11), no time zone involved, rounding down to 2 seconds; dates
 * from 1980 to 2107 (past 2037 and 2038 included). Earlier times and
 * FILETIMEs with the high bit set fail with ERROR_INVALID_PARAMETER and leave
 * the outputs alone.
 */
#include <palsuite.h>

static FILETIME ft(ULONGLONG t)
{
    FILETIME f;
    f.dwLowDateTime = (DWORD)t;
    f.dwHighDateTime = (DWORD)(t >> 32);
    return f;
}

static void check_dos(ULONGLONG t, WORD date, WORD time)
{
    FILETIME f = ft(t);
    WORD d = 0x1234, tm = 0x5678;
    SetLastError(PALSUITE_SENTINEL_ERROR);
    if (!FileTimeToDosDateTime(&f, &d, &tm))
        Fail("FileTimeToDosDateTime(%08x%08x) failed with %u", f.dwHighDateTime, f.dwLowDateTime,
             GetLastError());
    CHECK_ERROR(PALSUITE_SENTINEL_ERROR);
    if (d != date || tm != time)
        Fail("FileTimeToDosDateTime(%08x%08x) = %04x %04x, expected %04x %04x", f.dwHighDateTime,
             f.dwLowDateTime, d, tm, date, time);
}

static void check_bad(ULONGLONG t)
{
    FILETIME f = ft(t);
    WORD d = 0x1234, tm = 0x5678;
    CHECK_FAILS(FileTimeToDosDateTime(&f, &d, &tm), FALSE, ERROR_INVALID_PARAMETER);
    CHECK(d == 0x1234 && tm == 0x5678, "outputs changed on failure (%08x%08x)", f.dwHighDateTime,
          f.dwLowDateTime);
}

int main(int argc, char *argv[])
{
    PALSUITE_INIT(argc, argv);

    check_dos(119600064000000000ULL, 0x0021, 0x0000); /* 1980-01-01 00:00:00 */
    check_dos(119600064019999999ULL, 0x0021, 0x0000); /* 1.9999999 s rounds down */
    check_dos(119600064020000000ULL, 0x0021, 0x0001); /* 00:00:02 */
    check_dos(133536879300000000ULL, 0x585D, 0x6DAF); /* 2024-02-29 13:45:30 */
    check_dos(137903903980000000ULL, 0x739F, 0xBF7D); /* 2037-12-31 23:59:58 */
    check_dos(138678354000000000ULL, 0x78CF, 0x43C0); /* 2040-06-15 08:30:00 */
    check_dos(125963424000000000ULL, 0x2861, 0x0000); /* 2000-03-01 */
    check_dos(159992927980000000ULL, 0xFF9F, 0xBF7D); /* 2107-12-31 23:59:58, the last */
    check_dos(159992927999999999ULL, 0xFF9F, 0xBF7D);

    check_bad(119600063999999999ULL); /* just before 1980 */
    check_bad(116444736000000000ULL); /* 1970-01-01 */
    check_bad(0);
    check_bad(0x8000000000000000ULL);
    check_bad(0xFFFFFFFFFFFFFFFFULL);

#ifndef _WIN32
    {
        /* Windows faults on NULL; the PAL refuses it. */
        FILETIME f = ft(119600064000000000ULL);
        WORD w;
        CHECK_FAILS(FileTimeToDosDateTime(NULL, &w, &w), FALSE, ERROR_INVALID_PARAMETER);
        CHECK_FAILS(FileTimeToDosDateTime(&f, NULL, &w), FALSE, ERROR_INVALID_PARAMETER);
        CHECK_FAILS(FileTimeToDosDateTime(&f, &w, NULL), FALSE, ERROR_INVALID_PARAMETER);
    }
#endif

    PAL_Terminate();
    return 0;
}
