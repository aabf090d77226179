#!/usr/bin/env bash
# build.sh — `smelt build` (the whole compiler: front end, semantics, MIR, C, cc, link) on a
# generated crate, beside rustc 1.95's debug build (`-C incremental`) of the same files in
# the same run.
#
#   bench/build.sh [LINES]        (default 20000; BENCH_RUNS runs each, default 5)
#
# Rows: clean (fresh incremental directory), no-op rebuild, one-fn-body edit (a literal in
# the middle fn, alternating between two values so each run edits; after two runs both
# texts' objects exist), fresh edit (the same literal set to a value no run used before: the
# edited unit is compiled every time; checked against rustc's build of each text).  Wall time is the
# median of the runs (after one warm-up); peak RSS is the maximum.  Every smelt executable's
# output is compared with rustc's build of the same text (or, without rustc, with a clean
# smelt build), so a fast wrong answer cannot be reported.
set -euo pipefail
cd "$(dirname "$0")/.."
LINES=${1:-20000}
RUNS=${BENCH_RUNS:-5}
SMELT=${SMELT:-$PWD/smelt}
GEN=$PWD/bench/gen
TMP=$(mktemp -d "${TMPDIR:-/tmp}/smelt-build.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
cd "$TMP"

"$GEN" --lines "$LINES" -o base.rs >/dev/null
"$GEN" --lines "$LINES" --edit literal -o edit.rs >/dev/null

median() { sort -g | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m }'; }
maxv() { sort -g | tail -1; }

timed() { # OUTFILE CMD...: appends "ms rss_kb"
    local out=$1; shift
    local t0 t1
    t0=$(date +%s%N)
    /usr/bin/time -f '%M' -o rss.txt "$@" >cmd.out 2>cmd.err || { cat cmd.err >&2; exit 1; }
    t1=$(date +%s%N)
    echo "$(( (t1 - t0) / 1000 )) $(tail -1 rss.txt)" | awk '{ printf "%.1f %s\n", $1 / 1000, $2 }' >>"$out"
}

have_rustc=0
if command -v rustc >/dev/null 2>&1 && [ "${BENCH_RUSTC:-1}" != 0 ]; then have_rustc=1; fi
# the expected output of each text
for v in base edit; do
    if [ "$have_rustc" = 1 ]; then
        rustc --edition 2021 -o "ref_$v" "$v.rs" 2>/dev/null
    else
        "$SMELT" build "$v.rs" --edition 2021 -C incremental=ref-inc -o "ref_$v" >/dev/null 2>&1
    fi
    "./ref_$v" >"expect_$v.txt"
done

verify() { # which text cur.rs holds
    ./prog >got.txt
    if ! cmp -s got.txt "expect_$1.txt"; then
        echo "bench/build.sh: smelt's program prints something else than rustc's ($1)" >&2
        exit 1
    fi
}

# fresh N: the edited text with the edited literal set to a value no earlier run used, so
# that the edited unit's C is new and must be compiled (the alternating edit row reuses the
# objects of both texts after its first two runs)
fresh_text() {
    local n ln
    ln=$( (diff base.rs edit.rs || true) | head -1 | sed 's/c.*//')
    n=$((7000 + $1))
    awk -v ln="$ln" -v n="$n" 'NR == ln { sub(/\([0-9]+\)/, "(" n ")") } { print }' edit.rs
}
verify_fresh() { # against rustc's (or a clean smelt) build of this same text
    if [ "$have_rustc" = 1 ]; then
        rustc --edition 2021 -o ref_fresh cur.rs 2>/dev/null
    else
        "$SMELT" build cur.rs --edition 2021 -C incremental= -o ref_fresh >/dev/null 2>&1
    fi
    ./ref_fresh >expect_fresh.txt
    verify fresh
}

smelt_row() { # NAME MODE
    local f=smelt_$1.txt which=base
    : >"$f.raw"
    for i in $(seq 0 "$RUNS"); do
        case $2 in
        clean) rm -rf inc; cp base.rs cur.rs; which=base ;;
        noop) ;;
        edit) if [ $((i % 2)) = 0 ]; then cp edit.rs cur.rs; which=edit; else cp base.rs cur.rs; which=base; fi ;;
        fresh) fresh_text "$i" >cur.rs; which=fresh ;;
        esac
        timed "$f.raw" "$SMELT" build cur.rs --edition 2021 -C incremental=inc -o prog
        if [ "$which" = fresh ]; then verify_fresh; else verify "$which"; fi
        [ "$i" = 0 ] && : >"$f.raw"
    done
    mv "$f.raw" "$f"
}

rustc_row() { # NAME MODE
    local f=rustc_$1.txt
    : >"$f.raw"
    for i in $(seq 0 "$RUNS"); do
        case $2 in
        clean) rm -rf rinc; cp base.rs rcur.rs ;;
        noop) ;;
        edit) if [ $((i % 2)) = 0 ]; then cp edit.rs rcur.rs; else cp base.rs rcur.rs; fi ;;
        esac
        timed "$f.raw" rustc --edition 2021 -C incremental=rinc -o rprog rcur.rs
        [ "$i" = 0 ] && : >"$f.raw"
    done
    mv "$f.raw" "$f"
}

cp base.rs cur.rs
smelt_row clean clean
smelt_row noop noop
smelt_row edit edit
smelt_row fresh fresh
if [ "$have_rustc" = 1 ]; then
    cp base.rs rcur.rs
    rustc_row clean clean
    rustc_row noop noop
    rustc_row edit edit
fi

echo "smelt build vs rustc (debug, -C incremental), $(wc -l <base.rs) lines, median of $RUNS runs, $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1 /proc/loadavg), $(nproc) CPUs"
printf '%-22s %12s %12s %12s %12s %10s\n' row "smelt ms" "rustc ms" "ratio" "smelt MB" "rustc MB"
for row in clean noop edit fresh; do
    sm=$(awk '{ print $1 }' smelt_$row.txt | median)
    smr=$(awk '{ print $2 }' smelt_$row.txt | maxv)
    if [ "$have_rustc" = 1 ] && [ -f rustc_$row.txt ]; then
        rm_=$(awk '{ print $1 }' rustc_$row.txt | median)
        rmr=$(awk '{ print $2 }' rustc_$row.txt | maxv)
        ratio=$(awk -v a="$rm_" -v b="$sm" 'BEGIN { printf "%.1fx", a / b }')
    else
        rm_=- rmr=0 ratio=-
    fi
    printf '%-22s %12s %12s %12s %12.1f %10.1f\n' "$row" "$sm" "$rm_" "$ratio" "$(awk -v k="$smr" 'BEGIN { print k / 1024 }')" "$(awk -v k="$rmr" 'BEGIN { print k / 1024 }')"
done
echo "incremental directory: smelt $(du -sk inc | cut -f1) KB$([ "$have_rustc" = 1 ] && echo ", rustc $(du -sk rinc | cut -f1) KB")"
