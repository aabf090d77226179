// Alternates between the brief's two programs (the middle closure holds an
// Option::map chain in odd revisions and two closures in even ones), with the
// #[cfg(a)] closure on in rpass3 and rpass4: main::{closure#N}::{closure#1}
// is `|y| y`, then `|| ()`, at shifting N.
//@ revisions: rpass1 rpass2 rpass3 rpass4 rpass5
//@ compile-flags: -Z query-dep-graph
//@ [rpass3]compile-flags: --cfg a
//@ [rpass4]compile-flags: --cfg a
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass4", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass5", except = "hir_owner_nodes, typeck")]
fn main() {
    #[cfg(a)]
    || ();
    #[cfg(any(rpass1, rpass3, rpass5))]
    || {
        Some(())
            .map(|_| ())
            .map(|y| y);
    };
    #[cfg(any(rpass2, rpass4))]
    || {
        || ();
        || ();
    };
    async || {};
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
#[rustc_clean(cfg = "rpass4")]
#[rustc_clean(cfg = "rpass5")]
fn stable_neighbour() {
    async || {};
}
