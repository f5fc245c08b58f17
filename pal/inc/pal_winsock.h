/*
 * pal_winsock.h - Winsock 1.1 and the Winsock 2 subset of the spec
 * ("Wsock32.dll, Ws2_32.dll"), with Winsock layouts and values.
 *
 * Naming scheme. Winsock reuses the BSD names with other layouts and values,
 * and the library must include <sys/socket.h> & co. next to this header. So:
 *   - every structure is declared once, under a PAL_ tag (struct PAL_sockaddr,
 *     struct PAL_in_addr, PAL_fd_set, ...); the Winsock typedefs (SOCKADDR,
 *     HOSTENT, TIMEVAL, WSADATA, ...) exist in both modes;
 *   - a constant whose name a system header also uses (AF_, PF_, SOCK_,
 *     IPPROTO_, INADDR_, SOL_, SO_, SOMAXCONN, MSG_, IP_, TCP_, FIO*, SIOC*,
 *     FD_SETSIZE) is defined as PAL_<NAME>; the others under their own name;
 *   - the Winsock 1.1 functions (group "winsock" of api-list.tsv: socket, bind,
 *     select, ..., most of which libc also has) are exported as PAL_<name>,
 *     closesocket included so the rule has no exception; the Winsock 2 ones
 *     (WSA*, ioctlsocket) keep their names;
 *   - client mode (no PAL_IMPLEMENTATION) adds the Winsock spellings as macros
 *     (struct sockaddr, SOL_SOCKET, socket(), FD_SET(), u_long, htons(), ...),
 *     at the end of this file, after every declaration.
 * So each function has a single declaration, and library code says
 * struct PAL_sockaddr / PAL_SOL_SOCKET where a client says sockaddr / SOL_SOCKET.
 *
 * Included by rotor_pal.h only, inside its extern "C" block.
 */
#ifndef PAL_WINSOCK_H
#define PAL_WINSOCK_H

#ifndef ROTOR_PAL_H_INSIDE
#error "include rotor_pal.h, not pal_winsock.h"
#endif

/* ---- Basic types and values ---- */

/* SOCKET (UINT_PTR) is in pal_mstypes.h. */
typedef unsigned int GROUP;
typedef USHORT ADDRESS_FAMILY;
typedef HANDLE WSAEVENT, *LPWSAEVENT;

#define INVALID_SOCKET ((SOCKET)(~0))
#define SOCKET_ERROR (-1)
#define WSA_INVALID_EVENT ((WSAEVENT)NULL)
/* WSASend/WSARecv: the overlapped operation is under way (ERROR_IO_PENDING). */
#ifndef WSA_IO_PENDING
#define WSA_IO_PENDING 997L
#endif

/* Winsock errors are the thread's LastError. */
#define WSAGetLastError() GetLastError()
#define WSASetLastError(iError) SetLastError((DWORD)(iError))

#define WSADESCRIPTION_LEN 256
#define WSASYS_STATUS_LEN 128
#define WSAPROTOCOL_LEN 255
#define MAX_PROTOCOL_CHAIN 7
#define MAXGETHOSTSTRUCT 1024

/* ---- Constants that collide with system headers: PAL_ names ---- */

#define PAL_AF_UNSPEC 0
#define PAL_AF_UNIX 1
#define PAL_AF_INET 2
#define PAL_AF_INET6 23
#define PAL_PF_UNSPEC PAL_AF_UNSPEC
#define PAL_PF_UNIX PAL_AF_UNIX
#define PAL_PF_INET PAL_AF_INET
#define PAL_PF_INET6 PAL_AF_INET6

#define PAL_SOCK_STREAM 1
#define PAL_SOCK_DGRAM 2
#define PAL_SOCK_RAW 3
#define PAL_SOCK_RDM 4
#define PAL_SOCK_SEQPACKET 5

#define PAL_IPPROTO_IP 0
#define PAL_IPPROTO_ICMP 1
#define PAL_IPPROTO_IGMP 2
#define PAL_IPPROTO_TCP 6
#define PAL_IPPROTO_UDP 17
#define PAL_IPPROTO_IPV6 41
#define PAL_IPPROTO_RAW 255

