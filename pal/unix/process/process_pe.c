/*
 * process_pe.c - the spec's probe of CreateProcess: is a file an IL-only
 * PE/COFF image (run by "<PAL directory>/clix <image> <args>") or something
 * to execute natively?
 *
 * The layout (Microsoft PE/COFF and ECMA-335 II.25): "MZ"; at 0x3c the
 * offset of "PE\0\0"; the 20-byte COFF header (section count at 2, optional
 * header size at 16); the optional header (magic 0x10b PE32 or 0x20b PE32+,
 * data directories from 96 or 112, their count just before); directory 14 is
 * the CLI header, found through the section table (40-byte entries: virtual
 * size 8, virtual address 12, raw size 16, raw offset 20); its Flags (at 16)
 * has COMIMAGE_FLAGS_ILONLY (1).
 */
#include "internal.h"
#include "process.h"

#include <unistd.h>

#define PE_DIR_CLI_HEADER 14
#define PE_COMIMAGE_FLAGS_ILONLY 0x1u
#define PE_MAX_SECTIONS 96 /* the loader's own limit */

static uint16_t pe_u16(const unsigned char *p) { return (uint16_t)(p[0] | p[1] << 8); }
static uint32_t pe_u32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static bool pe_read(int fd, uint64_t off, void *buf, size_t n)
{
    return off < INT64_MAX && pread(fd, buf, n, (off_t)off) == (ssize_t)n;
}

bool process_pe_is_il_only(int fd)
{
    unsigned char dos[64], nt[24 + 240];
    if (!pe_read(fd, 0, dos, sizeof(dos)) || dos[0] != 'M' || dos[1] != 'Z')
        return false;
    uint32_t nt_off = pe_u32(dos + 0x3c);
    /* Signature and COFF header, then at least the optional header's fixed part. */
    if (!pe_read(fd, nt_off, nt, 24) || pe_u32(nt) != 0x00004550u)
        return false;
    uint16_t sections = pe_u16(nt + 4 + 2), opt_size = pe_u16(nt + 4 + 16);
    if (sections == 0 || sections > PE_MAX_SECTIONS || opt_size > 240)
        return false;
    const unsigned char *opt = nt + 24;
    if (!pe_read(fd, (uint64_t)nt_off + 24, nt + 24, opt_size))
        return false;
    size_t dirs_at, count_at;
    if (opt_size >= 2 && pe_u16(opt) == 0x10b)
        dirs_at = 96, count_at = 92;
    else if (opt_size >= 2 && pe_u16(opt) == 0x20b)
        dirs_at = 112, count_at = 108;
    else
        return false;
    size_t dir_at = dirs_at + PE_DIR_CLI_HEADER * 8;
    if (opt_size < dir_at + 8 || pe_u32(opt + count_at) <= PE_DIR_CLI_HEADER)
        return false;
    uint32_t cli_rva = pe_u32(opt + dir_at), cli_size = pe_u32(opt + dir_at + 4);
    if (cli_rva == 0 || cli_size < 20)
        return false;
    /* The section holding the CLI header gives its offset in the file. */
    uint64_t table = (uint64_t)nt_off + 24 + opt_size;
    for (uint16_t i = 0; i < sections; i++) {
        unsigned char sec[40];
        if (!pe_read(fd, table + 40u * i, sec, sizeof(sec)))
            return false;
        uint32_t va = pe_u32(sec + 12), vsize = pe_u32(sec + 8);
        uint32_t raw_size = pe_u32(sec + 16), raw_off = pe_u32(sec + 20);
        uint32_t span = vsize > raw_size ? vsize : raw_size;
        if (cli_rva < va || cli_rva - va >= span)
            continue;
        uint64_t off = (uint64_t)raw_off + (cli_rva - va);
        if ((uint64_t)(cli_rva - va) + 20 > raw_size)
            return false; /* not in the file's bytes */
        unsigned char cli[20];
        if (!pe_read(fd, off, cli, sizeof(cli)) || pe_u32(cli) < 20)
            return false;
        return (pe_u32(cli + 16) & PE_COMIMAGE_FLAGS_ILONLY) != 0;
    }
    return false;
}
