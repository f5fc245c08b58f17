/*
 * CreateDirectoryW: creates a directory (nested, non-ASCII names too); a name
 * already taken is ERROR_ALREADY_EXISTS; a missing parent, NULL and ""
 * ERROR_PATH_NOT_FOUND.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    PALSUITE_INIT(argc, argv);

    CHECK_SUCCEEDS(CreateDirectoryW((const WCHAR *)u"cdw", NULL), TRUE);
    CHECK_SUCCEEDS(CreateDirectoryW((const WCHAR *)u"cdw\\\u00e9t\u00e9", NULL), TRUE);
    CHECK(GetFileAttributesW((const WCHAR *)u"cdw/\u00e9t\u00e9") == FILE_ATTRIBUTE_DIRECTORY,
          "not a directory");
    CHECK_FAILS(CreateDirectoryW((const WCHAR *)u"cdw", NULL), FALSE, ERROR_ALREADY_EXISTS);
    CHECK_FAILS(CreateDirectoryW((const WCHAR *)u"cdw\\\u00e9t\u00e9", NULL), FALSE, ERROR_ALREADY_EXISTS);
    CHECK_FAILS(CreateDirectoryW((const WCHAR *)u"cdw_none\\x", NULL), FALSE, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(CreateDirectoryW(NULL, NULL), FALSE, ERROR_PATH_NOT_FOUND);
    CHECK_FAILS(CreateDirectoryW((const WCHAR *)u"", NULL), FALSE, ERROR_PATH_NOT_FOUND);

    CHECK(RemoveDirectoryW((const WCHAR *)u"cdw\\\u00e9t\u00e9"), "RemoveDirectoryW");
    CHECK(RemoveDirectoryW((const WCHAR *)u"cdw"), "RemoveDirectoryW");

    PAL_Terminate();
    return 0;
}
