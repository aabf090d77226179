// An async fn whose body holds closures: they are children of the body's
// coroutine (work::{closure#0}::{closure#N}).  A closure is added between
// the two existing ones in rpass2 and the last one removed in rpass3.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
async fn work(x: i32) -> i32 {
    let a = |y: i32| y + x;
    #[cfg(rpass2)]
    let _mid = || ();
    #[cfg(any(rpass1, rpass2))]
    let b = |y: i32| y * 2;
    #[cfg(rpass3)]
    let b = a;
    b(a(1))
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
async fn other(x: i32) -> i32 {
    let a = |y: i32| y + x;
    a(2)
}

fn main() {
    let _ = work(1);
    let _ = other(1);
}
