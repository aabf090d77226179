// The brief's second program (#[cfg(a)] closure, a closure holding two
// closures, an async closure) with the cfg'd closure present, absent, then
// present again: main::{closure#1} alternates between the closure that holds
// `|| ()` twice and the async closure, and main::{closure#1}::{closure#1}
// between a user closure and nothing.
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
        || ();
        || ();
    };
    async || {};
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn other() -> u8 {
    7
}
