/*
 * GetDiskFreeSpaceW on a root that does not exist (the spec allows it: "the
 * path might not exist"): the volume of its nearest existing ancestor, the
 * same figures as for that directory.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    DWORD spc1, bps1, spc2, bps2, total1, total2;

    PALSUITE_INIT(argc, argv);

    CHECK(GetDiskFreeSpaceW((const WCHAR *)u".", &spc1, &bps1, NULL, &total1), "GetDiskFreeSpaceW(.)");
    CHECK_SUCCEEDS(GetDiskFreeSpaceW((const WCHAR *)u"gdfs_none\\sub\\", &spc2, &bps2, NULL, &total2), TRUE);
    CHECK(spc1 == spc2 && bps1 == bps2 && total1 == total2, "another volume: %u/%u/%u vs %u/%u/%u", spc1, bps1,
          total1, spc2, bps2, total2);

    PAL_Terminate();
    return 0;
}
