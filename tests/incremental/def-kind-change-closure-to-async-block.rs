// Invariant 2 for bodies: main::{closure#0} alternates between a plain
// closure (rpass1, rpass3), an async block (a coroutine, rpass2) and an
// async closure (rpass4); each holds a child at main::{closure#0}::
// {closure#0} (a closure, a closure inside the block, the async
// closure's coroutine).
//@ revisions: rpass1 rpass2 rpass3 rpass4
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass4", except = "hir_owner_nodes, typeck")]
fn main() {
    #[cfg(any(rpass1, rpass3))]
    let _x = || {
        let _y = || 1;
    };
    #[cfg(rpass2)]
    let _x = async {
        let _y = || 1;
    };
    #[cfg(rpass4)]
    let _x = async || {};
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
#[rustc_clean(cfg = "rpass4")]
fn steady() {
    let _x = async {};
}
