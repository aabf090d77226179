// #139142's pattern with an `async move |x| {}` closure: rpass1 has it,
// rpass2 replaces it with a closure holding two closures (the path
// main::{closure#0}::{closure#1} changes meaning), rpass3 restores it.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
fn main() {
    let captured = String::new();
    #[cfg(any(rpass1, rpass3))]
    let _c = async move |x: i32| {
        let _ = (&captured, x);
    };
    #[cfg(rpass2)]
    let _c = || {
        || ();
        || ();
    };
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn bystander() -> i32 {
    let k = |x: i32| x * 2;
    k(21)
}
