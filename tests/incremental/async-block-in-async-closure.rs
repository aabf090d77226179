// An async block inside an async closure's body: the block is a child of
// the closure's coroutine.  rpass2 makes it `async move`, rpass3 adds a
// second block before it.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
fn main() {
    let _c = async |x: i32| {
        #[cfg(rpass3)]
        let _z = async { 0 };
        #[cfg(rpass1)]
        let b = async { 1 };
        #[cfg(any(rpass2, rpass3))]
        let b = async move { x };
        b.await
    };
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn same() {
    let _c = async |x: i32| async { x }.await;
}