/* Host byte order values, as Winsock defines them (htonl them for sin_addr). */
#define PAL_INADDR_ANY ((ULONG)0x00000000)
#define PAL_INADDR_LOOPBACK ((ULONG)0x7f000001)
#define PAL_INADDR_BROADCAST ((ULONG)0xffffffff)
#define PAL_INADDR_NONE ((ULONG)0xffffffff)

/* getsockopt/setsockopt level SOL_SOCKET. */
#define PAL_SOL_SOCKET 0xffff
#define PAL_SO_DEBUG 0x0001
#define PAL_SO_ACCEPTCONN 0x0002
#define PAL_SO_REUSEADDR 0x0004
#define PAL_SO_KEEPALIVE 0x0008
#define PAL_SO_DONTROUTE 0x0010
#define PAL_SO_BROADCAST 0x0020
#define PAL_SO_USELOOPBACK 0x0040
#define PAL_SO_LINGER 0x0080
#define PAL_SO_OOBINLINE 0x0100
#define PAL_SO_DONTLINGER ((int)(~PAL_SO_LINGER))
#define PAL_SO_EXCLUSIVEADDRUSE ((int)(~PAL_SO_REUSEADDR))
#define PAL_SO_SNDBUF 0x1001
#define PAL_SO_RCVBUF 0x1002
#define PAL_SO_SNDLOWAT 0x1003
#define PAL_SO_RCVLOWAT 0x1004
#define PAL_SO_SNDTIMEO 0x1005
#define PAL_SO_RCVTIMEO 0x1006
#define PAL_SO_ERROR 0x1007
#define PAL_SO_TYPE 0x1008

/* Level IPPROTO_IP (the Winsock 2 values). */
#define PAL_IP_OPTIONS 1
#define PAL_IP_HDRINCL 2
#define PAL_IP_TOS 3
#define PAL_IP_TTL 4
#define PAL_IP_MULTICAST_IF 9
#define PAL_IP_MULTICAST_TTL 10
#define PAL_IP_MULTICAST_LOOP 11
#define PAL_IP_ADD_MEMBERSHIP 12
#define PAL_IP_DROP_MEMBERSHIP 13
#define PAL_IP_DONTFRAGMENT 14

/* Level IPPROTO_TCP. */
#define PAL_TCP_NODELAY 0x0001

#define PAL_SOMAXCONN 0x7fffffff

/* send/recv flags. */
#define PAL_MSG_OOB 0x1
#define PAL_MSG_PEEK 0x2
#define PAL_MSG_DONTROUTE 0x4
#define PAL_MSG_WAITALL 0x8
#define PAL_MSG_PARTIAL 0x8000

/* ioctlsocket commands: Winsock's _IOR('f', 127, u_long) and friends. */
#define PAL_FIONREAD ((LONG)0x4004667F)
#define PAL_FIONBIO ((LONG)0x8004667E)
#define PAL_FIOASYNC ((LONG)0x8004667D)
#define PAL_SIOCATMARK ((LONG)0x40047307)

/* ---- Constants with no system counterpart ---- */

/* shutdown how. */
#define SD_RECEIVE 0x00
#define SD_SEND 0x01
#define SD_BOTH 0x02

