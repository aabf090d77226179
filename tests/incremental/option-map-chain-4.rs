// A closure holding an Option::map chain of length 4 (its map closures are
// main::{closure#N}::{closure#0..3}), behind a cfg'd closure that is
// present in rpass2 only (the chain closure moves from main::{closure#0}
// to main::{closure#1} and back), followed by an async closure.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
fn main() {
    #[cfg(rpass2)]
    || ();
    || {
        Some(())
            .map(|_| ())
            .map(|y| y)
            .map(|y| y)
            .map(|y| y);
    };
    async || {};
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn same_chain() -> Option<()> {
    Some(())
        .map(|_| ())
        .map(|y| y)
        .map(|y| y)
        .map(|y| y)
}
