/*
 * wcschr, wcsrchr: first/last occurrence; the terminator can be searched.
 */
#include <palsuite.h>

int main(int argc, char **argv)
{
    const WCHAR *s = u"abcabc";

    if (PAL_Initialize(argc, argv) != 0)
        return 1;

    if (wcschr(s, 'b') != s + 1 || wcsrchr(s, 'b') != s + 4)
        Fail("wcschr/wcsrchr found the wrong 'b'\n");
    if (wcschr(s, 'z') != NULL || wcsrchr(s, 'z') != NULL)
        Fail("a missing char was found\n");
    if (wcschr(s, 0) != s + 6 || wcsrchr(s, 0) != s + 6)
        Fail("the terminator was not found at the end\n");
    if (wcschr(u"\xFFFF\x1234", 0x1234) == NULL)
        Fail("wcschr of a non-ASCII char failed\n");

    PAL_Terminate();
    return 0;
}
