/*
 * atof: decimal text, including the 'd' exponent the spec requires ("1.5d+2").
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    if (atof("1.5") != 1.5 || atof("  -0.25xyz") != -0.25 || atof("1e3") != 1000.0)
        Fail("atof of simple values is wrong\n");
    if (atof("1.5d+2") != 150.0 || atof("2D2") != 200.0 || atof("25d-1") != 2.5)
        Fail("atof with a 'd' exponent is wrong: %f\n", atof("1.5d+2"));
    if (atof("abc") != 0.0 || atof("") != 0.0)
        Fail("atof without digits is not 0\n");

    PAL_Terminate();
    return 0;
}
