/*
 * _rotl, _rotr: 32-bit rotations; the shift is taken modulo 32.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    if (_rotl(0x80000001u, 1) != 3u || _rotr(0x80000001u, 1) != 0xC0000000u)
        Fail("rotation by 1 is wrong\n");
    if (_rotl(0x12345678u, 0) != 0x12345678u || _rotl(0x12345678u, 32) != 0x12345678u)
        Fail("rotation by 0 or 32 changed the value\n");
    if (_rotl(1u, 33) != 2u || _rotr(1u, 33) != 0x80000000u)
        Fail("the shift is not taken modulo 32\n");
    if (_rotl(0x12345678u, 8) != 0x34567812u || _rotr(0x12345678u, 8) != 0x78123456u)
        Fail("rotation by 8 is wrong\n");

    PAL_Terminate();
    return 0;
}
