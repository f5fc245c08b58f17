/* The process tests' shared helper: palsuite/common/process_helper.c. */
#include <process_helper.c>
