/*
 * PAL_GetPALDirectoryW: a fully qualified directory with a trailing separator
 * ('/' natively, '\' on Win32); a buffer one character too short, or empty,
 * fails with ERROR_INSUFFICIENT_BUFFER, and so does a NULL buffer (no room).
 */
#include <palsuite.h>

#define BUF_CHARS 4096

/* The length of a string in a BUF_CHARS buffer; BUF_CHARS if unterminated. */
static UINT wide_length(const WCHAR *s)
{
    UINT n = 0;

    while (n < BUF_CHARS && s[n] != 0)
        n++;
    return n;
}

int main(int argc, char *argv[])
{
    WCHAR dir[BUF_CHARS], exact[BUF_CHARS];
    UINT len, i;

    PALSUITE_INIT(argc, argv);

    for (i = 0; i < BUF_CHARS; i++)
        dir[i] = 'x';
    CHECK_SUCCEEDS(PAL_GetPALDirectoryW(dir, BUF_CHARS), TRUE);
    len = wide_length(dir);
    CHECK(len < BUF_CHARS, "the directory name is not terminated");
    Trace("PAL directory: %ws (%u characters)\n", dir, len);
    CHECK(len > 0, "the PAL directory is empty");
    CHECK(dir[len - 1] == '/' || dir[len - 1] == '\\', "no trailing separator in \"%ws\"", dir);
    CHECK(dir[0] == '/' || (dir[0] == '\\' && dir[1] == '\\') ||
          (len >= 3 && dir[1] == ':' && dir[2] == '\\'),
          "\"%ws\" is not fully qualified", dir);

    /* Exactly enough room: the length plus the terminator. */
    for (i = 0; i < BUF_CHARS; i++)
        exact[i] = 'x';
    CHECK_SUCCEEDS(PAL_GetPALDirectoryW(exact, len + 1), TRUE);
    for (i = 0; i <= len; i++)
        CHECK(exact[i] == dir[i], "with a buffer of %u characters, character %u differs", len + 1, i);

    /* No room for the terminator; no room at all. */
    CHECK_FAILS(PAL_GetPALDirectoryW(exact, len), FALSE, ERROR_INSUFFICIENT_BUFFER);
    CHECK_FAILS(PAL_GetPALDirectoryW(exact, 1), FALSE, ERROR_INSUFFICIENT_BUFFER);
    CHECK_FAILS(PAL_GetPALDirectoryW(exact, 0), FALSE, ERROR_INSUFFICIENT_BUFFER);

    CHECK_FAILS(PAL_GetPALDirectoryW(NULL, 0), FALSE, ERROR_INSUFFICIENT_BUFFER);
    CHECK_FAILS(PAL_GetPALDirectoryW(NULL, BUF_CHARS), FALSE, ERROR_INSUFFICIENT_BUFFER);

    PAL_Terminate();
    return 0;
}
