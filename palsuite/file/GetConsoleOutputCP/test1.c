/*
 * GetConsoleOutputCP: the console's code page, the same for input and output; for the
 * PAL, UTF-8 (CP_UTF8), what a Unix terminal speaks. A Windows process
 * without a console (the test runner's) gets 0.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    UINT cp;

    PALSUITE_INIT(argc, argv);

    cp = GetConsoleOutputCP();
    CHECK(cp == GetConsoleCP(), "GetConsoleOutputCP() = %u, GetConsoleCP() = %u", cp, GetConsoleCP());
#ifndef _WIN32
    CHECK(cp == CP_UTF8, "code page %u", cp);
#endif

    PAL_Terminate();
    return 0;
}
