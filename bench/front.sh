#!/usr/bin/env bash
# front.sh — the front-end benchmark: a generated 100,000-line crate in smelt's
# subset, through lex + parse + cfg + def collection in process (bench/front.c),
# then `smelt check` end to end, then rustc on the same file for comparison.
#
#   bench/front.sh      (runs `make` first; BUILD=DIR builds in DIR, not build/)
#
# 1. bench/front.c is built by hand (the Makefile has no rule for it) with the
#    Makefile's flags against the objects in $BUILD/src (default build/)
#    other than the driver's, into $BUILD/bench/front, and run on the file:
#    median of FRONT_RUNS (default 5) runs of each phase, and peak RSS.
#    Targets: total under 150 ms, peak RSS under 100 MB.
# 2. `smelt check FILE --edition 2021` with hyperfine: without incremental,
#    incremental from an empty directory, and a no-op incremental session
#    (the same directory, second run onwards); peak RSS of each by GNU time.
# 3. rustc (skipped with FRONT_RUSTC=0): nightly `-Z parse-crate-root-only`
#    (lex + parse of the crate root, then exit) end to end, nightly
#    `-Z time-passes` (parse_crate, expand_crate, ...), and stable
#    `rustc --emit=metadata` in full (parse, expand, resolve, type check,
#    borrow check, metadata).
#
# FRONT_LINES (default 100000) sets the size, FRONT_RUNS the runs of step 1.
# The summary is kept in $BUILD/bench/front-summary.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=${BUILD:-build}
LINES=${FRONT_LINES:-100000}
RUNS=${FRONT_RUNS:-5}
TARGET_MS=150
TARGET_RSS_MB=100
unset SMELT_VERIFY SMELT_INCREMENTAL

TMP=$(mktemp -d "${TMPDIR:-/tmp}/smelt-front.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$BUILD/bench"
SUMMARY=$BUILD/bench/front-summary.txt
: >"$SUMMARY"
say() { printf '%s\n' "$*" | tee -a "$SUMMARY"; }

# ---- build ---------------------------------------------------------------------

make --no-print-directory BUILD="$BUILD" deps "$BUILD/smelt" >&2
CC=${CC:-cc}
CFLAGS=${CFLAGS:--O2 -g}
WARN="-Wall -Wextra -Werror -Wshadow -Wmissing-prototypes -Wswitch-enum -Wno-switch-default"
OBJS=$(find "$BUILD/src" -name '*.o' ! -path '*/driver/*' | sort) # as the Makefile links bench/engine
# shellcheck disable=SC2086 # flag lists
$CC -std=c17 -D_GNU_SOURCE $WARN $CFLAGS -o "$BUILD/bench/front" bench/front.c $OBJS \
    -lxxhash -lpthread
FRONT=$BUILD/bench/front
SMELT=$BUILD/smelt

# ---- the crate ---------------------------------------------------------------------

# One inline module per copy of this template (@N@ is its number): structs
# with impls, generic fns with Fn bounds and where clauses, impl Trait,
# closures, Option::map chains, async fns and async closures and blocks,
# #[cfg] items, a trait with a default method, an enum and a match, and a
# nested inline module.  Valid Rust (rustc 2021 accepts it).
cat >"$TMP/module.rs" <<'T'
pub mod m@N@ {
    #![allow(dead_code, unused_variables, unused_mut)]

    #[derive(Debug, Clone, Default)]
    pub struct Point {
        pub x: i64,
        pub y: i64,
    }

    impl Point {
        pub fn new(x: i64, y: i64) -> Self {
            Point { x, y }
        }

        pub fn norm1(&self) -> i64 {
            self.x.abs() + self.y.abs()
        }

        pub fn scale(&mut self, k: i64) {
            self.x *= k;
            self.y *= k;
        }
    }

    pub struct Stack<T> {
        items: Vec<T>,
    }

    impl<T: Clone> Stack<T> {
        pub fn push(&mut self, t: T) {
            self.items.push(t);
        }

        pub fn peek(&self) -> Option<&T> {
            self.items.last()
        }

        pub fn map_top<U, F: Fn(&T) -> U>(&self, f: F) -> Option<U> {
            self.items.last().map(|t| f(t))
        }
    }

    pub fn apply<F>(f: F, v: i64) -> i64
    where
        F: Fn(i64) -> i64,
    {
        f(v)
    }

    pub fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
        move |a| g(f(a))
    }

    pub fn chain(x: Option<i64>) -> Option<i64> {
        x.map(|v| v + @N@)
            .map(|v| v * 2)
            .and_then(|v| if v > 10 { Some(v) } else { None })
            .filter(|v| v % 3 != 0)
    }

    pub fn closures(n: i64) -> i64 {
        let add = |a: i64, b: i64| a + b;
        let mut total = 0;
        for i in 0..n {
            total = add(total, i);
            let sq = |x: i64| -> i64 { x * x };
            total += sq(i) % 7;
        }
        let lens: Vec<usize> = ["a", "bb", "ccc"].iter().map(|w| w.len()).filter(|&l| l > 1).collect();
        total + lens.len() as i64 + apply(|v| v - 1, n)
    }

    pub async fn fetch(x: u32) -> u32 {
        let c = async |y: u32| y + 1;
        c(x).await + async { 2 }.await
    }

    #[cfg(feature = "extra")]
    pub fn extra() -> u32 {
        1
    }

    #[cfg(not(feature = "extra"))]
    pub fn extra() -> u32 {
        0
    }

    pub trait Shape {
        fn area(&self) -> f64;

        fn double_area(&self) -> f64 {
            self.area() * 2.0
        }
    }

    impl Shape for Point {
        fn area(&self) -> f64 {
            (self.x * self.y) as f64
        }
    }

    pub enum Op {
        Add(i64),
        Mul(i64),
        Neg,
        Nop,
    }

    pub fn eval(ops: &[Op], start: i64) -> i64 {
        let mut acc = start;
        for op in ops {
            acc = match op {
                Op::Add(n) => acc + n,
                Op::Mul(n) => acc * n,
                Op::Neg => -acc,
                Op::Nop => acc,
            };
        }
        acc
    }

    mod inner {
        pub const LIMIT: usize = 16;
        pub static NAME: &str = "inner";

        pub fn helper(v: &[i64]) -> i64 {
            v.iter().copied().fold(0, |a, b| a.max(b))
        }
    }

    pub fn use_inner() -> i64 {
        let arr = [1i64; inner::LIMIT];
        inner::helper(&arr) + inner::NAME.len() as i64
    }
}