/* WSAEventSelect network events. */
#define FD_READ_BIT 0
#define FD_WRITE_BIT 1
#define FD_OOB_BIT 2
#define FD_ACCEPT_BIT 3
#define FD_CONNECT_BIT 4
#define FD_CLOSE_BIT 5
#define FD_QOS_BIT 6
#define FD_GROUP_QOS_BIT 7
#define FD_ROUTING_INTERFACE_CHANGE_BIT 8
#define FD_ADDRESS_LIST_CHANGE_BIT 9
#define FD_MAX_EVENTS 10
#define FD_READ (1 << FD_READ_BIT)
#define FD_WRITE (1 << FD_WRITE_BIT)
#define FD_OOB (1 << FD_OOB_BIT)
#define FD_ACCEPT (1 << FD_ACCEPT_BIT)
#define FD_CONNECT (1 << FD_CONNECT_BIT)
#define FD_CLOSE (1 << FD_CLOSE_BIT)
#define FD_QOS (1 << FD_QOS_BIT)
#define FD_GROUP_QOS (1 << FD_GROUP_QOS_BIT)
#define FD_ROUTING_INTERFACE_CHANGE (1 << FD_ROUTING_INTERFACE_CHANGE_BIT)
#define FD_ADDRESS_LIST_CHANGE (1 << FD_ADDRESS_LIST_CHANGE_BIT)
#define FD_ALL_EVENTS ((1 << FD_MAX_EVENTS) - 1)

/* WSASocket dwFlags. */
#define WSA_FLAG_OVERLAPPED 0x01
#define WSA_FLAG_MULTIPOINT_C_ROOT 0x02
#define WSA_FLAG_MULTIPOINT_C_LEAF 0x04
#define WSA_FLAG_MULTIPOINT_D_ROOT 0x08
#define WSA_FLAG_MULTIPOINT_D_LEAF 0x10

/* ---- Structures (Winsock layouts under PAL_ tags) ---- */

struct PAL_in_addr {
    union {
        struct {
            UCHAR s_b1, s_b2, s_b3, s_b4;
        } S_un_b;
        struct {
            USHORT s_w1, s_w2;
        } S_un_w;
        ULONG S_addr; /* network byte order */
    } S_un;
};
typedef struct PAL_in_addr IN_ADDR, *PIN_ADDR, *LPIN_ADDR;

struct PAL_sockaddr {
    ADDRESS_FAMILY sa_family;
    CHAR sa_data[14];
};
typedef struct PAL_sockaddr SOCKADDR, *PSOCKADDR, *LPSOCKADDR;

struct PAL_sockaddr_in {
    ADDRESS_FAMILY sin_family;
    USHORT sin_port; /* network byte order */
    struct PAL_in_addr sin_addr;
    CHAR sin_zero[8];
};
typedef struct PAL_sockaddr_in SOCKADDR_IN, *PSOCKADDR_IN, *LPSOCKADDR_IN;

struct PAL_hostent {
    char *h_name;
    char **h_aliases;
    short h_addrtype;
    short h_length;
    char **h_addr_list;
};
typedef struct PAL_hostent HOSTENT, *PHOSTENT, *LPHOSTENT;

/* Win32 long is 32 bits, so both fields are LONG. */
struct PAL_timeval {
    LONG tv_sec;
    LONG tv_usec;
};
typedef struct PAL_timeval TIMEVAL, *PTIMEVAL, *LPTIMEVAL;

struct PAL_linger {
    USHORT l_onoff;
    USHORT l_linger;
};
typedef struct PAL_linger LINGER, *PLINGER, *LPLINGER;

struct PAL_ip_mreq {
    struct PAL_in_addr imr_multiaddr;
    struct PAL_in_addr imr_interface;
};
typedef struct PAL_ip_mreq IP_MREQ, *PIP_MREQ;

/*
 * A Winsock fd_set is a counted array of SOCKETs, not a bitmap. A client may
 * define FD_SETSIZE before including rotor_pal.h to enlarge it; the library
 * reads only fd_count entries.
 */
#ifndef PAL_FD_SETSIZE
#if !defined(PAL_IMPLEMENTATION) && defined(FD_SETSIZE)
#define PAL_FD_SETSIZE FD_SETSIZE
#else
#define PAL_FD_SETSIZE 64
#endif
#endif

typedef struct PAL_fd_set {
    UINT fd_count;
    SOCKET fd_array[PAL_FD_SETSIZE];
} PAL_fd_set, *PPAL_fd_set;
typedef PAL_fd_set *PFD_SET, *LPFD_SET;

