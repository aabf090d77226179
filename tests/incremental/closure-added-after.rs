// A closure added after the existing ones (rpass2): nothing renumbers,
// only a new main::{closure#2} appears; rpass3 adds a nested one inside it.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
fn main() {
    let a = || 1;
    let b = || 2;
    let _ = a() + b();
    #[cfg(rpass2)]
    let _ = || 1;
    #[cfg(rpass3)]
    let _ = || {
        let _inner = || 1;
    };
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn tail() {
    let a = || 1;
    let _ = a();
}
