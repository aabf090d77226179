#!/usr/bin/env bash
# check.sh — `smelt check` (front end + semantics) on a generated crate,
# beside rustc 1.95 `--emit=metadata` on the same files in the same run.
#
#   bench/check.sh [LINES]        (default 20000; BENCH_RUNS runs each, default 5)
#
# Rows: clean (fresh incremental directory), no-op rebuild, one-fn-body edit
# (a literal in the middle fn, alternating between two values so each run
# edits).  Wall time is the median of the runs (after one warm-up); peak RSS
# is the maximum.  After each row, the incremental directory's --print types (an untimed
# no-op session) is compared with a clean smelt check of the same text, so a fast wrong
# answer cannot be reported (the timed runs do not print types).
set -euo pipefail
cd "$(dirname "$0")/.."
LINES=${1:-20000}
RUNS=${BENCH_RUNS:-5}
SMELT=${SMELT:-$PWD/smelt}
GEN=$PWD/bench/gen
TMP=$(mktemp -d "${TMPDIR:-/tmp}/smelt-check.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
cd "$TMP"

"$GEN" --lines "$LINES" -o base.rs >/dev/null
"$GEN" --lines "$LINES" --edit literal -o edit.rs >/dev/null
fns=$(grep -c '^ *pub fn \|^fn ' base.rs || true)

median() { sort -g | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m }'; }
maxv() { sort -g | tail -1; }

# timed OUTFILE CMD...: appends "ms rss_kb" to OUTFILE
timed() {
    local out=$1; shift
    local t0 t1
    t0=$(date +%s%N)
    /usr/bin/time -f '%M' -o rss.txt "$@" >cmd.out 2>cmd.err || true
    t1=$(date +%s%N)
    echo "$(( (t1 - t0) / 1000 )) $(tail -1 rss.txt)" | awk '{ printf "%.1f %s\n", $1 / 1000, $2 }' >>"$out"
}

verify_types() { # FILE: smelt's incremental --print types vs a clean one
    "$SMELT" check "$1" --edition 2021 --print types >clean_types.txt 2>/dev/null || true
    if ! cmp -s cmd.out clean_types.txt; then
        echo "bench/check.sh: incremental --print types differs from clean on $1" >&2
        exit 1
    fi
}

smelt_row() { # NAME MODE
    local name=$1 mode=$2 f=smelt_$1.txt
    : >"$f"
    for i in $(seq 0 "$RUNS"); do
        case $mode in
        clean) rm -rf inc; cp base.rs cur.rs ;;
        noop) ;;
        edit) if [ $((i % 2)) = 0 ]; then cp edit.rs cur.rs; else cp base.rs cur.rs; fi ;;
        esac
        timed "$f.raw" "$SMELT" check cur.rs --edition 2021 -C incremental=inc
        [ "$i" = 0 ] && : >"$f.raw" # warm-up
    done
    # the incremental state after the row, against a clean check: --print types of a
    # (no-op) session on the same directory
    "$SMELT" check cur.rs --edition 2021 -C incremental=inc --print types >cmd.out 2>/dev/null || true
    verify_types cur.rs
    mv "$f.raw" "$f"
}

rustc_row() { # NAME MODE
    local name=$1 mode=$2 f=rustc_$1.txt
    : >"$f.raw"
    for i in $(seq 0 "$RUNS"); do
        case $mode in
        clean) rm -rf rinc; cp base.rs rcur.rs ;;
        noop) ;;
        edit) if [ $((i % 2)) = 0 ]; then cp edit.rs rcur.rs; else cp base.rs rcur.rs; fi ;;
        esac
        timed "$f.raw" rustc --edition 2021 --emit=metadata -C incremental=rinc -o rcur.rmeta rcur.rs
        [ "$i" = 0 ] && : >"$f.raw"
    done
    mv "$f.raw" "$f"
}

# prepare the incremental directories for the no-op and edit rows
cp base.rs cur.rs
smelt_row clean clean
smelt_row noop noop
smelt_row edit edit
have_rustc=0
if command -v rustc >/dev/null 2>&1 && [ "${BENCH_RUSTC:-1}" != 0 ]; then
    have_rustc=1
    cp base.rs rcur.rs
    rustc_row clean clean
    rustc_row noop noop
    rustc_row edit edit
fi

echo "smelt check vs rustc --emit=metadata, $(wc -l <base.rs) lines ($fns fns), median of $RUNS runs, $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1 /proc/loadavg)"
printf '%-22s %12s %12s %12s %12s %10s\n' row "smelt ms" "rustc ms" "ratio" "smelt MB" "rustc MB"
for row in clean noop edit; do
    sm=$(awk '{ print $1 }' smelt_$row.txt | median)
    smr=$(awk '{ print $2 }' smelt_$row.txt | maxv)
    if [ "$have_rustc" = 1 ]; then
        rm_=$(awk '{ print $1 }' rustc_$row.txt | median)
        rmr=$(awk '{ print $2 }' rustc_$row.txt | maxv)
        ratio=$(awk -v a="$rm_" -v b="$sm" 'BEGIN { printf "%.1fx", a / b }')
    else
        rm_=- rmr=0 ratio=-
    fi
    printf '%-22s %12s %12s %12s %12.1f %10.1f\n' "$row" "$sm" "$rm_" "$ratio" "$(awk -v k="$smr" 'BEGIN { print k / 1024 }')" "$(awk -v k="$rmr" 'BEGIN { print k / 1024 }')"
done
echo "incremental directory: smelt $(du -sk inc | cut -f1) KB$([ "$have_rustc" = 1 ] && echo ", rustc $(du -sk rinc | cut -f1) KB")"
