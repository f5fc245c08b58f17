/*
 * _finite, _isnan.
 */
#include <palsuite.h>
#ifdef _WIN32
#include <float.h>
#endif

int main(int argc, char **argv)
{
    volatile double zero = 0.0;
    double inf, nan;

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    inf = 1.0 / zero;
    nan = zero / zero;
    if (!_finite(1.5) || !_finite(0.0) || !_finite(-1e308))
        Fail("_finite of a finite value is 0\n");
    if (_finite(inf) || _finite(-inf) || _finite(nan))
        Fail("_finite of inf or nan is nonzero\n");
    if (!_isnan(nan) || _isnan(inf) || _isnan(1.0))
        Fail("_isnan is wrong\n");

    PAL_Terminate();
    return 0;
}
