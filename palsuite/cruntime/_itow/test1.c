/*
 * _itow, _i64tow, _ui64tow: a '-' only in radix 10; other radixes print the
 * two's complement (32-bit for _itow); lowercase digits.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    WCHAR buf[80];

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    if (_itow(-255, buf, 10) != buf || wcscmp(buf, u"-255") != 0)
        Fail("_itow(-255, 10) gave \"%S\"\n", buf);
    _itow(-255, buf, 16);
    if (wcscmp(buf, u"ffffff01") != 0)
        Fail("_itow(-255, 16) gave \"%S\"\n", buf);
    _itow(0, buf, 2);
    if (wcscmp(buf, u"0") != 0)
        Fail("_itow(0) gave \"%S\"\n", buf);
    _itow(35, buf, 36);
    if (wcscmp(buf, u"z") != 0)
        Fail("_itow(35, 36) gave \"%S\"\n", buf);
    _itow(2147483647, buf, 10);
    if (wcscmp(buf, u"2147483647") != 0)
        Fail("_itow(INT_MAX) gave \"%S\"\n", buf);

    if (_i64tow(-1234567890123LL, buf, 10) != buf || wcscmp(buf, u"-1234567890123") != 0)
        Fail("_i64tow(10) gave \"%S\"\n", buf);
    _i64tow(-255, buf, 16);
    if (wcscmp(buf, u"ffffffffffffff01") != 0)
        Fail("_i64tow(-255, 16) gave \"%S\"\n", buf);
    _i64tow(5, buf, 2);
    if (wcscmp(buf, u"101") != 0)
        Fail("_i64tow(5, 2) gave \"%S\"\n", buf);

    if (_ui64tow(18446744073709551615ULL, buf, 10) != buf || wcscmp(buf, u"18446744073709551615") != 0)
        Fail("_ui64tow(max) gave \"%S\"\n", buf);
    _ui64tow(0xABCDEFULL, buf, 16);
    if (wcscmp(buf, u"abcdef") != 0)
        Fail("_ui64tow(16) gave \"%S\"\n", buf);

    PAL_Terminate();
    return 0;
}
