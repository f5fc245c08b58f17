#!/bin/sh
# check-api-status.sh - fails if docs/api-status.md is not what the code says,
# or if librotor_pal.so does not export every entry point of the API list.
set -eu
src=${srcdir:-.}
build=${builddir:-.}
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
sh "$src/scripts/api-status.sh" "$src" > "$tmp"
if ! cmp -s "$tmp" "$src/docs/api-status.md"; then
    diff -u "$src/docs/api-status.md" "$tmp" | head -40
    echo "docs/api-status.md is stale: run scripts/api-status.sh . > docs/api-status.md"
    exit 1
fi
so=$build/.libs/librotor_pal.so
if [ -f "$so" ]; then
    passthrough=$(sed -n '/PAL_CRT_PASSTHROUGH_BEGIN/,/PAL_CRT_PASSTHROUGH_END/p' "$src/pal/inc/rotor_pal.h" |
        grep -o '[A-Za-z_][A-Za-z_0-9]*[[:space:]]*(' | sed 's/[[:space:]]*($//' | sort -u)
    nm -D --defined-only "$so" | awk '{print $3}' | sort -u > "$tmp"
    missing=$(awk -F'\t' 'NR > 1 { print (($1 == "crt" || $1 == "winsock") && $2 !~ /^PAL_/) ? "PAL_" $2 : $2 }' "$src/docs/api-list.tsv" |
        grep -vx -e PAL__alloca $(printf -- '-e PAL_%s ' $passthrough) | sort -u | comm -23 - "$tmp")
    if [ -n "$missing" ]; then
        echo "librotor_pal.so does not export:" $missing
        exit 1
    fi
fi
echo "api-status: up to date"