/* Winsock's FD_SET adds a socket once, FD_CLR keeps the array packed. */
static inline void PAL_fd_set_add(SOCKET fd, PAL_fd_set *set)
{
    UINT i;

    for (i = 0; i < set->fd_count; i++)
        if (set->fd_array[i] == fd)
            return;
    if (set->fd_count < PAL_FD_SETSIZE)
        set->fd_array[set->fd_count++] = fd;
}

static inline void PAL_fd_set_remove(SOCKET fd, PAL_fd_set *set)
{
    UINT i;

    for (i = 0; i < set->fd_count; i++) {
        if (set->fd_array[i] == fd) {
            for (; i + 1 < set->fd_count; i++)
                set->fd_array[i] = set->fd_array[i + 1];
            set->fd_count--;
            return;
        }
    }
}

static inline int PAL_fd_set_contains(SOCKET fd, const PAL_fd_set *set)
{
    UINT i;

    for (i = 0; i < set->fd_count; i++)
        if (set->fd_array[i] == fd)
            return 1;
    return 0;
}

#define PAL_FD_SET(fd, set) PAL_fd_set_add((SOCKET)(fd), (set))
#define PAL_FD_CLR(fd, set) PAL_fd_set_remove((SOCKET)(fd), (set))
#define PAL_FD_ISSET(fd, set) PAL_fd_set_contains((SOCKET)(fd), (set))
#define PAL_FD_ZERO(set) ((void)((set)->fd_count = 0))

/* The Win64 WSADATA: the counts and vendor pointer come before the strings. */
typedef struct WSAData {
    WORD wVersion;
    WORD wHighVersion;
    unsigned short iMaxSockets;
    unsigned short iMaxUdpDg;
    char *lpVendorInfo;
    char szDescription[WSADESCRIPTION_LEN + 1];
    char szSystemStatus[WSASYS_STATUS_LEN + 1];
} WSADATA, *LPWSADATA;

typedef struct _WSABUF {
    ULONG len;
    CHAR *buf;
} WSABUF, *LPWSABUF;

typedef struct _OVERLAPPED WSAOVERLAPPED, *LPWSAOVERLAPPED;

typedef void(PALAPI *LPWSAOVERLAPPED_COMPLETION_ROUTINE)(DWORD dwError, DWORD cbTransferred,
                                                        LPWSAOVERLAPPED lpOverlapped,
                                                        DWORD dwFlags);

typedef struct _WSANETWORKEVENTS {
    LONG lNetworkEvents;
    int iErrorCode[FD_MAX_EVENTS];
} WSANETWORKEVENTS, *LPWSANETWORKEVENTS;

typedef struct _WSAPROTOCOLCHAIN {
    int ChainLen;
    DWORD ChainEntries[MAX_PROTOCOL_CHAIN];
} WSAPROTOCOLCHAIN, *LPWSAPROTOCOLCHAIN;

typedef struct _WSAPROTOCOL_INFOA {
    DWORD dwServiceFlags1;
    DWORD dwServiceFlags2;
    DWORD dwServiceFlags3;
    DWORD dwServiceFlags4;
    DWORD dwProviderFlags;
    GUID ProviderId;
    DWORD dwCatalogEntryId;
    WSAPROTOCOLCHAIN ProtocolChain;
    int iVersion;
    int iAddressFamily;
    int iMaxSockAddr;
    int iMinSockAddr;
    int iSocketType;
    int iProtocol;
    int iProtocolMaxOffset;
    int iNetworkByteOrder;
    int iSecurityScheme;
    DWORD dwMessageSize;
    DWORD dwProviderReserved;
    CHAR szProtocol[WSAPROTOCOL_LEN + 1];
} WSAPROTOCOL_INFOA, *LPWSAPROTOCOL_INFOA;

/* ---- Winsock 1.1 (exported as PAL_<name>) ---- */

