#!/bin/sh
# check-errors.sh SRCDIR - fail if the files generated from satellite/errors.tsv are stale:
# regenerates them in a scratch tree and compares with the committed copies.
set -eu

prog=check-errors.sh
if [ $# -gt 1 ]; then
    echo "usage: $prog [SRCDIR]  (default: \$srcdir, then .)" >&2
    exit 2
fi
src=${1:-${srcdir:-.}}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/check-errors.XXXXXX")
trap 'rm -rf "$tmp"' EXIT HUP INT TERM

mkdir -p "$tmp/satellite"
cp "$src/satellite/errors.tsv" "$tmp/satellite/errors.tsv"
if ! sh "$src/satellite/gen-errors.sh" "$tmp" > /dev/null; then
    echo "$prog: satellite/errors.tsv does not validate" >&2
    exit 1
fi

stale=0
for f in pal/inc/pal_error.h pal/unix/include/error_errno_map.h \
         pal/unix/include/error_text_table.h satellite/rotor_pal.satellite; do
    if [ ! -f "$src/$f" ]; then
        echo "$prog: $f is missing" >&2
        stale=1
    elif ! diff -u "$src/$f" "$tmp/$f" > "$tmp/diff" 2>&1; then
        echo "$prog: $f differs from what errors.tsv generates:" >&2
        head -n 20 "$tmp/diff" >&2
        stale=1
    fi
done
if [ "$stale" -ne 0 ]; then
    echo "generated error files are stale: run satellite/gen-errors.sh" >&2
    exit 1
fi
