// #139142's pattern combined with the brief's cfg'd closure in front of it:
// the async closure / closure pair is main::{closure#1} when `|| ()` is
// configured in (rpass1, rpass3) and main::{closure#0} otherwise, so each
// revision changes both the index and the kind behind the paths.
//@ revisions: rpass1 rpass2 rpass3 rpass4
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass4", except = "hir_owner_nodes, typeck")]
fn main() {
    #[cfg(any(rpass1, rpass3))]
    || ();
    #[cfg(any(rpass1, rpass4))]
    async || {};
    #[cfg(any(rpass2, rpass3))]
    || {
        || ();
        || ();
    };
    async || {};
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
#[rustc_clean(cfg = "rpass4")]
enum Untouched {
    A,
    B(i32),
}
