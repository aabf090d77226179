// A closure that lives in `first` in rpass1, moves to `second` in rpass2
// (first::{closure#0} disappears, second::{closure#0} appears), and to
// `third` in rpass3; `fourth` never changes.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3")]
fn first() {
    #[cfg(rpass1)]
    let _ = || 1;
}

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
fn second() {
    #[cfg(rpass2)]
    let _ = || 1;
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
fn third() {
    let _keep = || 0;
    #[cfg(rpass3)]
    let _ = || 1;
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn fourth() {
    let _ = || 1;
}

fn main() {
    first();
    second();
    third();
    fourth();
}
