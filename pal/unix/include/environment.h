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

/* Splits a Windows command line into arguments by the Windows C runtime's
 * rules (the reverse of env_quote_argument; the first argument by the
 * program-name rule). One malloc'ed block: free(argv) frees it all. argv is
 * NULL-terminated; NULL with ERROR_NOT_ENOUGH_MEMORY. */
char **env_split_command_line(const char *line, int *argc);

/* Holds the environment (environ) unchanged until env_read_unlock. */
/* Sets (value != NULL) or removes `name` under the lock; false with the
 * LastError set. */
bool env_set(const char *name, const char *value);

void env_read_lock(void);
void env_read_unlock(void);

#endif
