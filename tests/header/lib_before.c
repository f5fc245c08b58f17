/*
 * lib_before.c - library mode with the system headers included BEFORE
 * rotor_pal.h: no clash, and both the system and the PAL_ names are usable.
 */
#define PAL_IMPLEMENTATION 1
#include <errno.h>
#include <math.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <time.h>
#include <wchar.h>

#include "rotor_pal.h"

#include "lib_body.h"
