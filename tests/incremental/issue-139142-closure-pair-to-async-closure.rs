// #139142's pattern in the reverse direction: a closure holding two
// closures in rpass1 (main::{closure#0}::{closure#1} is user-written), a
// bare async closure in rpass2 (that path now has no user definition; a
// synthetic by-move body must not take it), and the pair again in rpass3.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
fn main() {
    #[cfg(any(rpass1, rpass3))]
    || {
        || ();
        || ();
    };
    #[cfg(rpass2)]
    async || {};
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn bystander() {
    || {
        || ();
        || ();
    };
}
