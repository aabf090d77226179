# Type checking as queries (issue 4): an edit re-runs exactly the typeck
# queries it must, asserted with -Z query-stats=user (the core library's
# queries left out), and every incremental run is verified against a fresh
# computation (SMELT_VERIFY=1) and its --print types compared with a clean
# build's.
. "$TESTS_DIR/lib.sh"

check_rs() {
    local f=$1; shift
    run check "$f" -C incremental=inc -Z query-stats=user --edition 2021 --print types "$@"
    INCR_OUT=$OUT
    "$SMELT" check "$f" --edition 2021 --print types "$@" >clean.txt 2>clean_err.txt
    check "$STEP: incremental --print types equals clean" eq "$INCR_OUT" "$(cat clean.txt)"
}

cat >main.rs <<'T'
struct Acc {
    total: i64,
}

impl Acc {
    fn new() -> Acc {
        Acc { total: 0 }
    }
    fn add(&mut self, x: i64) {
        self.total += x;
    }
}

fn apply<F: Fn(i64) -> i64>(f: F, x: i64) -> i64 {
    f(x)
}

fn double(x: i64) -> i64 {
    x * 2
}

fn caller_a() -> i64 {
    double(3)
}

fn caller_b() -> i64 {
    let k = 10;
    apply(|v| v * k, double(4))
}

fn unrelated() -> i64 {
    Some(5).map(|v| v * 3).unwrap_or(0)
}

fn main() {
    let mut a = Acc::new();
    a.add(caller_a() + caller_b() + unrelated());
}
T

STEP=clean
check_rs main.rs
check "clean: success" eq "$RC" 0
check "clean: no diagnostics" eq "$(diags)" ""
# new, add, apply, double, caller_a, caller_b, unrelated, main
expect_stat "clean: every body checked once" typeck executed 8
check "clean: a closure's signature is printed" has "$OUT" "caller_b::{closure#0}: closure(i64) -> i64"
# the return type flows back through unwrap_or and map into the closure: i64, not i32
check "clean: expected type flows into a map closure" has "$OUT" "unrelated::{closure#0}: closure(i64) -> i64"

STEP=no-op
check_rs main.rs
expect_stat "no-op: no typeck executed" typeck executed 0
expect_stat "no-op: no fn_sig executed" fn_sig executed 0

STEP=body
sed -i 's/v \* 3/v * 4/' main.rs
check_rs main.rs
expect_stat "body edit: typeck of that body only" typeck executed 1
expect_stat "body edit: every other body green" typeck green 7
# the edited item's own signature is recomputed (it reads the item) and found unchanged
expect_stat "body edit: only the edited item's fn_sig recomputed" fn_sig executed 1
expect_stat "body edit: the other signatures green" fn_sig green 7

STEP=signature
sed -i 's/fn double(x: i64) -> i64 {/fn double(x: i64) -> i32 {/; s/    x \* 2$/    x as i32 * 2/' main.rs
sed -i 's/    double(3)$/    double(3) as i64/; s/double(4))/double(4) as i64)/' main.rs
check_rs main.rs
check "signature edit: still type-checks" eq "$(diags)" ""
# double itself and its two callers (whose text changed too) — no other body
expect_stat "signature edit: double and its callers re-checked" typeck executed 3
expect_stat "signature edit: the others green" typeck green 5

# a signature edit that leaves callers' text alone: only callers re-run
STEP=signature-only
sed -i 's/fn apply<F: Fn(i64) -> i64>(f: F, x: i64) -> i64 {/fn apply<F: Fn(i64) -> i64>(f: F, x: i64) -> i64 where F: Copy {/' main.rs
check_rs main.rs
check "where-clause edit: still type-checks" eq "$(diags)" ""
expect_stat "where-clause edit: apply's predicates re-lowered" predicates_of executed 1
# apply (its own syntax changed) and caller_b (it calls apply); nothing else
expect_stat "where-clause edit: apply and its caller re-checked" typeck executed 2

STEP=comment
sed -i '1i // a comment line inserted above everything\n' main.rs
check_rs main.rs
expect_stat "comment above: no typeck" typeck executed 0
STEP=whitespace
sed -i 's/^fn unrelated() -> i64 {/fn   unrelated()  ->  i64 {/' main.rs
check_rs main.rs
expect_stat "whitespace inside an item: no typeck" typeck executed 0

# a signature error is reported once and replayed, not recomputed
STEP=error
sed -i 's/fn caller_a() -> i64 {/fn caller_a() -> bool {/' main.rs
check_rs main.rs
check "error: E0308 reported" has "$(diags)" "error[E0308]: mismatched types"
check "error: exit 1" eq "$RC" 1
STEP=fixed
sed -i 's/fn caller_a() -> bool {/fn caller_a() -> i64 {/' main.rs
check_rs main.rs
check "fixed: success" eq "$RC" 0

# ---- the brief's pattern: a cfg removes one closure; the next takes its number ----
cat >cfg.rs <<'T'
fn main() {
    #[cfg(a)]
    let _c = || 1;
    let f = |x: i64| x.wrapping_add(1);
    let g = |s: &str| s.len();
    let _ = (f(1), g("ab"));
}

fn other() -> i64 {
    let h = |y: i64| y * 2;
    h(4)
}
T
rm -rf inc
STEP=cfg-on
check_rs cfg.rs --cfg a
check "cfg on: success" eq "$RC" 0
check "cfg on: the i64 closure is {closure#1}" has "$OUT" "main::{closure#1}: closure(i64) -> i64"
STEP=cfg-off
check_rs cfg.rs
check "cfg off: success" eq "$RC" 0
check "cfg off: the i64 closure took number 0" has "$OUT" "main::{closure#0}: closure(i64) -> i64"
check "cfg off: the &str closure took number 1" has "$OUT" "main::{closure#1}: closure(&str) -> usize"
expect_stat "cfg off: main re-checked" typeck executed 1
expect_stat "cfg off: other() green" typeck green 1
check "cfg off: nothing forced" eq "$(stat typeck forced)" 0
STEP=cfg-on-again
check_rs cfg.rs --cfg a
check "cfg on again: success" eq "$RC" 0
check "cfg on again: numbers as at first" has "$OUT" "main::{closure#2}: closure(&str) -> usize"
expect_stat "cfg on again: main re-checked" typeck executed 1
