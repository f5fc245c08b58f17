/*
 * Find handles are a kind of their own: FindClose ends a search (FindNextFile
 * after it fails with ERROR_INVALID_HANDLE); CloseHandle refuses a find
 * handle; FindClose refuses INVALID_HANDLE_VALUE and a handle of another
 * kind. (A second FindClose of one handle is a use after free on Windows:
 * not tested.)
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    WIN32_FIND_DATAW data;
    HANDLE h, ev;

    PALSUITE_INIT(argc, argv);
    ev = CreateEventW(NULL, TRUE, FALSE, NULL);
    CHECK(ev != NULL, "CreateEventW failed");
    h = FindFirstFileW((const WCHAR *)u"*", &data);
    CHECK(h != INVALID_HANDLE_VALUE, "FindFirstFileW(*) failed");

    CHECK_FAILS(CloseHandle(h), FALSE, ERROR_INVALID_HANDLE);
    CHECK_SUCCEEDS(FindClose(h), TRUE);
    CHECK_FAILS(FindNextFileW(h, &data), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(FindClose(INVALID_HANDLE_VALUE), FALSE, ERROR_INVALID_HANDLE);
    CHECK_FAILS(FindClose(ev), FALSE, ERROR_INVALID_HANDLE);
    /* The event is untouched. */
    CHECK_SUCCEEDS(SetEvent(ev), TRUE);
    CHECK_SUCCEEDS(CloseHandle(ev), TRUE);
    PAL_Terminate();
    return 0;
}
