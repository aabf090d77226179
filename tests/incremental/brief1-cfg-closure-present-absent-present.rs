// The brief's first program (#[cfg(a)] closure, a closure holding an
// Option::map chain, an async closure), with the cfg'd closure present in
// rpass1, removed in rpass2 and back in rpass3: every closure after it is
// renumbered twice (main::{closure#1} is the map-chain closure, then the
// async closure's slot, then the map-chain closure again).  Items that do
// not contain the closure must stay green.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ [rpass1]compile-flags: --cfg a
//@ [rpass3]compile-flags: --cfg a
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
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
fn neighbour() {
    || {
        Some(())
            .map(|_| ())
            .map(|y| y);
    };
    async || {};
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
struct Untouched {
    field: i32,
}
