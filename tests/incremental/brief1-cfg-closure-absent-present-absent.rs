// The brief's first program with the #[cfg(a)] closure absent in rpass1,
// present in rpass2 (main::{closure#0} becomes the new `|| ()` and the
// map-chain and async closures shift to #1 and #2), absent again in rpass3,
// and unchanged in rpass4 (everything green).
//@ revisions: rpass1 rpass2 rpass3 rpass4
//@ compile-flags: -Z query-dep-graph
//@ [rpass2]compile-flags: --cfg a
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass4")]
fn main() {
    #[cfg(a)]
    || ();
    || {
        Some(())
            .map(|_| ())
            .map(|y| y);
    };
    async || {};
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
#[rustc_clean(cfg = "rpass4")]
fn helper(x: i32) -> i32 {
    let add = |y: i32| x + y;
    add(1)
}
