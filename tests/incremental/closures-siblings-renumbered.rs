// Three sibling closures, each with a child; the middle one is removed in
// rpass2 (the third becomes main::{closure#1} and its child
// main::{closure#1}::{closure#0}), restored in rpass3, the first removed in
// rpass4.
//@ revisions: rpass1 rpass2 rpass3 rpass4
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass4", except = "hir_owner_nodes, typeck")]
fn main() {
    #[cfg(not(rpass4))]
    let _one = || {
        let _x = || 1;
    };
    #[cfg(not(rpass2))]
    let _two = || {
        let _y = async || 2;
    };
    let _three = || {
        let _z = async {};
    };
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
#[rustc_clean(cfg = "rpass4")]
fn quiet() {}
