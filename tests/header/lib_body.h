/*
 * lib_body.h - what library code does with both worlds in scope: system
 * stdio/sockets/time next to the PAL's Win32 types and PAL_ names. Included by
 * lib_before.c and lib_after.c only.
 */
int lib_sample(PAL_FILE *pal_stream, struct PAL_sockaddr *pal_addr, int fd);
int lib_sample(PAL_FILE *pal_stream, struct PAL_sockaddr *pal_addr, int fd)
{
    /* System side. */
    FILE *f = stdout;
    struct sockaddr_in sin;
    fd_set set;
    struct timeval tv = {0, 0};
    struct tm tmv;
    time_t now = time(NULL);
    va_list *unused_ap = NULL;
    wchar_t wide[4] = L"abc";

    memset(&sin, 0, sizeof(sin));
    sin.sin_family = AF_INET;
    sin.sin_addr.s_addr = htonl(INADDR_ANY);
    FD_ZERO(&set);
    FD_SET(fd, &set);
    select(fd + 1, &set, NULL, NULL, &tv);
    tmv = *localtime(&now);
    errno = ERANGE;
    fprintf(f, "%ls %d %f\n", wide, SOL_SOCKET, sqrt(2.0));
    (void)unused_ap;

    /* PAL side: Winsock layouts and values under PAL_ names. */
    struct PAL_sockaddr_in psin;
    PAL_fd_set pset;
    struct PAL_timeval ptv = {1, 0};
    struct PAL_tm ptm;
    PAL_time_t pnow = 0;
    WSADATA wsa;
    CONTEXT ctx;
    HANDLE h = CreateEventW(NULL, TRUE, FALSE, NULL);

    psin.sin_family = PAL_AF_INET;
    psin.sin_addr.S_un.S_addr = PAL_INADDR_ANY;
    PAL_FD_ZERO(&pset);
    PAL_FD_SET((SOCKET)fd, &pset);
    if (PAL_FD_ISSET((SOCKET)fd, &pset))
        PAL_FD_CLR((SOCKET)fd, &pset);
    ptm.tm_year = (int)pnow;
    ctx.ContextFlags = CONTEXT_FULL;
    if (PAL_select(0, &pset, NULL, NULL, &ptv) == SOCKET_ERROR && PAL_SOL_SOCKET == 0xffff)
        PAL_fprintf(pal_stream, "%ws\n", u"x");
    WaitForSingleObject(h, INFINITE);
    CloseHandle(h);
    return WSAStartup(0x0202, &wsa) + ptm.tm_year + tmv.tm_year + (int)ctx.ContextFlags +
           PAL_bind(0, pal_addr, (int)sizeof(psin)) + (int)PAL_wcslen(u"x") + *PAL_errno();
}
