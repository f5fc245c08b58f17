/*
 * MoveFileExW across file systems (here: to /dev/shm, a tmpfs, when it is
 * another file system than the test's directory): ERROR_NOT_SAME_DEVICE
 * without MOVEFILE_COPY_ALLOWED; with it the file is copied (content and
 * all) and the original deleted; an existing target is still
 * ERROR_ALREADY_EXISTS without MOVEFILE_REPLACE_EXISTING. Flags the PAL
 * cannot honour (MOVEFILE_DELAY_UNTIL_REBOOT) and a NULL target are
 * ERROR_INVALID_PARAMETER.
 */
#include <palsuite.h>

int main(int argc, char *argv[])
{
    WCHAR target[64];
    char ntarget[64];
    FILE *f;
    int i;

    PALSUITE_INIT(argc, argv);

    f = fopen("mfx2_src", "w");
    CHECK(f != NULL, "fopen");
    fputs("moved", f);
    fclose(f);
    CHECK_FAILS(MoveFileExW((const WCHAR *)u"mfx2_src", NULL, 0), FALSE, ERROR_INVALID_PARAMETER);
    CHECK_FAILS(MoveFileExW((const WCHAR *)u"mfx2_src", (const WCHAR *)u"mfx2_x", MOVEFILE_DELAY_UNTIL_REBOOT),
                FALSE, ERROR_INVALID_PARAMETER);

    if (GetFileAttributesA("/dev/shm") != FILE_ATTRIBUTE_DIRECTORY) {
        Trace("no /dev/shm: cross-device moves not tested\n");
    } else {
        sprintf(ntarget, "/dev/shm/mfx2_%u", GetCurrentProcessId());
        for (i = 0; ntarget[i]; i++)
            target[i] = (WCHAR)ntarget[i];
        target[i] = 0;
        SetLastError(0);
        if (!MoveFileExW((const WCHAR *)u"mfx2_src", target, 0)) {
            CHECK_ERROR(ERROR_NOT_SAME_DEVICE);
            CHECK_SUCCEEDS(MoveFileExW((const WCHAR *)u"mfx2_src", target, MOVEFILE_COPY_ALLOWED), TRUE);
        } else {
            Trace("/dev/shm is on the same file system: moved by rename\n");
        }
        CHECK_FAILS(GetFileAttributesA("mfx2_src"), INVALID_FILE_ATTRIBUTES, ERROR_FILE_NOT_FOUND);
        f = fopen(ntarget, "r");
        CHECK(f != NULL, "the target is missing");
        CHECK(fread(ntarget, 1, 5, f) == 5 && ntarget[0] == 'm', "the content did not move");
        fclose(f);
        sprintf(ntarget, "/dev/shm/mfx2_%u", GetCurrentProcessId());

        /* Back, onto an existing file. */
        f = fopen("mfx2_src", "w");
        CHECK(f != NULL, "fopen");
        fclose(f);
        CHECK_FAILS(MoveFileExW(target, (const WCHAR *)u"mfx2_src", MOVEFILE_COPY_ALLOWED), FALSE,
                    ERROR_ALREADY_EXISTS);
        CHECK_SUCCEEDS(MoveFileExW(target, (const WCHAR *)u"mfx2_src",
                                   MOVEFILE_COPY_ALLOWED | MOVEFILE_REPLACE_EXISTING), TRUE);
        CHECK_FAILS(GetFileAttributesW(target), INVALID_FILE_ATTRIBUTES, ERROR_FILE_NOT_FOUND);
    }
    CHECK(DeleteFileA("mfx2_src"), "DeleteFileA");

    PAL_Terminate();
    return 0;
}
