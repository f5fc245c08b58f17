#!/usr/bin/env bash
# run-palsuite.sh - build and run the palsuite on one leg (ARCHITECTURE.md,
# "The palsuite contract"). `run-palsuite.sh --help` explains the interface.
set -u -o pipefail

usage() {
    cat <<'EOF'
usage: run-palsuite.sh --leg native|wine --srcdir DIR --builddir DIR
                       [--jobs N] [--timeout SECONDS] [--log FILE] [SELECTOR ...]

SELECTOR is AREA, AREA/API, AREA/API/testN or a path to a palsuite test*.c;
none selects every palsuite/<area>/<api>/test*.c. A helper*.c beside a test is
built with it. Programs go to DIR/palsuite-<leg>/<area>/<api>/ (builddir), the
full output of every test to --log (default DIR/palsuite-<leg>.log).

  native  cc against pal/inc, linked with builddir/.libs/librotor_pal.so
          (CC and PALSUITE_CFLAGS are honoured)
  wine    x86_64-w64-mingw32-gcc against <windows.h> + pal/win32, run by wine64
          in builddir/wineprefix; palsuite/wine-deviations.txt lists tests
          expected to fail there, palsuite/native-only.txt tests skipped there

Exit status: 0 all passed, 1 some failed, 2 usage error, 77 leg's tools missing.
EOF
}

die() { echo "run-palsuite.sh: $*" >&2; exit 2; }

leg='' srcdir='' builddir='' log='' tmo=60 selectors=()
jobs=$(nproc 2>/dev/null || echo 2)
while [ $# -gt 0 ]; do
    case $1 in
        --leg | --srcdir | --builddir | --jobs | -j | --timeout | --log)
            [ $# -ge 2 ] || die "$1 needs a value"
            case $1 in
                --leg) leg=$2 ;; --srcdir) srcdir=$2 ;; --builddir) builddir=$2 ;;
                --jobs | -j) jobs=$2 ;; --timeout) tmo=$2 ;; --log) log=$2 ;;
            esac
            shift 2 ;;
        -h | --help) usage; exit 0 ;;
        -*) usage >&2; exit 2 ;;
        *) selectors+=("$1"); shift ;;
    esac
done
case $leg in native | wine) ;; *) usage >&2; exit 2 ;; esac
[ -d "$srcdir/palsuite" ] || die "--srcdir: no palsuite/ in '$srcdir'"
[ -n "$builddir" ] || die "--builddir is required"
[[ $jobs =~ ^[1-9][0-9]*$ ]] || die "--jobs: not a positive number: $jobs"
[[ $tmo =~ ^[1-9][0-9]*$ ]] || die "--timeout: not a positive number of seconds: $tmo"
mkdir -p "$builddir" || die "cannot create $builddir"
srcdir=$(cd "$srcdir" && pwd) builddir=$(cd "$builddir" && pwd)
outdir=$builddir/palsuite-$leg
log=${log:-$builddir/palsuite-$leg.log}

# The leg's tools; missing ones skip the leg (exit 77, automake's "skipped").
skip_leg() { echo "palsuite $leg: skipped: $*"; exit 77; }
wine64='' wineserver=''
if [ "$leg" = native ]; then
    command -v "${CC:-cc}" >/dev/null || skip_leg "C compiler '${CC:-cc}' not found"
    [ -e "$builddir/.libs/librotor_pal.so" ] ||
        die "$builddir/.libs/librotor_pal.so not found: build the library first (make)"
else
    command -v x86_64-w64-mingw32-gcc >/dev/null || skip_leg "x86_64-w64-mingw32-gcc not found"
    for w in "${WINE64:-}" "$(command -v wine64)" /usr/lib/wine/wine64 /usr/lib64/wine/wine64; do
        [ -n "$w" ] && [ -x "$w" ] && { wine64=$w; break; }
    done
    [ -n "$wine64" ] || skip_leg "wine64 not found (set WINE64)"
    for w in "${wine64%/*}/wineserver" "$(command -v wineserver)"; do
        [ -n "$w" ] && [ -x "$w" ] && { wineserver=$w; break; }
    done
    [ -n "$wineserver" ] || skip_leg "wineserver not found"
fi