T
per=$(wc -l <"$TMP/module.rs")
mods=$(((LINES - 8 + per - 1) / per))
F=$TMP/front.rs
{
    echo "// generated by bench/front.sh: $mods modules of $per lines"
    awk -v n="$mods" '
        { body = body $0 "\n" }
        END { for (i = 0; i < n; i++) { s = body; gsub(/@N@/, i, s); printf "%s", s } }
    ' "$TMP/module.rs"
    cat <<'T'
fn main() {
    let p = m0::Point::new(3, 4);
    let _ = m0::chain(Some(p.norm1()));
    let _ = m0::closures(10) + m0::eval(&[m0::Op::Add(1), m0::Op::Neg], 2);
    let _ = m0::compose(|a: i64| a + 1, |b: i64| b * 2)(5);
}
T
} >"$F"

say "== front-end benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
say "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM, load $(cut -d' ' -f1-3 /proc/loadavg)"
say "compiler: $($CC --version | head -1), $CFLAGS"
say "file: $(wc -l <"$F") lines, $(wc -c <"$F") bytes, $mods inline modules"

# ---- 1. in process -------------------------------------------------------------------

"$FRONT" "$F" --runs "$RUNS" --edition 2021 | tee "$TMP/front.out" | grep -v '^RESULT ' |
    tee -a "$SUMMARY"
R=$(grep '^RESULT ' "$TMP/front.out")
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$R"; }
total=$(field total_ms) rss=$(field peak_rss_mb)
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v < t ? "met" : "MISSED") }'; }
say "target: total ${total} ms < ${TARGET_MS} ms: $(verdict "$total" $TARGET_MS);" \
    "peak RSS ${rss} MB < ${TARGET_RSS_MB} MB: $(verdict "$rss" $TARGET_RSS_MB)"

# ---- 2. smelt check end to end ------------------------------------------------------------

if ! command -v hyperfine >/dev/null; then
    say "hyperfine not found: smelt check and rustc not timed"
    exit 0
