/*
 * init.h - what PAL_Initialize keeps for other areas (init/pal_init.c).
 */
#ifndef PAL_UNIX_INIT_H
#define PAL_UNIX_INIT_H

/* The argv given to the first PAL_Initialize (a private copy); returns argc. */
int init_get_args(char ***argv);

/* Sets the calling thread's floating-point environment to Win32's (spec
 * PAL_Initialize): all exceptions masked, round to nearest, 53-bit x87
 * precision. */
void init_fp_environment(void);

/* The real path of the library itself (malloc'ed), or NULL: what
 * PAL_GetPALDirectoryW reports and what the namespace of named objects is
 * per (spec "Side-by-Side"). */
char *init_library_path(void);

#endif