# --- Select the tests: ids are area/api/testN ---------------------------------
ids=()
add_glob() { # add the tests matching a glob relative to srcdir/palsuite
    local f found=0
    for f in "$srcdir"/palsuite/$1; do
        [ -f "$f" ] || continue
        f=${f#"$srcdir"/palsuite/}
        ids+=("${f%.c}") found=1
    done
    return $((1 - found))
}
[ ${#selectors[@]} -gt 0 ] || selectors=('*')
for sel in "${selectors[@]}"; do
    if [[ $sel == *.c ]]; then # a path to a test file, from here or from srcdir
        f=$sel
        [ -f "$f" ] || f=$srcdir/$sel
        [ -f "$f" ] || die "no such test: $sel"
        f=$(cd "${f%/*}" && pwd)/${f##*/}
        case $f in "$srcdir"/palsuite/*/*/test*.c) ;; *) die "not a palsuite test: $sel" ;; esac
        f=${f#"$srcdir"/palsuite/}
        ids+=("${f%.c}")
        continue
    fi
    sel=${sel%/}
    case $sel in
        */*/*) add_glob "$sel.c" ;;
        */*) add_glob "$sel/test*.c" ;;
        *) add_glob "$sel/*/test*.c" ;;
    esac || die "no tests match '$sel'"
done
mapfile -t ids < <(printf '%s\n' "${ids[@]}" | sort -u)

# --- Lists of expected differences on the wine leg ----------------------------
declare -A deviation=() nativeonly=()
load_list() { # load_list FILE ARRAY: "area/api/testN<TAB>reason" lines, # comments
    local -n into=$2
    local id reason
    [ -f "$1" ] || return 0
    while IFS=$'\t' read -r id reason; do
        [[ -z $id || $id == \#* ]] && continue
        # shellcheck disable=SC2034 # a name reference to the caller's array
        into["$id"]=${reason:-no reason given}
    done <"$1"
}
if [ "$leg" = wine ]; then
    load_list "$srcdir/palsuite/wine-deviations.txt" deviation
    load_list "$srcdir/palsuite/native-only.txt" nativeonly
fi

# --- Build, in parallel --------------------------------------------------------
exe_suffix=
[ "$leg" = wine ] && exe_suffix=.exe
run_ids=() progs=()
for id in "${ids[@]}"; do
    [ -n "${nativeonly[$id]+set}" ] && continue
    run_ids+=("$id")
    progs+=("palsuite/$id.c")
    for h in "$srcdir/palsuite/${id%/*}"/helper*.c; do
        [ -f "$h" ] && progs+=("${h#"$srcdir"/}")
    done
done
[ ${#progs[@]} -gt 0 ] && mapfile -t progs < <(printf '%s\n' "${progs[@]}" | sort -u)

build_prog() { # build_prog palsuite/area/api/name.c -> outdir/area/api/name[.exe]
    local rel=$1 out
    out=$outdir/${rel#palsuite/}
    out=${out%.c}
    mkdir -p "${out%/*}" && rm -f "$out$exe_suffix" "$out.build.rc"
    (
        cd "$srcdir" || exit 1
        if [ "$leg" = native ]; then
            extra_inc=()
            [ "$builddir" != "$srcdir" ] && [ -d "$builddir/pal/inc" ] && extra_inc=(-I"$builddir/pal/inc")
            # shellcheck disable=SC2086 # word lists
            ${CC:-cc} -std=gnu11 -O1 -g -Wall -Wextra -Werror "${extra_inc[@]}" -I"$srcdir/pal/inc" \
                -I"$srcdir/palsuite/common" ${PALSUITE_CFLAGS:-} "$rel" -o "$out" \
                -L"$builddir/.libs" -lrotor_pal -Wl,-rpath,"$builddir/.libs"
        else
            [ "$(cat "$outdir/pal-win32.rc")" = 0 ] || { cat "$outdir/pal-win32.log"; exit 1; }
            mingw_cc -I"$outdir/pch" "$rel" "$outdir"/pal-win32/*.o -o "$out.exe" -lws2_32
        fi
    ) >"$out.build.log" 2>&1
    echo $? >"$out.build.rc"
}

run_test() { # run_test area/api/testN -> outdir/area/api/testN.{out,rc}
    local id=$1 dir=$outdir/${1%/*} name=${1##*/}
    cd "$dir" || return
    if [ "$leg" = native ]; then
        timeout --kill-after=5 "$tmo" "./$name" </dev/null >"$name.out" 2>&1
    else
        WINEDEBUG=-all timeout --kill-after=5 "$tmo" "$wine64" "./$name.exe" </dev/null >"$name.out" 2>&1
    fi
    echo $? >"$name.rc"
}

mingw_cc() { # the reference leg's compiler, with its flags (the caller's -I first)
    x86_64-w64-mingw32-gcc -std=gnu11 -O1 -Wall -Wno-format -static "$@" \
        -I"$srcdir/palsuite/common" -I"$srcdir/pal/win32"
}

# The Win32 PAL is compiled once (<shlobj.h> is slow to compile) and linked into each test.
if [ "$leg" = wine ] && [ ${#progs[@]} -gt 0 ]; then
    rm -rf "$outdir/pal-win32" "$outdir/pal-win32.log" && mkdir -p "$outdir/pal-win32"
    rc=0
    for c in "$srcdir"/pal/win32/*.c; do
        o=${c##*/}
        mingw_cc -c "$c" -o "$outdir/pal-win32/${o%.c}.o" >>"$outdir/pal-win32.log" 2>&1 || rc=1
    done
    echo $rc >"$outdir/pal-win32.rc"
    # A precompiled palsuite.h (<windows.h>) makes each test build ~4x faster.
    mkdir -p "$outdir/pch"
    mingw_cc -x c-header "$srcdir/palsuite/common/palsuite.h" -o "$outdir/pch/palsuite.h.gch" \
        >>"$outdir/pal-win32.log" 2>&1 || rm -f "$outdir/pch/palsuite.h.gch"
fi

export leg srcdir builddir outdir tmo exe_suffix wine64
export -f build_prog run_test mingw_cc
parallel() { # parallel FUNCTION ARG...: FUNCTION once per ARG, $jobs at a time
    local fn=$1
    shift
    [ $# -gt 0 ] || return 0
    printf '%s\0' "$@" | xargs -0 -n 1 -P "$jobs" bash -c "$fn \"\$1\"" _
}
parallel build_prog "${progs[@]}"

built() { # built area/api/testN: the test and every helper beside it built
    local rc
    for rc in "$outdir/$1.build.rc" "$outdir/${1%/*}"/helper*.build.rc; do
        [[ $rc == */helper\*.build.rc ]] && continue # no helper
        [ "$(cat "$rc" 2>/dev/null)" = 0 ] || return 1
    done
}

# --- Run, in parallel ----------------------------------------------------------
to_run=()
for id in "${run_ids[@]}"; do
    rm -f "$outdir/$id.out" "$outdir/$id.rc"
    built "$id" && to_run+=("$id")
done
if [ "$leg" = wine ] && [ ${#to_run[@]} -gt 0 ]; then
    export WINEPREFIX=$builddir/wineprefix WINEDEBUG=-all
    # Create the prefix once, so parallel tests do not race to create it.
    if [ ! -f "$WINEPREFIX/system.reg" ]; then
        echo "palsuite wine: creating $WINEPREFIX"
        "$wine64" wineboot -i >"$outdir/wineboot.log" 2>&1 ||
            { cat "$outdir/wineboot.log"; die "wineboot -i failed"; }
    fi
fi
parallel run_test "${to_run[@]}"
[ "$leg" = wine ] && [ ${#to_run[@]} -gt 0 ] && "$wineserver" -k 2>/dev/null

# --- Report --------------------------------------------------------------------
declare -A area_pass=() area_fail=() area_other=()
npass=0 nfail=0
report=$outdir/report.txt
: >"$report"
: >"$log" || die "cannot write $log"
tail_of() { tail -n "${2:-10}" "$1" 2>/dev/null | sed 's/^/        /'; }
for id in "${ids[@]}"; do
    area=${id%%/*} out=$outdir/$id.out detail='' status=''
    if [ -n "${nativeonly[$id]+set}" ]; then
        status=SKIP detail="  (native only: ${nativeonly[$id]})"
    elif ! built "$id"; then
        status=BUILD-FAIL
    else
        rc=$(cat "$outdir/$id.rc" 2>/dev/null || echo missing)
        case $rc in
            0) status=PASS ;;
            124 | 137) status=TIMEOUT ;;
            *) status=FAIL ;;
        esac
        if [ -n "${deviation[$id]+set}" ]; then
            if [ "$status" = PASS ]; then
                status=UNEXPECTED-PASS detail="  (listed in wine-deviations.txt: ${deviation[$id]})"
            else
                detail="  ($status; ${deviation[$id]})" status=DEVIATION
            fi
        fi
    fi
    case $status in
        PASS) npass=$((npass + 1)) area_pass[$area]=$((${area_pass[$area]:-0} + 1)) ;;
        SKIP | DEVIATION) area_other[$area]=$((${area_other[$area]:-0} + 1)) ;;
        *) nfail=$((nfail + 1)) area_fail[$area]=$((${area_fail[$area]:-0} + 1)) ;;
    esac
    echo "$status  $id$detail" >>"$report"
    case $status in
        BUILD-FAIL) tail_of "$outdir/$id.build.log" 15 >>"$report" ;;
        FAIL | TIMEOUT | UNEXPECTED-PASS) tail_of "$out" >>"$report" ;;
    esac
    {
        echo "=== $status $id$detail"
        for b in "$outdir/$id" "$outdir/${id%/*}"/helper*.build.log; do
            b=${b%.build.log}
            [ -s "$b.build.log" ] && { echo "--- build of ${b#"$outdir"/}:"; cat "$b.build.log"; }
        done
        [ -f "$out" ] && cat "$out"
        echo
    } >>"$log"
done

{
    cat "$report"
    echo
    printf '%-12s %7s %7s %7s\n' area passed failed skipped
    for area in $(printf '%s\n' "${ids[@]%%/*}" | sort -u); do
        printf '%-12s %7d %7d %7d\n' "$area" "${area_pass[$area]:-0}" "${area_fail[$area]:-0}" \
            "${area_other[$area]:-0}"
    done
    echo "(skipped: native-only tests and listed wine deviations that failed as expected)"
    echo "full output: $log"
    echo "palsuite $leg: $npass passed, $nfail failed"
} | tee -a "$log"
[ "$nfail" -eq 0 ]
