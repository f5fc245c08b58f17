/*
 * SetFilePointer with 64-bit distances on a sparse file larger than 4 GiB:
 * the high part moves the pointer beyond 4 GiB and comes back with the new
 * position; SetEndOfFile there makes a 5 GiB file (GetFileSize's high word);
 * data written beyond 4 GiB reads back. A valid position whose low part is
 * 0xFFFFFFFF returns INVALID_SET_FILE_POINTER with the LastError NO_ERROR.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    char name[64], buf[8];
    HANDLE h;
    DWORD n, size_high;
    LONG high;

    PALSUITE_INIT(argc, argv);
    sprintf(name, "sfp2_%u.tmp", (unsigned)GetCurrentProcessId());

    h = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "CreateFileA failed");

    /* 5 GiB. */
    high = 1;
    CHECK_SUCCEEDS(SetFilePointer(h, 0x40000000, &high, FILE_BEGIN), 0x40000000);
    CHECK(high == 1, "high part %d", high);
    CHECK_SUCCEEDS(SetEndOfFile(h), TRUE);
    size_high = 0;
    CHECK_SUCCEEDS(GetFileSize(h, &size_high), 0x40000000);
    CHECK(size_high == 1, "size high word %u", size_high);

    /* Back 16 bytes from the end, 64-bit: write there and read it back. */
    high = -1;
    CHECK_SUCCEEDS(SetFilePointer(h, -16, &high, FILE_END), 0x40000000 - 16);
    CHECK(high == 1, "high part %d", high);
    CHECK(WriteFile(h, "far away", 8, &n, NULL) && n == 8, "WriteFile beyond 4 GiB failed");
    high = 0;
    CHECK_SUCCEEDS(SetFilePointer(h, 0, &high, FILE_CURRENT), 0x40000000 - 8);
    CHECK(high == 1, "high part %d", high);
    high = 1;
    CHECK_SUCCEEDS(SetFilePointer(h, 0x40000000 - 16, &high, FILE_BEGIN), 0x40000000 - 16);
    CHECK(ReadFile(h, buf, 8, &n, NULL) && n == 8, "ReadFile beyond 4 GiB failed");
    CHECK(memcmp(buf, "far away", 8) == 0, "data beyond 4 GiB differs");
    /* The sparse part reads as zeros. */
    high = 0;
    CHECK_SUCCEEDS(SetFilePointer(h, 0x10000, &high, FILE_BEGIN), 0x10000);
    CHECK(ReadFile(h, buf, 8, &n, NULL) && n == 8, "ReadFile of a hole failed");
    CHECK(memcmp(buf, "\0\0\0\0\0\0\0\0", 8) == 0, "a hole is not zeros");

    /* Low part 0xFFFFFFFF: success told by NO_ERROR. */
    high = 0;
    SetLastError(PALSUITE_SENTINEL_ERROR);
    CHECK(SetFilePointer(h, -1, &high, FILE_BEGIN) == INVALID_SET_FILE_POINTER,
          "position 0xFFFFFFFF");
    CHECK_ERROR(NO_ERROR);
    CHECK(high == 0, "high part %d", high);
    high = 0;
    CHECK_SUCCEEDS(SetFilePointer(h, 1, &high, FILE_CURRENT), 0);
    CHECK(high == 1, "high part %d after crossing 4 GiB", high);

    /* Shrink below 4 GiB again. */
    CHECK_SUCCEEDS(SetFilePointer(h, 100, NULL, FILE_BEGIN), 100);
    CHECK_SUCCEEDS(SetEndOfFile(h), TRUE);
    size_high = 7;
    CHECK_SUCCEEDS(GetFileSize(h, &size_high), 100);
    CHECK(size_high == 0, "size high word %u", size_high);

    CHECK_SUCCEEDS(CloseHandle(h), TRUE);
    DeleteFileA(name);
    PAL_Terminate();
    return 0;
}