PALIMPORT struct PAL_hostent *PALAPI PAL_gethostbyname(const char *name);
PALIMPORT struct PAL_hostent *PALAPI PAL_gethostbyaddr(const char *addr, int len, int type);
PALIMPORT int PALAPI PAL_gethostname(char *name, int namelen);
PALIMPORT ULONG PALAPI PAL_inet_addr(const char *cp);
PALIMPORT int PALAPI PAL_getpeername(SOCKET s, struct PAL_sockaddr *name, int *namelen);
PALIMPORT int PALAPI PAL_getsockopt(SOCKET s, int level, int optname, char *optval,
                                    int *optlen);
PALIMPORT int PALAPI PAL_setsockopt(SOCKET s, int level, int optname, const char *optval,
                                    int optlen);
PALIMPORT int PALAPI PAL_connect(SOCKET s, const struct PAL_sockaddr *name, int namelen);
PALIMPORT int PALAPI PAL_send(SOCKET s, const char *buf, int len, int flags);
PALIMPORT int PALAPI PAL_recv(SOCKET s, char *buf, int len, int flags);
PALIMPORT int PALAPI PAL_closesocket(SOCKET s);
PALIMPORT SOCKET PALAPI PAL_accept(SOCKET s, struct PAL_sockaddr *addr, int *addrlen);
PALIMPORT int PALAPI PAL_listen(SOCKET s, int backlog);
PALIMPORT int PALAPI PAL_bind(SOCKET s, const struct PAL_sockaddr *name, int namelen);
PALIMPORT int PALAPI PAL_shutdown(SOCKET s, int how);
PALIMPORT int PALAPI PAL_sendto(SOCKET s, const char *buf, int len, int flags,
                                const struct PAL_sockaddr *to, int tolen);
PALIMPORT int PALAPI PAL_recvfrom(SOCKET s, char *buf, int len, int flags,
                                  struct PAL_sockaddr *from, int *fromlen);
PALIMPORT int PALAPI PAL_getsockname(SOCKET s, struct PAL_sockaddr *name, int *namelen);
PALIMPORT int PALAPI PAL_select(int nfds, PAL_fd_set *readfds, PAL_fd_set *writefds,
                                PAL_fd_set *exceptfds, const struct PAL_timeval *timeout);
PALIMPORT SOCKET PALAPI PAL_socket(int af, int type, int protocol);

/* ---- Winsock 2 ---- */

PALIMPORT int PALAPI WSAStartup(WORD wVersionRequested, LPWSADATA lpWSAData);
PALIMPORT int PALAPI WSACleanup(void);
PALIMPORT int PALAPI WSASend(SOCKET s, LPWSABUF lpBuffers, DWORD dwBufferCount,
                             LPDWORD lpNumberOfBytesSent, DWORD dwFlags,
                             LPWSAOVERLAPPED lpOverlapped,
                             LPWSAOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine);
PALIMPORT int PALAPI WSASendTo(SOCKET s, LPWSABUF lpBuffers, DWORD dwBufferCount,
                               LPDWORD lpNumberOfBytesSent, DWORD dwFlags,
                               const struct PAL_sockaddr *lpTo, int iTolen,
                               LPWSAOVERLAPPED lpOverlapped,
                               LPWSAOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine);
PALIMPORT int PALAPI WSARecv(SOCKET s, LPWSABUF lpBuffers, DWORD dwBufferCount,
                             LPDWORD lpNumberOfBytesRecvd, LPDWORD lpFlags,
                             LPWSAOVERLAPPED lpOverlapped,
                             LPWSAOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine);
PALIMPORT int PALAPI WSARecvFrom(SOCKET s, LPWSABUF lpBuffers, DWORD dwBufferCount,
                                 LPDWORD lpNumberOfBytesRecvd, LPDWORD lpFlags,
                                 struct PAL_sockaddr *lpFrom, LPINT lpFromlen,
                                 LPWSAOVERLAPPED lpOverlapped,
                                 LPWSAOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine);
PALIMPORT int PALAPI WSAEventSelect(SOCKET s, WSAEVENT hEventObject, LONG lNetworkEvents);
PALIMPORT int PALAPI WSAEnumNetworkEvents(SOCKET s, WSAEVENT hEventObject,
                                          LPWSANETWORKEVENTS lpNetworkEvents);
