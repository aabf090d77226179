#!/usr/bin/env bash
# Randomised edit testing: from a generated program in the subset, apply a
# random sequence of edits (change literals, rename items, add/remove/
# reorder items, statements and closures, wrap expressions in closures,
# make closures async and back, toggle cfgs, insert comments and blank
# lines) and after every step compare the incremental build with a clean
# one: exit code, diagnostics and `--print def-paths`, `--print types` and `--print closures` must be identical,
# and --verify-incremental must find nothing.  A mismatch writes a
# self-contained revision test into $REPRO_DIR and fails.
#   random-edits.sh [STEPS] [SEED]        (defaults 200, 1)
set -u
: "${SMELT:?}"
steps=${1:-200}
seed=${2:-1}
REPRO_DIR=${REPRO_DIR:-$PWD/build/fuzz-incremental}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

rng=$seed
# rand N -> a number in [0, N) from a 31-bit LCG (reproducible across bash versions)
rand() { rng=$(( (rng * 1103515245 + 12345) % 2147483648 )); R=$(( (rng / 65536) % $1 )); }

# The program: fns, each a name and a list of statements (one per line).
declare -a fn_names fn_bodies
cfgs=""
next_id=0
new_name() { next_id=$((next_id + 1)); NAME="f$next_id"; }

stmt() {
    rand 9
    case $R in
    0) rand 100; S="let _v = $R;" ;;
    1) rand 100; S="let _c = |x: i64| x + $R;" ;;
    2) S="let _a = async || {};" ;;
    3) rand 5; local chain="Some($R)"; local k; rand 5; for ((k = 0; k <= R; k++)); do chain="$chain.map(|v| v * 2)"; done; S="let _m = $chain;" ;;
    4) S="let _n = || { let _i = || 1; let _j = || 2; };" ;;
    5) rand 3; S="#[cfg(flag$R)] let _k = || 0;" ;;
    6) S="let _b = async move { 5 };" ;;
    7) S="let _o = |x: i64| { let _p = async move |y: i64| { y }; x };" ;;
    8) rand 3; S="// comment $R" ;;
    esac
}

init() {
    local n k
    rand 3; n=$((R + 2))
    fn_names=(); fn_bodies=()
    for ((k = 0; k < n; k++)); do
        new_name; fn_names+=("$NAME")
        stmt; local body="$S"; rand 3
        local j; for ((j = 0; j < R; j++)); do stmt; body="$body"$'\n'"$S"; done
        fn_bodies+=("$body")
    done
}

render() {
    local k
    {
        echo "fn main() {}"
        for k in "${!fn_names[@]}"; do
            echo
            echo "fn ${fn_names[$k]}() {"
            while IFS= read -r l; do echo "    $l"; done <<<"${fn_bodies[$k]}"
            echo "}"
        done
    } >prog.rs
}

edit() {
    local n=${#fn_names[@]} k
    rand "$n"; k=$R
    rand 11
    case $R in
    0) # change a literal
        rand 100
        fn_bodies[k]=$(sed "0,/\(+ \|= \|Some(\)[0-9][0-9]*/s//\\1$R/" <<<"${fn_bodies[k]}") ;;
    1) new_name; fn_names[k]=$NAME ;;                                     # rename
    2) new_name; stmt; fn_names+=("$NAME"); fn_bodies+=("$S") ;;          # add a fn
    3) if [ "$n" -gt 1 ]; then unset 'fn_names[k]' 'fn_bodies[k]'        # remove a fn
           fn_names=("${fn_names[@]}"); fn_bodies=("${fn_bodies[@]}"); fi ;;
    4) if [ "$n" -gt 1 ]; then local t=${fn_names[0]} b=${fn_bodies[0]}   # reorder
           fn_names[0]=${fn_names[n-1]}; fn_bodies[0]=${fn_bodies[n-1]}
           fn_names[n-1]=$t; fn_bodies[n-1]=$b; fi ;;
    5) stmt; fn_bodies[k]="$S"$'\n'"${fn_bodies[k]}" ;;                   # add a statement first
    6) stmt; fn_bodies[k]="${fn_bodies[k]}"$'\n'"$S" ;;                   # ... or last
    7) fn_bodies[k]=$(sed '1d' <<<"${fn_bodies[k]}")                      # remove a statement
       [ -n "${fn_bodies[k]}" ] || fn_bodies[k]="let _e = 0;" ;;
    8) # make closures async, or async closures plain again
        if grep -q '= async move |x: i64|' <<<"${fn_bodies[k]}"; then
            fn_bodies[k]=$(sed '0,/= async move |x: i64|/s//= |x: i64|/' <<<"${fn_bodies[k]}")
        elif grep -q '= async ||' <<<"${fn_bodies[k]}"; then
            fn_bodies[k]=$(sed '0,/= async ||/s//= ||/' <<<"${fn_bodies[k]}")
        else
            fn_bodies[k]=$(sed '0,/= |x: i64|/s//= async move |x: i64|/' <<<"${fn_bodies[k]}")
        fi ;;
    9) # wrap an expression in a closure
        fn_bodies[k]=$(sed '0,/= \([0-9][0-9]*\);/s//= (|| \1)();/' <<<"${fn_bodies[k]}") ;;
    10) rand 3; if [[ " $cfgs " == *" flag$R "* ]]; then cfgs=${cfgs//flag$R/}; else cfgs="$cfgs flag$R"; fi ;;
    esac
    rand 4
    if [ "$R" = 0 ] && [ "$k" -lt "${#fn_names[@]}" ]; then
        fn_bodies[k]="// moved by a comment"$'\n'"${fn_bodies[k]}"
    fi
}

