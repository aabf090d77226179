// Plain closures nested in an async closure's body (children of the async
// closure's coroutine, main::{closure#0}::{closure#0}::{closure#N}); a
// second inner closure is added in rpass2, the first removed in rpass3.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
fn main() {
    let _a = async || {
        #[cfg(any(rpass1, rpass2))]
        let f = |x: i32| x + 1;
        #[cfg(rpass3)]
        let f = |x: i32| x;
        #[cfg(rpass2)]
        let _g = || ();
        f(1)
    };
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn untouched() {
    let _a = async || {
        let f = |x: i32| x + 1;
        f(1)
    };
}
