# The front end as queries: per-item syntax with item-relative spans, so an
# edit re-runs only what depends on it (asserted with -Z query-stats).
. "$TESTS_DIR/lib.sh"

check_rs() { local f=$1; shift; run check "$f" -C incremental=inc -Z query-stats=user --edition 2021 "$@"; }

cat >main.rs <<'T'
mod shapes;

#[derive(Debug, Clone)]
struct Point {
    x: i64,
    y: i64,
}

fn area(w: i64, h: i64) -> i64 {
    let f = |a: i64| a * h;
    f(w)
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let _ = (p, area(2, 3), shapes::unit());
}
T
mkdir -p shapes
cat >shapes.rs <<'T'
pub fn unit() -> i64 {
    1
}
T
check_rs main.rs
check "clean: success" eq "$RC" 0
check "clean: no diagnostics" eq "$(diags)" ""
expect_stat "clean: both files parsed" parse executed 2
expect_stat "clean: attributes of every owner checked" check_attrs executed 5

check_rs main.rs
expect_stat "no-change: source_text re-read (input)" source_text executed 2
for k in parse expand def_table hir_owner_nodes check_attrs check_crate; do
    expect_stat "no-change: $k not executed" $k executed 0
done

# one fn body edited: only that item's downstream queries re-run
sed -i 's/a \* h/a * h + 1/' main.rs
check_rs main.rs
expect_stat "body edit: main.rs re-parsed" parse executed 1
expect_stat "body edit: shapes.rs not re-parsed" parse green 1
expect_stat "body edit: def table re-run, unchanged" def_table executed 1
expect_stat "body edit: item syntax of main.rs's owners re-hashed" hir_owner_nodes executed 4
expect_stat "body edit: shapes::unit's syntax green" hir_owner_nodes green 1
expect_stat "body edit: attributes unchanged, none re-checked" check_attrs executed 0
expect_stat "body edit: attribute syntax of every owner green" hir_attrs executed 4

# an attribute edit re-checks that item's attributes only
sed -i 's/^fn area/#[allow(dead_code)]\nfn area/' main.rs
check_rs main.rs
expect_stat "attribute edit: one item's attributes re-checked" check_attrs executed 1
expect_stat "attribute edit: the others reused" check_attrs green 4

# lines and comments inserted above every item: nothing downstream re-runs
{ printf '// a new comment\n\n/* and a block\n comment */\n'; cat main.rs; } >m2 && mv m2 main.rs
check_rs main.rs
expect_stat "insert above: item syntax fingerprints unchanged" check_attrs executed 0
expect_stat "insert above: check_crate green" check_crate executed 0

# editing the module file re-parses it alone
sed -i 's/^    1$/    2/' shapes.rs
check_rs main.rs
expect_stat "module edit: only shapes.rs re-parsed" parse executed 1
expect_stat "module edit: main.rs's syntax not re-hashed" hir_owner_nodes executed 1

# an error is reported with its position after lines moved
sed -i 's/#\[derive(Debug, Clone)\]/#[derive(Debug, Clone, Nope)]/' main.rs
check_rs main.rs
check "bad derive: error" has "$ERR" "error: cannot find derive macro \`Nope\` in this scope"
check "bad derive: at its current line" has "$ERR" " --> main.rs:7:24"
check "bad derive: exit 1" eq "$RC" 1
incr=$(diags)
SMELT_INCREMENTAL=0 run check main.rs --edition 2021
check "bad derive: equals a clean build" eq "$incr" "$ERR"

# toggling a cfg that removes one closure re-checks only the body that changed
cat >c.rs <<'T'
fn main() {
    #[cfg(a)]
    || ();
    || {
        || ();
        || ();
    };
    async || {};
}
fn other() {
    let _k = || 5;
}
T
rm -rf inc
check_rs c.rs --print def-paths
check "cfg off: main::{closure#0} is the block closure" has "$OUT" "main::{closure#0}::{closure#1}"
check "cfg off: the async closure is {closure#1}" has "$OUT" "main::{closure#1}::{closure#0}"
check_rs c.rs --print def-paths --cfg a
check "cfg on: the cfg'd closure takes {closure#0}" has "$OUT" "main::{closure#2}::{closure#0}"
expect_stat "cfg on: attribute checks reused" check_attrs green 2
check_rs c.rs --print def-paths
check "cfg off again: numbering restored" has "$OUT" "main::{closure#1}::{closure#0}"
check "cfg off again: no stale closure" hasnt "$OUT" "main::{closure#2}"
expect_stat "cfg off again: attribute checks reused" check_attrs executed 0
