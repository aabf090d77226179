// Invariant 2: main::{closure#1} is an async closure in rpass1 and rpass3
// and a plain closure in rpass2 and rpass4 (same def path, same
// DefPathHash, different def kind); main::{closure#1}::{closure#0} is the
// async closure's coroutine in one and a user closure in the other.  A
// previous node keyed by the old kind must never be forced for the new one.
//@ revisions: rpass1 rpass2 rpass3 rpass4
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass4", except = "hir_owner_nodes, typeck")]
fn main() {
    || ();
    #[cfg(any(rpass1, rpass3))]
    async || {};
    #[cfg(any(rpass2, rpass4))]
    || {
        || ();
    };
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
#[rustc_clean(cfg = "rpass4")]
fn witness() {
    || ();
    async || {};
}
