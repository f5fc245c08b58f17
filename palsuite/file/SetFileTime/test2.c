/*
 * SetFileTime through a handle without write access fails with
 * ERROR_ACCESS_DENIED (it needs FILE_WRITE_ATTRIBUTES, which GENERIC_READ
 * does not carry), and the time stays.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    char name[64];
    HANDLE h, r;
    FILETIME t, w1, w2;

    PALSUITE_INIT(argc, argv);
    sprintf(name, "sft2_%u.tmp", (unsigned)GetCurrentProcessId());
    t.dwHighDateTime = 0x01c00000;
    t.dwLowDateTime = 0x12345670;

    h = CreateFileA(name, GENERIC_WRITE, FILE_SHARE_READ, NULL, CREATE_ALWAYS, 0, NULL);
    CHECK(h != INVALID_HANDLE_VALUE, "CreateFileA failed");
    r = CreateFileA(name, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_EXISTING, 0,
                    NULL);
    CHECK(r != INVALID_HANDLE_VALUE, "second CreateFileA failed");
    CHECK(GetFileTime(r, NULL, NULL, &w1), "GetFileTime failed");
    CHECK_FAILS(SetFileTime(r, NULL, NULL, &t), FALSE, ERROR_ACCESS_DENIED);
    CHECK(GetFileTime(r, NULL, NULL, &w2), "GetFileTime failed");
    CHECK(w1.dwLowDateTime == w2.dwLowDateTime && w1.dwHighDateTime == w2.dwHighDateTime,
          "the time changed");
    CHECK_SUCCEEDS(CloseHandle(r), TRUE);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);

    DeleteFileA(name);
    PAL_Terminate();
    return 0;
}
