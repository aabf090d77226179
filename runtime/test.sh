#!/usr/bin/env bash
# runtime/test.sh — builds the runtime with test_rt.c and checks it against rustc's std:
#   unit      test_rt's own checks (allocator, known float strings, escapes, case)
#   warnings  the runtime compiles with -Werror under gcc and clang (those installed)
#   panics    every panic's stderr and exit status (101; SIGABRT for out of memory), a partial
#             stdout line around a panic, EPIPE on stdout and stderr
#   floats    ~80k formattings ({} {:?} {:.N} {:.N?}, f32 and f64) of test_rt's fixed cases
#   unicode   Debug escapes, case mappings (char and str, Final_Sigma) and properties of every
#             code point 0..=0x10FFFF
# against test_rt.rs built by the rustc on PATH; without rustc, against the files in
# expected/ (written by `test.sh --bless`, which needs rustc). One line of the comparisons is
# one check. The last line is `N passed, N failed`; the exit status is 1 if any failed.
#
# Environment: CC (default cc), CFLAGS (default -O2), SANITIZE=1 (builds with
# -fsanitize=address,undefined and runs everything under it).
set -u
cd "$(dirname "$0")"
CC=${CC:-cc}
CFLAGS=${CFLAGS:--O2}
WARN=(-std=c17 -Wall -Wextra -Werror -Wshadow -Wmissing-prototypes)
SRC=(smelt_rt.c float.c unicode.c)
BLESS=0
[ "${1:-}" = --bless ] && BLESS=1
if [ "${SANITIZE:-0}" = 1 ]; then
    CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
    export ASAN_OPTIONS=allocator_may_return_null=1:detect_leaks=0
    export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
