#!/usr/bin/env bash
# engine-rustc.sh — rustc's incremental no-change rebuild of a generated crate
# (bench/gen-rust.sh, BENCH_RUST_FNS functions, default 2000), for comparison
# with the query engine benchmark (the first section of bench/run): whole
# process time and RSS, and, when a nightly is installed, its dep-graph size
# (-Z incremental-info) and -Z time-passes lines; with perf, the self time
# of its dep-graph loader and marker.  This was the second section of
# bench/run before bench/run measured `smelt check` against rustc side by side
# (docs/perf.md, "rustc for comparison").  BENCH_RUNS runs (default 5).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${BENCH_RUNS:-5}
RUST_FNS=${BENCH_RUST_FNS:-2000}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/smelt-bench-rustc.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir -p build/bench
SUMMARY=build/bench/engine-rustc.txt
: > "$SUMMARY"

say() { printf '%s\n' "$*" | tee -a "$SUMMARY"; }

# median min max of the numbers on stdin, one per line
stats()
{
    sort -g | awk '{ v[NR] = $1 }
        END { if (!NR) exit 1
              m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
              printf "%.1f %.1f %.1f\n", m, v[1], v[NR] }'
}

now_ns() { date +%s%N; }

if ! command -v rustc > /dev/null 2>&1; then
    say "rustc: not found; comparison skipped"
    exit 0
fi
RD=$TMP/rust
mkdir -p "$RD"
bench/gen-rust.sh "$RD/main.rs" "$RUST_FNS"
RUSTC_ARGS=(--edition 2021 main.rs -o main)
say "rustc: $(rustc --version), crate of $RUST_FNS fns ($(wc -l < "$RD/main.rs") lines)," \
    "\`rustc --edition 2021 -C incremental=DIR main.rs\`"
t0=$(now_ns)
if ! (cd "$RD" && rustc -C incremental="$RD/incr" "${RUSTC_ARGS[@]}" > "$RD/first.log" 2>&1); then
    cat "$RD/first.log" >&2
    say "  the first build failed; comparison skipped"
    exit 0
fi
t1=$(now_ns)
say "  first build: $(( (t1 - t0) / 1000000 )) ms"
TIMEV=
[ -x /usr/bin/time ] && TIMEV=/usr/bin/time
: > "$RD/times"
: > "$RD/rss"
for i in $(seq 1 "$RUNS"); do
    t0=$(now_ns)
    if [ -n "$TIMEV" ]; then
        (cd "$RD" && $TIMEV -f '%M %U %S' -o "$RD/rss.$i" \
            rustc -C incremental="$RD/incr" "${RUSTC_ARGS[@]}")
        tail -n 1 "$RD/rss.$i" >> "$RD/rss"
    else
        (cd "$RD" && rustc -C incremental="$RD/incr" "${RUSTC_ARGS[@]}")
    fi
    t1=$(now_ns)
    echo $(( (t1 - t0) / 1000 )) | awk '{ print $1 / 1000 }' >> "$RD/times"
done
read -r r_med r_min r_max < <(stats < "$RD/times")
say "  no-change rebuild x$RUNS: median $r_med ms (min $r_min, max $r_max)," \
    "whole process incl. link"
if [ -s "$RD/rss" ]; then
    read -r rr_med _ rr_max < <(awk '{ print $1 / 1024 }' "$RD/rss" | stats)
    read -r rc_med rc_min rc_max < <(awk '{ print ($2 + $3) * 1000 }' "$RD/rss" | stats)
    say "  CPU time (user+sys, incl. the linker): median $rc_med ms (min $rc_min, max $rc_max)"
    say "  peak RSS: median $rr_med MiB (max $rr_max)"
else
    say "  peak RSS: /usr/bin/time not found; skipped"
fi

if rustup run nightly rustc --version > /dev/null 2>&1; then
    NRC=(rustup run nightly rustc -C incremental="$RD/incr-nightly" "${RUSTC_ARGS[@]}")
    say "  nightly: $(rustup run nightly rustc --version)"
    if (cd "$RD" && "${NRC[@]}" > /dev/null 2>&1) &&
        (cd "$RD" && "${NRC[@]}" -Z time-passes -Z incremental-info > "$RD/nightly.log" 2>&1); then
        nodes=$(sed -n 's/.*Total Node Count: *\([0-9]*\).*/\1/p' "$RD/nightly.log" | head -n 1)
        edges=$(sed -n 's/.*Total Edge Count: *\([0-9]*\).*/\1/p' "$RD/nightly.log" | head -n 1)
        say "  nightly dep graph (-Z incremental-info): ${nodes:-?} nodes, ${edges:-?} edges"
        loadl=$(grep -E '^time:.*(load_dep_graph|dep_graph_load|incr_comp_load|setup_dep_graph)' \
            "$RD/nightly.log" || true)
        if [ -n "$loadl" ]; then
            printf '%s\n' "$loadl" | sed 's/^/  nightly -Z time-passes: /' | tee -a "$SUMMARY"
        else
            say "  nightly -Z time-passes: no dep-graph load line (this nightly does not time it" \
                "as a verbose pass); lines that mention the dep graph:"
            grep -E '^time:.*(dep_graph|incr_comp)' "$RD/nightly.log" | sed 's/^/    /' |
                tee -a "$SUMMARY" || true
        fi
        grep -E '^time:.*[[:space:]]total$' "$RD/nightly.log" |
            sed 's/^/  nightly -Z time-passes: /' | tee -a "$SUMMARY" || true
    else
        say "  nightly: build failed; skipped"
    fi
else
    say "  nightly: not installed; -Z time-passes / -Z incremental-info skipped"
fi

# rustc's own graph work by sampling: self time of its loader and marker
if command -v perf > /dev/null 2>&1 &&
    (cd "$RD" && perf record -q -F 10000 -o "$RD/perf.data" -- \
        rustc -C incremental="$RD/incr" "${RUSTC_ARGS[@]}" > /dev/null 2>&1); then
    perf report -i "$RD/perf.data" --no-children --stdio --sort sym 2> /dev/null \
        > "$RD/perf.txt" || true
    total=$(sed -n 's/^# Event count (approx.): *\([0-9]*\).*/\1/p' "$RD/perf.txt" | head -n 1)
    if [ -n "$total" ]; then
        for sym in 'SerializedDepGraph>::decode' 'try_mark_previous_green' 'try_mark_green'; do
            pct=$(awk -v s="$sym" 'index($0, s) { t += $1 } END { printf "%.2f", t }' \
                "$RD/perf.txt")
            ms=$(awk -v p="$pct" -v t="$total" 'BEGIN { printf "%.1f", p / 100 * t / 1e6 }')
            say "  perf, self time in *$sym*: $pct% of samples ~ $ms ms"
        done
    fi
else
    say "  perf: not usable; rustc's graph work is not broken down"
fi
