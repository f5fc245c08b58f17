/*
 * GetCommandLineW: one string for the life of the process, naming the
 * program first.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    LPWSTR line, again;
    const WCHAR *p;
    int found = 0;

    PALSUITE_INIT(argc, argv);
    line = GetCommandLineW();
    CHECK(line != NULL && line[0] != 0, "empty command line");
    again = GetCommandLineW();
    CHECK(again == line, "a second call returned another string");
    /* The program's name ("test1", whatever the directory and extension). */
    for (p = line; *p && !found; p++)
        found = p[0] == 't' && p[1] == 'e' && p[2] == 's' && p[3] == 't' && p[4] == '1';
    CHECK(found, "the command line does not name the program");
    PAL_Terminate();
    return 0;
}
