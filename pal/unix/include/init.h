/*
 * init.h - what PAL_Initialize keeps for other areas (init/pal_init.c).
 */
#ifndef PAL_UNIX_INIT_H
#define PAL_UNIX_INIT_H

/* The argv given to the first PAL_Initialize (a private copy); returns argc. */
int init_get_args(char ***argv);

#endif
