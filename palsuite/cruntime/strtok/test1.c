/*
 * strtok: tokens separated by runs of delimiters; NULL continues.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    char buf[32];
    char *t;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    strcpy(buf, " a  bc;d ");
    t = strtok(buf, " ;");
    if (t == NULL || strcmp(t, "a") != 0)
        Fail("first token wrong\n");
    t = strtok(NULL, " ;");
    if (t == NULL || strcmp(t, "bc") != 0)
        Fail("second token wrong\n");
    t = strtok(NULL, " ;");
    if (t == NULL || strcmp(t, "d") != 0)
        Fail("third token wrong\n");
    if (strtok(NULL, " ;") != NULL)
        Fail("token after the last\n");
    strcpy(buf, ";;;");
    if (strtok(buf, ";") != NULL)
        Fail("a string of delimiters has a token\n");

    PAL_Terminate();
    return 0;
}
