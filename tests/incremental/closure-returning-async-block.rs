// A closure returning an async move block (`|x| async move { x }`: a
// closure whose child is a coroutine) toggled against an async closure
// with the same signature: main::{closure#0} is a closure in rpass1 and
// rpass3, an async closure in rpass2; main::{closure#0}::{closure#0} is a
// coroutine in all three.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
fn main() {
    #[cfg(any(rpass1, rpass3))]
    let _w = |x: i32| async move { x };
    #[cfg(rpass2)]
    let _w = async move |x: i32| x;
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn keeps_both() {
    let _w = |x: i32| async move { x };
    let _v = async move |x: i32| x;
}
