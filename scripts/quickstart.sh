#!/usr/bin/env bash
# quickstart.sh - installs the Debian packages librotor_pal needs (as root),
# builds the library and runs examples/hello. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES="build-essential autoconf automake libtool pkg-config libglib2.0-dev libffi-dev check
          gcc-mingw-w64-x86-64 wine64 clang"
missing=
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
    if [ "$(id -u)" != 0 ]; then
        echo "quickstart: missing Debian packages:$missing (run as root, or install them first)" >&2
        exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
fi

[ -x configure ] || autoreconf -fi
[ -f Makefile ] || ./configure --quiet
make -j"$(nproc)"
make examples/hello
echo "== examples/hello =="
./examples/hello
echo "== examples/hello with PAL_API_TRACING=stderr (first lines) =="
PAL_API_TRACING=stderr ./examples/hello 2>hello-trace.log >/dev/null
head -n 12 hello-trace.log
rm -f hello-trace.log
