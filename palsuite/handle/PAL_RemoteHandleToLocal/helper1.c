/* The handle-remoting tests' shared helper: palsuite/common/remote_helper.c. */
#include <remote_helper.c>
