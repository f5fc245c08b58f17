/*
 * CreateEventW, a name too long for the namespace: the spec lets the PAL
 * fail when the name and its uniqueness string (at most 50 characters)
 * exceed MAX_PATH, with ERROR_FILENAME_EXCED_RANGE. A name of MAX_PATH - 50
 * characters always fits. (Windows itself allows far longer names: native
 * only.)
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    WCHAR name[MAX_PATH + 8];
    HANDLE h;
    int i;

    PALSUITE_INIT(argc, argv);
    for (i = 0; i < MAX_PATH + 1; i++)
        name[i] = (WCHAR)('a' + i % 26);
    name[MAX_PATH + 1] = 0;
    CHECK_FAILS(CreateEventW(NULL, FALSE, FALSE, name), NULL, ERROR_FILENAME_EXCED_RANGE);
    CHECK_FAILS(OpenEventW(EVENT_ALL_ACCESS, FALSE, name), NULL, ERROR_FILENAME_EXCED_RANGE);

    palsuite_object_name(name, "palsuite.CreateEventW.test3", GetCurrentProcessId());
    for (i = 0; name[i]; i++)
        ;
    for (; i < MAX_PATH - 50; i++)
        name[i] = 'x';
    name[i] = 0;
    SetLastError(PALSUITE_SENTINEL_ERROR);
    h = CreateEventW(NULL, FALSE, FALSE, name);
    CHECK(h != NULL, "CreateEventW with a name of %d characters failed", i);
    CHECK_ERROR(ERROR_SUCCESS);
    CHECK_SUCCEEDS(CloseHandle(h), TRUE);
    PAL_Terminate();
    return 0;
}