fi
# med FILE.json: median (min, max, runs) of a hyperfine export
med() {
    python3 -c 'import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print("%.1f ms (min %.1f, max %.1f, %d runs)" % (r["median"] * 1e3, r["min"] * 1e3, r["max"] * 1e3, len(r["times"])))' "$1"
}
# rss_of CMD...: peak RSS in MB of one run (GNU time)
rss_of() {
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f '%M' -o "$TMP/rss" "$@" >/dev/null 2>&1 || true
        awk '{ printf "%.1f", $1 / 1024 }' "$TMP/rss"
    else
        echo "?"
    fi
}
"$SMELT" check "$F" --edition 2021 >"$TMP/check.out" 2>&1 ||
    { say "smelt check failed:"; head -20 "$TMP/check.out" | tee -a "$SUMMARY"; exit 1; }
INC=$TMP/inc
hyperfine -N --warmup 1 --runs 10 --export-json "$TMP/hf-clean.json" \
    "$SMELT check $F --edition 2021" >/dev/null
hyperfine -N --runs 10 --prepare "rm -rf $INC" --export-json "$TMP/hf-fresh.json" \
    "$SMELT check $F --edition 2021 -C incremental=$INC" >/dev/null
"$SMELT" check "$F" --edition 2021 -C incremental="$INC" >/dev/null 2>&1
hyperfine -N --warmup 1 --runs 10 --export-json "$TMP/hf-noop.json" \
    "$SMELT check $F --edition 2021 -C incremental=$INC" >/dev/null
say "smelt check, no incremental:          $(med "$TMP/hf-clean.json"), peak RSS $(rss_of "$SMELT" check "$F" --edition 2021) MB"
rm -rf "$INC"
say "smelt check, incremental, empty dir:  $(med "$TMP/hf-fresh.json"), peak RSS $(rss_of "$SMELT" check "$F" --edition 2021 -C incremental="$INC") MB"
say "smelt check, incremental, no change:  $(med "$TMP/hf-noop.json"), peak RSS $(rss_of "$SMELT" check "$F" --edition 2021 -C incremental="$INC") MB"
"$SMELT" check "$F" --edition 2021 -C incremental="$INC" -Z query-stats 2>&1 |
    sed -n '/^query-stats:/,$p' | sed 's/^/    /' | tee -a "$SUMMARY"
say "incremental directory: $(du -sk "$INC" | cut -f1) KiB"

# ---- 3. rustc -----------------------------------------------------------------------------

if [ "${FRONT_RUSTC:-1}" = 0 ] || ! command -v rustc >/dev/null; then
    say "rustc: skipped"
    exit 0
fi
cd "$TMP"
if rustup run nightly rustc --version >/dev/null 2>&1; then
    NIGHTLY=(rustup run nightly rustc)
    # rustup's proxy costs a few ms: time the toolchain's rustc directly
    nrc=$(rustup run nightly rustc --print sysroot)/bin/rustc
    [ -x "$nrc" ] && NIGHTLY=("$nrc")
    say "rustc nightly: $("${NIGHTLY[@]}" --version)"
    hyperfine -N --warmup 1 --runs 10 --export-json "$TMP/hf-rparse.json" \
        "${NIGHTLY[*]} --edition 2021 -Z parse-crate-root-only $F" >/dev/null
    say "  -Z parse-crate-root-only (process, lex + parse):  $(med "$TMP/hf-rparse.json"), peak RSS $(rss_of "${NIGHTLY[@]}" --edition 2021 -Z parse-crate-root-only "$F") MB"
    "${NIGHTLY[@]}" --edition 2021 -Z time-passes --emit=metadata -o "$TMP/n.rmeta" "$F" \
        2>"$TMP/passes.txt" >/dev/null || true
    say "  -Z time-passes --emit=metadata (one run, seconds):"
    grep -E '(parse_crate|expand_crate|macro_expand_crate|resolve_crate|type_check_crate|MIR_borrow_checking|total)$' \
        "$TMP/passes.txt" | sed 's/^/    /' | tee -a "$SUMMARY"
fi
STABLE=(rustc)
src=$(rustc --print sysroot)/bin/rustc
[ -x "$src" ] && STABLE=("$src")
say "rustc stable: $("${STABLE[@]}" --version)"
hyperfine -N --warmup 1 --runs 5 --export-json "$TMP/hf-rfull.json" \
    "${STABLE[*]} --edition 2021 --emit=metadata -o $TMP/s.rmeta $F" >/dev/null
say "  --emit=metadata (parse, expand, resolve, type and borrow check, metadata): $(med "$TMP/hf-rfull.json"), peak RSS $(rss_of "${STABLE[@]}" --edition 2021 --emit=metadata -o "$TMP/s.rmeta" "$F") MB"
