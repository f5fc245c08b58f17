/*
 * _wtoi: decimal int with leading blanks and a sign; stops at a non-digit.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    if (_wtoi(u"123") != 123 || _wtoi(u"  -45abc") != -45 || _wtoi(u"+7") != 7)
        Fail("_wtoi is wrong\n");
    if (_wtoi(u"abc") != 0 || _wtoi(u"") != 0)
        Fail("_wtoi without digits is not 0\n");
    if (_wtoi(u"0x10") != 0)
        Fail("_wtoi read a hex prefix\n");
    errno = 0;
    if (_wtoi(u"99999999999") != 2147483647 || errno != ERANGE)
        Fail("_wtoi overflow did not clamp with ERANGE\n");

    PAL_Terminate();
    return 0;
}