compile() { # $1: incremental dir or "" ; output in $1.out/.err/.rc
    local args=(check prog.rs --edition 2021 --print def-paths --print types --print closures)
    local c; for c in $cfgs; do args+=(--cfg "$c"); done
    if [ -n "$1" ]; then
        timeout 60 "$SMELT" "${args[@]}" -C incremental="$1" --verify-incremental --max-memory=512M >inc.out 2>inc.err
        echo $? >inc.rc
    else
        SMELT_INCREMENTAL=0 timeout 60 "$SMELT" "${args[@]}" --max-memory=512M >clean.out 2>clean.err
        echo $? >clean.rc
    fi
}

# build_both: every BUILD_EVERY-th step, the back end too: `smelt build` incrementally (its
# own directory, verified) and clean, then both programs run; their MIR dumps, diagnostics,
# exit codes and outputs must be identical.
BUILD_EVERY=${BUILD_EVERY:-0}
build_both() {
    local args=(build prog.rs --edition 2021 --dump-mir)
    local c; for c in $cfgs; do args+=(--cfg "$c"); done
    timeout 120 "$SMELT" "${args[@]}" -C incremental=inc-build --verify-incremental \
        --max-memory=512M -o prog-inc >binc.out 2>binc.err
    echo $? >binc.rc
    SMELT_INCREMENTAL=0 timeout 120 "$SMELT" "${args[@]}" --max-memory=512M -o prog-clean \
        >bclean.out 2>bclean.err
    echo $? >bclean.rc
    if [ "$(cat binc.rc)" = 0 ] && [ "$(cat bclean.rc)" = 0 ]; then
        timeout 20 ./prog-inc >>binc.out 2>>binc.err; echo "run $?" >>binc.rc
        timeout 20 ./prog-clean >>bclean.out 2>>bclean.err; echo "run $?" >>bclean.rc
    fi
    cmp -s binc.out bclean.out && cmp -s binc.err bclean.err && cmp -s binc.rc bclean.rc
}

init
fails=0
builds=0
ran=0
ok_steps=0
prev_src=""
prev_cfgs=""
for ((step = 1; step <= steps; step++)); do
    render
    compile inc
    compile ""
    if ! cmp -s inc.out clean.out || ! cmp -s inc.err clean.err || ! cmp -s inc.rc clean.rc ||
        [ "$(cat inc.rc)" -gt 1 ]; then
        fails=$((fails + 1))
        mkdir -p "$REPRO_DIR"
        r="$REPRO_DIR/seed$seed-step$step.rs"
        {
            echo "// random-edits.sh seed $seed step $step: incremental differed from clean"
            echo "//@ revisions: rpass1 rpass2"
            echo "//@ edition: 2021"
            echo "// rpass1 cfgs:$prev_cfgs / rpass2 cfgs:$cfgs"
            echo "// ---- previous version ----"
            sed 's|^|// |' <<<"$prev_src"
            echo "// ---- this version ----"
            cat prog.rs
        } >"$r"
        echo "FAIL random-edits step $step (seed $seed): reproducer in $r"
        diff inc.err clean.err | head -10
        diff inc.out clean.out | head -10
        break
    fi
    if [ "$BUILD_EVERY" -gt 0 ] && [ $((step % BUILD_EVERY)) = 0 ] && [ "$(cat inc.rc)" = 0 ]; then
        builds=$((builds + 1))
        if build_both && grep -q '^run' binc.rc; then
            ran=$((ran + 1))
        elif ! cmp -s binc.out bclean.out || ! cmp -s binc.err bclean.err || ! cmp -s binc.rc bclean.rc; then
            fails=$((fails + 1))
            mkdir -p "$REPRO_DIR"
            r="$REPRO_DIR/seed$seed-step$step-build.rs"
            { echo "// random-edits.sh seed $seed step $step: smelt build incremental differed from clean (cfgs:$cfgs)"; cat prog.rs; } >"$r"
            echo "FAIL random-edits step $step (seed $seed): the built programs differ; reproducer in $r"
            diff binc.err bclean.err | head -10
            diff binc.out bclean.out | head -10
            diff binc.rc bclean.rc | head -4
            break
        fi
    fi
    [ "$(cat inc.rc)" = 0 ] && ok_steps=$((ok_steps + 1))
    prev_src=$(cat prog.rs)
    prev_cfgs=$cfgs
    edit
done
if [ "$fails" = 0 ]; then
    echo "PASS random-edits: $steps steps (seed $seed, $ok_steps compiled cleanly, $builds also built, $ran of them ran), incremental == clean every time"
    [ -n "${SHOW:-}" ] && { cat prog.rs; echo "cfgs: $cfgs"; cat inc.out; cat inc.err; }
fi
[ "$fails" = 0 ]
