/*
 * codepage.c - the code pages of file names and of the console:
 * AreFileApisANSI, GetConsoleCP, GetConsoleOutputCP.
 *
 * The PAL's narrow strings are UTF-8 (unicode.h): file names of the A
 * functions are in the ANSI code page, which is UTF-8, and so is what a Unix
 * terminal reads and writes.
 */
#include "internal.h"

BOOL PALAPI AreFileApisANSI(void)
{
    PAL_TRACE_ENTER(AreFileApisANSI, "");
    return PAL_TRACE_RETURN(AreFileApisANSI, BOOL, "%d", TRUE);
}

UINT PALAPI GetConsoleCP(void)
{
    PAL_TRACE_ENTER(GetConsoleCP, "");
    return PAL_TRACE_RETURN(GetConsoleCP, UINT, "%u", CP_UTF8);
}

UINT PALAPI GetConsoleOutputCP(void)
{
    PAL_TRACE_ENTER(GetConsoleOutputCP, "");
    return PAL_TRACE_RETURN(GetConsoleOutputCP, UINT, "%u", CP_UTF8);
}