PALIMPORT SOCKET PALAPI WSASocketA(int af, int type, int protocol,
                                   LPWSAPROTOCOL_INFOA lpProtocolInfo, GROUP g, DWORD dwFlags);
PALIMPORT int PALAPI WSAIoctl(SOCKET s, DWORD dwIoControlCode, LPVOID lpvInBuffer,
                              DWORD cbInBuffer, LPVOID lpvOutBuffer, DWORD cbOutBuffer,
                              LPDWORD lpcbBytesReturned, LPWSAOVERLAPPED lpOverlapped,
                              LPWSAOVERLAPPED_COMPLETION_ROUTINE lpCompletionRoutine);
PALIMPORT int PALAPI ioctlsocket(SOCKET s, LONG cmd, ULONG *argp);

#ifndef UNICODE
typedef WSAPROTOCOL_INFOA WSAPROTOCOL_INFO;
typedef LPWSAPROTOCOL_INFOA LPWSAPROTOCOL_INFO;
#define WSASocket WSASocketA
#endif

/* ---- Client mode: the Winsock spellings ---- */

#ifndef PAL_IMPLEMENTATION

typedef UCHAR u_char;
typedef USHORT u_short;
typedef UINT u_int;
typedef ULONG u_long; /* 32 bits, as on Windows */

#define in_addr PAL_in_addr
#define sockaddr PAL_sockaddr
#define sockaddr_in PAL_sockaddr_in
#define hostent PAL_hostent
#define timeval PAL_timeval
#define linger PAL_linger
#define ip_mreq PAL_ip_mreq
#define fd_set PAL_fd_set

/* in_addr and hostent field shorthands. */
#define s_addr S_un.S_addr
#define s_host S_un.S_un_b.s_b2
#define s_net S_un.S_un_b.s_b1
#define s_imp S_un.S_un_w.s_w2
#define s_impno S_un.S_un_b.s_b4
#define s_lh S_un.S_un_b.s_b3
#define h_addr h_addr_list[0]

#ifndef FD_SETSIZE
#define FD_SETSIZE PAL_FD_SETSIZE
#endif
#define FD_SET(fd, set) PAL_FD_SET(fd, set)
#define FD_CLR(fd, set) PAL_FD_CLR(fd, set)
#define FD_ISSET(fd, set) PAL_FD_ISSET(fd, set)
#define FD_ZERO(set) PAL_FD_ZERO(set)

/* Byte order (x86-64 is little-endian); no library symbol, as with _alloca. */
#define htons(x) ((u_short)__builtin_bswap16((u_short)(x)))
#define ntohs(x) ((u_short)__builtin_bswap16((u_short)(x)))
#define htonl(x) ((u_long)__builtin_bswap32((u_long)(x)))
#define ntohl(x) ((u_long)__builtin_bswap32((u_long)(x)))

