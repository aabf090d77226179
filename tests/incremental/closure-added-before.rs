// A closure added before two existing closures (rpass2): they shift from
// main::{closure#0,1} to main::{closure#1,2}; rpass3 removes it again.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
fn main() {
    #[cfg(rpass2)]
    let _ = || 1;
    let a = || 2;
    let b = |x: i32| x + a();
    let _ = b(3);
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn other() {
    let a = || 2;
    let _ = a();
}
