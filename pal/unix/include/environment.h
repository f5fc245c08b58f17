/*
 * environment.h - helpers of the environment and command line
 * (misc/environment.c) that other areas (CreateProcess) share.
 */
#ifndef PAL_UNIX_ENVIRONMENT_H
#define PAL_UNIX_ENVIRONMENT_H

/* Appends `arg` to a Windows command line of `len` characters, quoted so the
 * Windows splitting rules give it back unchanged; writes only when out is
 * not NULL. Returns the new length. */
size_t env_quote_argument(const char *arg, char *out, size_t len);

/* The value of the variable `name`, copied out under the environment's lock
 * (malloc'ed), or NULL with ERROR_ENVVAR_NOT_FOUND / ERROR_NOT_ENOUGH_MEMORY. */
char *env_get(const char *name);

#endif
