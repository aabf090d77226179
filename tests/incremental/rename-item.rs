// Renaming a fn (`old_name` in rpass1, `new_name` in rpass2 and rpass3):
// its closures change parents (old_name::{closure#0} ->
// new_name::{closure#0}); its caller is edited too and is red, the rest
// stays green.  rpass3 repeats rpass2: all green, the renamed fn too.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[cfg(rpass1)]
fn old_name() -> i32 {
    let c = || 1;
    c()
}

#[rustc_clean(cfg = "rpass3")]
#[cfg(not(rpass1))]
fn new_name() -> i32 {
    let c = || 1;
    c()
}

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3")]
fn caller() -> i32 {
    #[cfg(rpass1)]
    let v = old_name();
    #[cfg(not(rpass1))]
    let v = new_name();
    v
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn unrelated() -> i32 {
    let c = || 1;
    c()
}

fn main() {}