fi
unset RUST_BACKTRACE RUST_LIB_BACKTRACE
ulimit -c 0

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
pass=0
fail=0
ok() { pass=$((pass + ${1:-1})); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
finish() {
    echo "$pass passed, $fail failed"
    [ "$fail" = 0 ]
    exit
}

# ------------------------------------------------------------------------ build
# shellcheck disable=SC2086
if ! $CC "${WARN[@]}" $CFLAGS -o "$TMP/test_rt" test_rt.c "${SRC[@]}" -lm; then
    bad "build with $CC"
    finish
fi
ok
T=$TMP/test_rt
for c in gcc clang; do
    command -v $c >/dev/null || continue
    if $c "${WARN[@]}" -O2 -c -o /dev/null smelt_rt.c && $c "${WARN[@]}" -O2 -c -o /dev/null float.c &&
        $c "${WARN[@]}" -O2 -c -o /dev/null unicode.c; then ok; else bad "warnings with $c"; fi
done

HAVE_RUSTC=0
if command -v rustc >/dev/null; then
    # -O for speed; overflow checks back on so that the arithmetic panics happen
    if rustc --edition 2021 -O -C overflow-checks=on test_rt.rs -o "$TMP/test_rt_rs" 2>"$TMP/rustc.err"; then
        HAVE_RUSTC=1
        R=$TMP/test_rt_rs
        echo "comparing with $(rustc --version)"
    else
        bad "rustc could not build test_rt.rs"
        cat "$TMP/rustc.err"
    fi
else
    echo "rustc not on PATH: comparing with the files in runtime/expected/"
fi
if [ $BLESS = 1 ] && [ $HAVE_RUSTC = 0 ]; then
    echo "--bless needs rustc"
    exit 2
fi

# ------------------------------------------------------------------------- unit
"$T" unit >"$TMP/unit.out" 2>&1
grep '^FAIL' -A1 "$TMP/unit.out" | sed 's/^/unit: /'
ok "$(grep -c '^ok ' "$TMP/unit.out")"
fail=$((fail + $(grep -c '^FAIL ' "$TMP/unit.out")))
grep -Eq '^[0-9]+ failed$' "$TMP/unit.out" || bad "unit did not finish"

# ----------------------------------------------------------------------- panics
# one run: stdout, stderr (the thread id replaced by PID) and exit status, into $2.*;
# the C side also checks that the thread id is its pid
run() { # PROG MODE ARG OUT
    "$1" "$2" $3 >"$4.stdout" 2>"$4.stderr" &
    local pid=$!
    { wait $pid; } 2>/dev/null # no "Aborted" from the shell for oom
    echo $? >"$4.status"
    if grep -q "^thread 'main' (" "$4.stderr" && ! grep -q "^thread 'main' ($pid) panicked at " "$4.stderr"; then
        echo "thread id is not the pid" >>"$4.status"
    fi
    sed -i -e "s/^thread 'main' ([0-9]*) panicked at /thread 'main' (PID) panicked at /" \
        -e '/^==[0-9]*==WARNING: AddressSanitizer failed to allocate/d' "$4.stderr"
}
# all of one program's panic outputs in one file
panic_transcript() { # PROG OUT
    local p=$1 o=$2
    : >"$o"
    for n in $(seq 1 17); do run "$p" panic "$n" "$TMP/p"; { echo "== panic $n"; cat "$TMP/p.stderr" "$TMP/p.stdout" "$TMP/p.status"; } >>"$o"; done
    run "$p" oom "" "$TMP/p"
    { echo "== oom"; cat "$TMP/p.stderr" "$TMP/p.stdout" "$TMP/p.status"; } >>"$o"
    run "$p" partial "" "$TMP/p"
    { echo "== partial"; cat "$TMP/p.stderr"; echo "-- stdout"; cat "$TMP/p.stdout" "$TMP/p.status"; } >>"$o"
    "$p" partial >"$TMP/p.both" 2>&1
    { echo "== partial 2>&1"; sed "s/^thread 'main' ([0-9]*)/thread 'main' (PID)/" "$TMP/p.both"; echo; } >>"$o"
    "$p" interleave >"$TMP/p.both" 2>&1
    { echo "== interleave 2>&1 (status $?)"; cat "$TMP/p.both"; echo; } >>"$o"
    "$p" yes 2>"$TMP/p.stderr" | head -n 1 >/dev/null
    local st=${PIPESTATUS[0]}
    { echo "== stdout EPIPE"; sed "s/^thread 'main' ([0-9]*)/thread 'main' (PID)/" "$TMP/p.stderr"; echo "$st"; } >>"$o"
    "$p" eyes 2>&1 >/dev/null | head -n 1 >/dev/null
    st=${PIPESTATUS[0]}
    { echo "== stderr EPIPE"; echo "$st"; } >>"$o"
}
panic_transcript "$T" "$TMP/panics.c"
if [ $HAVE_RUSTC = 1 ]; then
    panic_transcript "$R" "$TMP/panics.rs"
    [ $BLESS = 1 ] && cp "$TMP/panics.rs" expected/panics.txt
    want=$TMP/panics.rs
else
    want=expected/panics.txt
fi
# one check per case
csplit -s -z -f "$TMP/pc." "$TMP/panics.c" '/^== /' '{*}'
csplit -s -z -f "$TMP/pw." "$want" '/^== /' '{*}'
for f in "$TMP"/pw.*; do
    g=$TMP/pc.${f##*.}
    if cmp -s "$f" "$g"; then ok; else
        bad "panics: $(head -n 1 "$f") differs (< rustc, > runtime)"
        diff -a "$f" "$g" | head -n 20
    fi
done
[ "$(ls "$TMP"/pw.* | wc -l)" = "$(ls "$TMP"/pc.* | wc -l)" ] || bad "panics: not the same cases"

# ------------------------------------------------------------------------ lines
# compares two outputs line by line: every equal line passes, every differing one fails
compare_lines() { # WHAT WANT GOT
    if cmp -s "$2" "$3"; then
        ok "$(wc -l <"$2")"
        return
    fi
    local n
    n=$(diff -a "$2" "$3" | grep -c '^<')
    local total
    total=$(wc -l <"$2")
    fail=$((fail + n))
    pass=$((pass + total - n))
    echo "FAIL: $1: $n of $total lines differ (< rustc, > runtime); the first:"
    diff -a "$2" "$3" | head -n 20
}

# ----------------------------------------------------------------------- floats
"$T" float-cases >"$TMP/cases.txt"
"$T" float "$TMP/cases.txt" >"$TMP/float.c"
if [ $HAVE_RUSTC = 1 ]; then
    "$R" float "$TMP/cases.txt" >"$TMP/float.rs"
    [ $BLESS = 1 ] && gzip -9 -n -c "$TMP/float.rs" >expected/float.txt.gz
else
    gzip -d -c expected/float.txt.gz >"$TMP/float.rs"
fi
# prefix each output line with its case, for readable failures
label() { # CASES OUT
    awk 'NR == FNR { n = split($0, t, " "); for (i = 3; i <= n; i++) lab[++k] = $1 " " $2 " " t[i]; next }
         { print lab[FNR] "\t" $0 }' "$1" "$2"
}
label "$TMP/cases.txt" "$TMP/float.rs" >"$TMP/float.rs.l"
label "$TMP/cases.txt" "$TMP/float.c" >"$TMP/float.c.l"
compare_lines floats "$TMP/float.rs.l" "$TMP/float.c.l"

# ---------------------------------------------------------------------- unicode
"$T" unicode >"$TMP/uni.c"
if [ $HAVE_RUSTC = 1 ]; then
    "$R" unicode >"$TMP/uni.rs"
    [ $BLESS = 1 ] && sha256sum <"$TMP/uni.rs" | cut -d' ' -f1 >expected/unicode.sha256
    compare_lines unicode "$TMP/uni.rs" "$TMP/uni.c"
else
    if [ "$(sha256sum <"$TMP/uni.c" | cut -d' ' -f1)" = "$(cat expected/unicode.sha256)" ]; then
        ok
    else
        bad "unicode: the dump's sha256 differs from rustc's (expected/unicode.sha256)"
    fi
fi

finish