#define AF_UNSPEC PAL_AF_UNSPEC
#define AF_UNIX PAL_AF_UNIX
#define AF_INET PAL_AF_INET
#define AF_INET6 PAL_AF_INET6
#define PF_UNSPEC PAL_PF_UNSPEC
#define PF_UNIX PAL_PF_UNIX
#define PF_INET PAL_PF_INET
#define PF_INET6 PAL_PF_INET6
#define SOCK_STREAM PAL_SOCK_STREAM
#define SOCK_DGRAM PAL_SOCK_DGRAM
#define SOCK_RAW PAL_SOCK_RAW
#define SOCK_RDM PAL_SOCK_RDM
#define SOCK_SEQPACKET PAL_SOCK_SEQPACKET
#define IPPROTO_IP PAL_IPPROTO_IP
#define IPPROTO_ICMP PAL_IPPROTO_ICMP
#define IPPROTO_IGMP PAL_IPPROTO_IGMP
#define IPPROTO_TCP PAL_IPPROTO_TCP
#define IPPROTO_UDP PAL_IPPROTO_UDP
#define IPPROTO_IPV6 PAL_IPPROTO_IPV6
#define IPPROTO_RAW PAL_IPPROTO_RAW
#define INADDR_ANY PAL_INADDR_ANY
#define INADDR_LOOPBACK PAL_INADDR_LOOPBACK
#define INADDR_BROADCAST PAL_INADDR_BROADCAST
#define INADDR_NONE PAL_INADDR_NONE
#define SOL_SOCKET PAL_SOL_SOCKET
#define SO_DEBUG PAL_SO_DEBUG
#define SO_ACCEPTCONN PAL_SO_ACCEPTCONN
#define SO_REUSEADDR PAL_SO_REUSEADDR
#define SO_KEEPALIVE PAL_SO_KEEPALIVE
#define SO_DONTROUTE PAL_SO_DONTROUTE
#define SO_BROADCAST PAL_SO_BROADCAST
#define SO_USELOOPBACK PAL_SO_USELOOPBACK
#define SO_LINGER PAL_SO_LINGER
#define SO_OOBINLINE PAL_SO_OOBINLINE
#define SO_DONTLINGER PAL_SO_DONTLINGER
#define SO_EXCLUSIVEADDRUSE PAL_SO_EXCLUSIVEADDRUSE
#define SO_SNDBUF PAL_SO_SNDBUF
#define SO_RCVBUF PAL_SO_RCVBUF
#define SO_SNDLOWAT PAL_SO_SNDLOWAT
#define SO_RCVLOWAT PAL_SO_RCVLOWAT
#define SO_SNDTIMEO PAL_SO_SNDTIMEO
#define SO_RCVTIMEO PAL_SO_RCVTIMEO
#define SO_ERROR PAL_SO_ERROR
#define SO_TYPE PAL_SO_TYPE
#define IP_OPTIONS PAL_IP_OPTIONS
#define IP_HDRINCL PAL_IP_HDRINCL
#define IP_TOS PAL_IP_TOS
#define IP_TTL PAL_IP_TTL
#define IP_MULTICAST_IF PAL_IP_MULTICAST_IF
#define IP_MULTICAST_TTL PAL_IP_MULTICAST_TTL
#define IP_MULTICAST_LOOP PAL_IP_MULTICAST_LOOP
#define IP_ADD_MEMBERSHIP PAL_IP_ADD_MEMBERSHIP
#define IP_DROP_MEMBERSHIP PAL_IP_DROP_MEMBERSHIP
#define IP_DONTFRAGMENT PAL_IP_DONTFRAGMENT
#define TCP_NODELAY PAL_TCP_NODELAY
#define SOMAXCONN PAL_SOMAXCONN
#define MSG_OOB PAL_MSG_OOB
#define MSG_PEEK PAL_MSG_PEEK
#define MSG_DONTROUTE PAL_MSG_DONTROUTE
#define MSG_WAITALL PAL_MSG_WAITALL
#define MSG_PARTIAL PAL_MSG_PARTIAL
#define FIONREAD PAL_FIONREAD
#define FIONBIO PAL_FIONBIO
#define FIOASYNC PAL_FIOASYNC
#define SIOCATMARK PAL_SIOCATMARK

#define gethostbyname PAL_gethostbyname
#define gethostbyaddr PAL_gethostbyaddr
#define gethostname PAL_gethostname
#define inet_addr PAL_inet_addr
#define getpeername PAL_getpeername
#define getsockopt PAL_getsockopt
#define setsockopt PAL_setsockopt
#define connect PAL_connect
#define send PAL_send
#define recv PAL_recv
#define closesocket PAL_closesocket
#define accept PAL_accept
#define listen PAL_listen
#define bind PAL_bind
#define shutdown PAL_shutdown
#define sendto PAL_sendto
#define recvfrom PAL_recvfrom
#define getsockname PAL_getsockname
#define select PAL_select
#define socket PAL_socket

#endif /* !PAL_IMPLEMENTATION */

#endif /* PAL_WINSOCK_H */
