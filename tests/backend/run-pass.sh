#!/usr/bin/env bash
# The run-pass suite: every tests/run-pass/NAME.rs is a whole program whose
# output under rustc is committed beside it:
#   NAME.stdout           the exact stdout of rustc's build (required)
#   NAME.exit             the exit code when it is not 0 (101 for a panic)
#   NAME.stderr-contains  a line stderr must contain (the panic message line,
#                         i.e. the line after `thread 'main' panicked at ...:`)
#
#   tests/backend/run-pass.sh [--bless] [FILTER]
#   env: SMELT (default $repo/smelt), RUSTC (default rustc), JOBS (default nproc),
#        RUN_PASS_TIMEOUT (seconds, default 20), RUN_PASS_VMEM_KB (default
#        1048576; `unlimited` turns the limit off), RUN_PASS_DIR (default
#        $repo/tests/run-pass)
#
# For each program whose name contains FILTER:
#  1. when rustc is on PATH: build it with rustc (edition 2021, debug
#     assertions and overflow checks on) and check that its stdout, exit code
#     and panic line still equal the committed expectations (without rustc
#     this step is skipped);
#  2. run `$SMELT run NAME.rs --edition 2021 -C incremental=DIR` (a fresh DIR
#     per program, under a timeout and `ulimit -v`) and compare stdout byte
#     for byte, the exit code, and that stderr contains the expected line.
# A program listed in tests/run-pass/unsupported.txt (one name per line, `#`
# comments; `NAME: TEXT` for a program smelt's checker still rejects, TEXT
# being what its stderr must contain, e.g. `error[E0599]`;
# comments) must instead make smelt exit with 1, print nothing on stdout and
# say `not supported by smelt yet` on stderr; if it runs correctly instead it
# FAILS with "now supported: remove NAME from unsupported.txt", so the list
# only shrinks.
#
# --bless rewrites the expectations of the selected programs from rustc's
# build (rustc required); review the diff before committing.
#
# Prints `PASS run-pass/NAME` or `FAIL run-pass/NAME: reason` per program and
# ends with `N passed, N failed`; exits 1 when anything failed.
set -u
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
dir=${RUN_PASS_DIR:-$repo/tests/run-pass}
SMELT=${SMELT:-$repo/smelt}
RUSTC=${RUSTC:-rustc}
TIMEOUT=${RUN_PASS_TIMEOUT:-20}
# (a sanitized smelt needs the address space of its shadow memory: no limit then)
if [ -n "${SANITIZED:-}" ]; then VMEM=${RUN_PASS_VMEM_KB:-unlimited}; else VMEM=${RUN_PASS_VMEM_KB:-1048576}; fi
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
RUSTC_FLAGS=(--edition 2021 -C debug-assertions=on -C overflow-checks=on)
UNSUPPORTED_MSG='not supported by smelt yet'

bless=0
filter=
for a in "$@"; do
    case $a in
        --bless) bless=1 ;;
        -h|--help) sed -n '2,33p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "run-pass.sh: unknown option $a" >&2; exit 2 ;;
        *) filter=$a ;;
    esac
done

[ -d "$dir" ] || { echo "run-pass.sh: no directory $dir" >&2; exit 2; }
dir=$(cd "$dir" && pwd)
# Programs run in per-test directories: make a relative SMELT absolute.
case $SMELT in /*) ;; */*) SMELT=$PWD/$SMELT ;; esac
if [ "$bless" = 0 ] && ! command -v "$SMELT" >/dev/null 2>&1; then
    echo "run-pass.sh: SMELT=$SMELT is not an executable (make smelt builds it)" >&2; exit 2
fi
have_rustc=0
command -v "$RUSTC" >/dev/null 2>&1 && have_rustc=1
if [ "$bless" = 1 ] && [ "$have_rustc" = 0 ]; then
    echo "run-pass.sh: --bless needs rustc on PATH" >&2; exit 2
fi
[ "$have_rustc" = 0 ] && echo "note: $RUSTC is not on PATH: the expectations are not re-checked against rustc"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/run-pass.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT

