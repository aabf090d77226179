// A closure added between two existing closures (rpass2): the first keeps
// main::{closure#0}, the second moves to main::{closure#2}; rpass3 replaces
// the added closure by an async closure in the same slot.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
fn main() {
    let first = || 1;
    #[cfg(rpass2)]
    let _ = || 1;
    #[cfg(rpass3)]
    let _ = async || 1;
    let last = || 3;
    let _ = first() + last();
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
const UNRELATED: i32 = 4;
