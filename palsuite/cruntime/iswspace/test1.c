/*
 * iswspace, iswdigit, iswxdigit, iswupper, iswprint on ASCII and Latin-1.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    if (!iswspace(' ') || !iswspace('\t') || !iswspace('\n') || !iswspace('\r') || !iswspace(0x0B) ||
        !iswspace(0x0C) || !iswspace(0xA0))
        Fail("iswspace misses a space\n");
    if (iswspace('a') || iswspace(0) || iswspace('_'))
        Fail("iswspace of a non-space\n");

    if (!iswdigit('0') || !iswdigit('9') || iswdigit('a') || iswdigit('/') || iswdigit(':'))
        Fail("iswdigit is wrong\n");
    if (!iswxdigit('0') || !iswxdigit('a') || !iswxdigit('F') || iswxdigit('g') || iswxdigit('G'))
        Fail("iswxdigit is wrong\n");
    if (!iswupper('A') || !iswupper('Z') || !iswupper(0xC0) || iswupper('a') || iswupper('1') || iswupper(0xD7))
        Fail("iswupper is wrong\n");
    if (!iswprint('a') || !iswprint(' ') || !iswprint('~') || !iswprint(0xE9) || iswprint(0x7F) || iswprint('\n') ||
        iswprint(0x9F))
        Fail("iswprint is wrong\n");

    PAL_Terminate();
    return 0;
}