# The unsupported list, comments and blanks stripped.
declare -A unsupported=()
if [ -f "$dir/unsupported.txt" ]; then
    # `NAME` (smelt must say UNSUPPORTED_MSG) or `NAME: TEXT` (a known gap of the
    # checker: smelt must reject it with TEXT on stderr, e.g. an error code)
    while IFS= read -r line || [ -n "$line" ]; do
        line=${line%%#*}
        want=$UNSUPPORTED_MSG
        case $line in *:*) want=${line#*:}; want=${want# }; line=${line%%:*} ;; esac
        line=$(printf '%s' "$line" | tr -d '[:space:]')
        [ -n "$line" ] && unsupported[$line]=$want
    done <"$dir/unsupported.txt"
fi

# The panic line of a stderr: the line after `thread 'main' (ID) panicked at
# FILE:L:C:`, else the first non-empty line.
panic_line() {
    awk 'f { print; found = 1; exit }
         /^thread .* panicked at .*:$/ { f = 1 }
         END { if (!found) exit 1 }' "$1" 2>/dev/null ||
        grep -m1 -v '^$' "$1"
}

# Runs a command with stdin closed, a timeout, in directory $1; stdout to $2,
# stderr to $3; returns the command's exit code (124 on timeout).
# (The braces keep bash's "Segmentation fault" job report out of the output.)
run_in() {
    local wd=$1 out=$2 err=$3 rc; shift 3
    { (cd "$wd" && exec timeout -k 5 "$TIMEOUT" "$@") <"/dev/null" >"$out" 2>"$err"; rc=$?; } 2>/dev/null
    return $rc
}

# The first difference between an expected and an actual output, in words.
first_diff() {
    awk -v E="$1" -v G="$2" 'BEGIN {
        for (n = 1; ; n++) {
            re = (getline a < E); rg = (getline b < G)
            if (re <= 0 && rg <= 0) { print "they differ only in a final newline"; exit }
            if (re <= 0) { printf "line %d: expected the end of the output, got `%s`\n", n, substr(b, 1, 80); exit }
            if (rg <= 0) { printf "line %d: expected `%s`, got the end of the output\n", n, substr(a, 1, 80); exit }
            if (a != b) { printf "line %d: expected `%s`, got `%s`\n", n, substr(a, 1, 80), substr(b, 1, 80); exit }
        }
    }'
}

# An exit status in words.
status_words() {
    if [ "$1" -gt 128 ] && [ "$1" -lt 160 ]; then
        echo "killed by signal $(($1 - 128))$(kill -l "$(($1 - 128))" 2>/dev/null | sed 's/^/ SIG/')"
    else
        echo "exit code $1"
    fi
}

# check_run NAME DIR KIND: compares DIR/KIND.{out,err,rc} with the expectations;
# prints the reason of the first mismatch, nothing when all match.
check_run() {
    local name=$1 d=$2 kind=$3 exp_exit=0 got
    [ -f "$dir/$name.exit" ] && exp_exit=$(tr -d '[:space:]' <"$dir/$name.exit")
    got=$(cat "$d/$kind.rc")
    if [ "$got" = 124 ] || [ "$got" = 137 ]; then
        echo "timed out after ${TIMEOUT}s"; return
    fi
    if ! cmp -s "$d/$kind.out" "$dir/$name.stdout"; then
        echo "stdout differs ($(status_words "$got"); $(first_diff "$dir/$name.stdout" "$d/$kind.out"))"
        return
    fi
    if [ "$got" != "$exp_exit" ]; then
        echo "$(status_words "$got"), expected $exp_exit (stderr: $(panic_line "$d/$kind.err" | cut -c1-150))"
        return
    fi
    if [ -f "$dir/$name.stderr-contains" ]; then
        local want
        want=$(head -n1 "$dir/$name.stderr-contains")
        if ! grep -qF -- "$want" "$d/$kind.err"; then
            echo "stderr lacks \`$want\` (got: $(panic_line "$d/$kind.err" | cut -c1-150))"; return
        fi
    fi
}

# Phase 1: rustc.  Prints a reason on failure.
rustc_phase() {
    local name=$1 d=$2
    if ! "$RUSTC" "${RUSTC_FLAGS[@]}" "$dir/$name.rs" -o "$d/rustc-bin" >"$d/rustc.log" 2>&1; then
        echo "rustc rejects it: $(grep -m1 '^error' "$d/rustc.log")"; return
    fi
    run_in "$d" "$d/rustc.out" "$d/rustc.err" env -u RUST_BACKTRACE "$d/rustc-bin"
    echo $? >"$d/rustc.rc"
    if [ "$bless" = 1 ]; then
        cp "$d/rustc.out" "$dir/$name.stdout"
        rm -f "$dir/$name.exit" "$dir/$name.stderr-contains"
        local rc
        rc=$(cat "$d/rustc.rc")
        if [ "$rc" != 0 ]; then
            echo "$rc" >"$dir/$name.exit"
            panic_line "$d/rustc.err" >"$dir/$name.stderr-contains" || rm -f "$dir/$name.stderr-contains"
        fi
        return
    fi
    local why
    why=$(check_run "$name" "$d" rustc)
    [ -n "$why" ] && echo "rustc's build no longer matches the expectations: $why"
}

