// An async closure nested in a plain closure, with a closure added in front
// of it inside the outer closure in rpass2 (the async closure moves from
// main::{closure#0}::{closure#0} to main::{closure#0}::{closure#1}) and
// removed again in rpass3.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
fn main() {
    let outer = || {
        #[cfg(rpass2)]
        let _first = || 0;
        let _a = async || {};
    };
    outer();
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn same_shape() {
    let outer = || {
        let _a = async || {};
    };
    outer();
}
