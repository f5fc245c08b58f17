/*
 * GetDiskFreeSpaceW: for the current directory's volume (NULL) and for the
 * temporary directory, a cluster of a whole number of sectors of at least
 * 512 bytes, no more free clusters than clusters; every output is optional.
 */
#include <palsuite.h>

static void check_volume(const WCHAR *root)
{
    DWORD spc = 0, bps = 0, freec = 0, total = 0;
    CHECK_SUCCEEDS(GetDiskFreeSpaceW(root, &spc, &bps, &freec, &total), TRUE);
    CHECK(spc >= 1 && bps >= 512, "%u sectors of %u bytes", spc, bps);
    CHECK(total >= 1 && freec <= total, "%u free clusters of %u", freec, total);
}

int main(int argc, char *argv[])
{
    WCHAR temp[MAX_PATH];

    PALSUITE_INIT(argc, argv);

    check_volume(NULL);
    CHECK(GetTempPathW(MAX_PATH, temp) > 0, "GetTempPathW");
    check_volume(temp);
    CHECK_SUCCEEDS(GetDiskFreeSpaceW(temp, NULL, NULL, NULL, NULL), TRUE);

    PAL_Terminate();
    return 0;
}