# Phase 2: smelt.  Prints a reason on failure, `unsupported` for a pass of the
# "says unsupported" kind, nothing for a plain pass.
smelt_phase() {
    local name=$1 d=$2
    mkdir -p "$d/incremental"
    (
        if [ "$VMEM" != unlimited ]; then ulimit -v "$VMEM" || exit 125; fi
        run_in "$d" "$d/smelt.out" "$d/smelt.err" \
            "$SMELT" run "$dir/$name.rs" --edition 2021 -C incremental="$d/incremental"
    )
    echo $? >"$d/smelt.rc"
    local rc why
    rc=$(cat "$d/smelt.rc")
    why=$(check_run "$name" "$d" smelt)
    if [ -n "${unsupported[$name]:-}" ]; then
        if [ -z "$why" ]; then
            echo "now supported: remove $name from unsupported.txt"
        elif [ "$rc" = 1 ] && [ ! -s "$d/smelt.out" ] && grep -qF -- "${unsupported[$name]}" "$d/smelt.err"; then
            echo unsupported
        else
            echo "listed in unsupported.txt, but smelt neither said \`${unsupported[$name]}\` (exit 1, no output) nor ran it correctly: $why"
        fi
    elif [ -n "$why" ]; then
        if [ "$rc" = 1 ] && grep -qF "$UNSUPPORTED_MSG" "$d/smelt.err"; then
            why="smelt says: $(grep -m1 -F "$UNSUPPORTED_MSG" "$d/smelt.err" | cut -c1-150)"
        fi
        echo "$why"
    fi
}

run_one() {
    local name=$1 d=$tmp/$1 reasons=() r
    mkdir -p "$d"
    if [ ! -f "$dir/$name.stdout" ] && [ "$bless" = 0 ]; then
        echo "FAIL run-pass/$name: no $name.stdout (write it with --bless)"; return
    fi
    if [ "$have_rustc" = 1 ]; then
        r=$(rustc_phase "$name" "$d")
        [ -n "$r" ] && reasons+=("$r")
    fi
    if [ "$bless" = 1 ]; then
        if [ ${#reasons[@]} -eq 0 ]; then echo "PASS run-pass/$name (blessed)"
        else echo "FAIL run-pass/$name: ${reasons[0]}"; fi
        return
    fi
    r=$(smelt_phase "$name" "$d")
    local kind=
    if [ "$r" = unsupported ]; then kind=" (says unsupported)"; r=; fi
    [ -n "$r" ] && reasons+=("smelt: $r")
    if [ ${#reasons[@]} -eq 0 ]; then
        echo "PASS run-pass/$name$kind"
    else
        echo "FAIL run-pass/$name: ${reasons[0]}${reasons[1]:+; ${reasons[1]}}"
    fi
    rm -rf "$d"
}

names=()
for f in "$dir"/*.rs; do
    [ -f "$f" ] || continue
    n=$(basename "$f" .rs)
    [ -n "$filter" ] && [[ "$n" != *"$filter"* ]] && continue
    names+=("$n")
done

# Run JOBS programs at a time; print the results in name order.
mkdir -p "$tmp/results"
running=0
for n in "${names[@]}"; do
    run_one "$n" >"$tmp/results/$n" 2>&1 &
    running=$((running + 1))
    if [ "$running" -ge "$JOBS" ]; then wait -n; running=$((running - 1)); fi
done
wait

pass=0 fail=0 unsup=0
for n in "${names[@]}"; do
    line=$(cat "$tmp/results/$n")
    [ -z "$line" ] && line="FAIL run-pass/$n: the runner printed nothing"
    echo "$line"
    case $line in
        PASS*"(says unsupported)") pass=$((pass + 1)); unsup=$((unsup + 1)) ;;
        PASS*) pass=$((pass + 1)) ;;
        *) fail=$((fail + 1)) ;;
    esac
done
# Every name in unsupported.txt must be a program.
for n in "${!unsupported[@]}"; do
    [ -n "$filter" ] && [[ "$n" != *"$filter"* ]] && continue
    if [ ! -f "$dir/$n.rs" ]; then
        echo "FAIL run-pass/$n: listed in unsupported.txt but there is no $n.rs"
        fail=$((fail + 1))
    fi
done
if [ ${#names[@]} -eq 0 ]; then
    echo "FAIL run-pass: no program in $dir${filter:+ matches \`$filter\`}"
    fail=$((fail + 1))
fi
[ "$bless" = 0 ] && echo "note: $unsup of the passes are programs smelt says it does not support yet"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
