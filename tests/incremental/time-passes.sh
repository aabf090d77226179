#!/usr/bin/env bash
# --time-passes: a table of per-query-kind self time and runs on stderr
# (clean, no-op and edited sessions), and nothing else changes: stdout,
# diagnostics and the exit code are the same with and without the flag.
. "$(dirname "$0")/../lib.sh"
export SMELT_VERIFY=0

cat >a.rs <<'EOF'
struct P { x: i64 }
impl P { fn get(&self) -> i64 { self.x } }
fn add(a: i64, b: i64) -> i64 { a + b }
fn main() {
    let p = P { x: 1 };
    let f = |y: i64| add(y, p.get());
    let _ = f(2);
}
EOF
cat >bad.rs <<'EOF'
fn main() { let x: i64 = "no"; }
EOF

# time-passes table rows: "time: <ms> ms  (<n> runs)  <name>"
row() { grep -qE "^time: +[0-9]+\.[0-9]{3} ms +\( *[0-9]+ runs\)  $1\$" err.txt; }

run check a.rs --edition 2021 -C incremental=inc --time-passes
check "clean: exit 0" eq "$RC" 0
check "clean: header" has "$ERR" "time-passes:"
check "clean: a typeck row" row typeck
check "clean: a parse row" row parse
check "clean: saving is a row" row '\(save incremental cache\)'
check "clean: loading is a row" row '\(load incremental cache\)'
check "clean: a total row" grep -qE '^time: +[0-9]+\.[0-9]{3} ms +total$' err.txt
# two runs of parse: the crate root and the core library
check "clean: parse ran twice" grep -qE '\( +2 runs\)  parse$' err.txt
# sorted by time, largest first
check "clean: sorted by time" bash -c "grep -E '\\(.*runs\\)' err.txt | awk '{ print \$2 }' | sort -grc"

run check a.rs --edition 2021 -C incremental=inc --time-passes
check "no-op: exit 0" eq "$RC" 0
check "no-op: try-mark-green is a row" row '\(try-mark-green\)'
check "no-op: typeck did not run" bash -c "! grep -qE 'runs\\)  typeck\$' err.txt"

# the flag changes nothing else: same stdout and exit code, same diagnostics
for f in a.rs bad.rs; do
    for extra in "" "--print types" "-Z query-stats"; do
        rm -rf i1 i2
        # shellcheck disable=SC2086
        "$SMELT" check "$f" --edition 2021 -C incremental=i1 $extra >o1.txt 2>e1.txt; rc1=$?
        # shellcheck disable=SC2086
        "$SMELT" check "$f" --edition 2021 -C incremental=i2 $extra --time-passes >o2.txt 2>e2.txt; rc2=$?
        check "$f ${extra:-plain}: same exit code" eq "$rc1" "$rc2"
        check "$f ${extra:-plain}: same stdout" cmp -s o1.txt o2.txt
        sed '/^time-passes:/,$d' e2.txt >e2-rest.txt
        check "$f ${extra:-plain}: same stderr before the table" cmp -s e1.txt e2-rest.txt
        check "$f ${extra:-plain}: table last on stderr" grep -qE '^time: .* total$' e2.txt
        # and the cache it writes is as good: the next session reuses all of it
        "$SMELT" check "$f" --edition 2021 -C incremental=i2 $extra >o3.txt 2>e3.txt; rc3=$?
        check "$f ${extra:-plain}: rebuild after a timed session" eq "$rc3" "$rc1"
        check "$f ${extra:-plain}: rebuild stdout" cmp -s o1.txt o3.txt
    done
done

# -Z time-passes is the same flag (as rustc's)
run check a.rs --edition 2021 -Z time-passes
check "-Z time-passes: a typeck row" row typeck
# without the flag: no table
run check a.rs --edition 2021
check "no flag: no table" hasnt "$ERR" "time-passes:"
