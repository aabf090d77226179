// #139142's pattern one level down: the async closure sits inside a closure
// (main::{closure#0}::{closure#0}, by-move body would be
// main::{closure#0}::{closure#0}::{closure#1}), replaced by a closure
// holding two closures, whose second child takes that path.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
fn main() {
    || {
        #[cfg(any(rpass1, rpass3))]
        async || {};
        #[cfg(rpass2)]
        || {
            || ();
            || ();
        };
    };
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn sibling() {
    || {
        async || {};
    };
}
