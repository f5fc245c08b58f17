/*
 * GetFullPathNameA: the current directory joined to a relative name,
 * separators and "."/".." resolved and trailing dots dropped, whether the
 * name exists or not; lpFilePart at the last component (NULL after a
 * trailing separator); a short buffer gets nothing and the size needed with
 * the NUL; "" fails; an ANSI name longer than MAX_PATH is
 * ERROR_FILENAME_EXCED_RANGE.
 */
#include <palsuite.h>

#ifdef _WIN32
#define SEP "\\"
#else
#define SEP "/"
#endif

int main(int argc, char *argv[])
{
    char cwd[1024], buf[1024], expected[1024];
    char *part;
    DWORD n, len;

    PALSUITE_INIT(argc, argv);

    n = GetCurrentDirectoryA(sizeof(cwd), cwd);
    CHECK(n > 0, "GetCurrentDirectoryA");

    sprintf(expected, "%s" SEP "gfpa_none" SEP "b.txt", cwd);
    len = (DWORD)strlen(expected);
    part = NULL;
    CHECK_SUCCEEDS(GetFullPathNameA("gfpa_none\\b.txt", sizeof(buf), buf, &part), len);
    CHECK(strcmp(buf, expected) == 0, "\"%s\", expected \"%s\"", buf, expected);
    CHECK(part == buf + len - 5, "lpFilePart at %d", (int)(part - buf));

    CHECK_SUCCEEDS(GetFullPathNameA(".\\x\\..\\gfpa_none/z\\..\\\\b.txt.", sizeof(buf), buf, NULL), len);
    CHECK(strcmp(buf, expected) == 0, "\"%s\", expected \"%s\"", buf, expected);

    /* Exactly enough room, then one less. */
    CHECK_SUCCEEDS(GetFullPathNameA("gfpa_none\\b.txt", len + 1, buf, &part), len);
    memset(buf, 'Z', sizeof(buf));
    part = (char *)1;
    CHECK_SUCCEEDS(GetFullPathNameA("gfpa_none\\b.txt", len, buf, &part), len + 1);
    CHECK(buf[0] == 'Z' && buf[len - 1] == 'Z', "a short buffer was written");
    CHECK_SUCCEEDS(GetFullPathNameA("gfpa_none\\b.txt", 0, NULL, NULL), len + 1);

    /* A trailing separator stays and leaves no file part. */
    sprintf(expected, "%s" SEP "gfpa_dir" SEP, cwd);
    part = (char *)1;
    CHECK_SUCCEEDS(GetFullPathNameA("gfpa_dir\\", sizeof(buf), buf, &part), (DWORD)strlen(expected));
    CHECK(strcmp(buf, expected) == 0, "\"%s\", expected \"%s\"", buf, expected);
    CHECK(part == NULL, "lpFilePart set after a trailing separator");

    /* "." is the current directory, an absolute name stays itself. */
    CHECK_SUCCEEDS(GetFullPathNameA(".", sizeof(buf), buf, NULL), n);
    CHECK(strcmp(buf, cwd) == 0, "\".\" gives \"%s\"", buf);
    CHECK_SUCCEEDS(GetFullPathNameA(cwd, sizeof(buf), buf, NULL), n);
    CHECK(strcmp(buf, cwd) == 0, "the current directory gives \"%s\"", buf);

    CHECK(GetFullPathNameA("", sizeof(buf), buf, &part) == 0, "\"\" accepted");
    memset(expected, 'y', 300);
    expected[300] = '\0';
    CHECK_FAILS(GetFullPathNameA(expected, sizeof(buf), buf, NULL), 0, ERROR_FILENAME_EXCED_RANGE);

    PAL_Terminate();
    return 0;
}
