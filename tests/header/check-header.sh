#!/bin/sh
# check-header.sh [SRCDIR [EXTRA_FLAG...]]
#
# SRCDIR defaults to $srcdir (set by `make check`), then to ".".
# Compiles (-c only) the header tests against SRCDIR/pal/inc with every
# compiler present: a C and a C++ client that include only rotor_pal.h, and
# library-mode files that include the system headers before and after it.
# EXTRA_FLAGs go to every compile (e.g. -I BUILDDIR/pal/inc when pal_error.h is
# generated out of tree). Exits non-zero if any compile fails.
set -u

srcdir=${srcdir:-.}
if [ $# -ge 1 ]; then
    srcdir=$1
    shift
fi
if [ ! -f "$srcdir/pal/inc/rotor_pal.h" ]; then
    echo "usage: $0 [SRCDIR [EXTRA_FLAG...]]  ($srcdir/pal/inc/rotor_pal.h not found)" >&2
    exit 2
fi
testdir=$srcdir/tests/header
inc="-I$srcdir/pal/inc"

tmpdir=$(mktemp -d "${TMPDIR:-/tmp}/check-header.XXXXXX") || exit 2
trap 'rm -rf "$tmpdir"' EXIT INT TERM

client_c="-std=c11 -Wall -Wextra -Werror"
client_cxx="-std=c++17 -Wall -Wextra -Werror"
# The library's own warning set (configure.ac WARN_CFLAGS).
library_c="-std=gnu11 -D_GNU_SOURCE -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Werror"

failures=0
n=0

# compile COMPILER FLAGS SOURCE [EXTRA_FLAG...]: one line of result per compile.
compile() {
    cc=$1
    flags=$2
    src=$3
    shift 3
    n=$((n + 1))
    # shellcheck disable=SC2086 # flags are word lists on purpose
    if "$cc" $flags $inc "$@" -c "$testdir/$src" -o "$tmpdir/out$n.o" >"$tmpdir/log" 2>&1; then
        echo "ok   $cc $flags $src"
    else
        echo "FAIL $cc $flags $src"
        sed 's/^/     /' "$tmpdir/log"
        failures=$((failures + 1))
    fi
}

check_c() {
    cc=$1
    shift
    if ! command -v "$cc" >/dev/null 2>&1; then
        echo "skip $cc (not installed)"
        return
    fi
    compile "$cc" "$client_c" header_c.c "$@"
    compile "$cc" "$client_c -DUNICODE" header_c.c "$@"
    compile "$cc" "$client_c -Wshadow -Wstrict-prototypes -Wmissing-prototypes" header_c.c "$@"
    compile "$cc" "$library_c" lib_before.c "$@"
    compile "$cc" "$library_c" lib_after.c "$@"
    compile "$cc" "-std=c11 -Wall -Wextra -Werror" lib_before.c "$@"
    compile "$cc" "-std=c11 -Wall -Wextra -Werror" lib_after.c "$@"
}

check_cxx() {
    cxx=$1
    shift
    if ! command -v "$cxx" >/dev/null 2>&1; then
        echo "skip $cxx (not installed)"
        return
    fi
    compile "$cxx" "$client_cxx" header_cpp.cpp "$@"
    compile "$cxx" "-std=c++11 -Wall -Wextra -Werror" header_cpp.cpp "$@"
}

check_c gcc "$@"
check_cxx g++ "$@"
check_c clang "$@"
check_cxx clang++ "$@"

if [ "$failures" -ne 0 ]; then
    echo "check-header: $failures of $n compiles failed"
    exit 1
fi
echo "check-header: all $n compiles passed"
exit 0
