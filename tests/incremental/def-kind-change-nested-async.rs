// Invariant 2 two levels down: main::{closure#0}::{closure#0} is an async
// closure in rpass1, an async block in rpass2, a plain closure holding a
// closure in rpass3 and an async move closure in rpass4, so the child path
// main::{closure#0}::{closure#0}::{closure#0} is a coroutine, a closure, a
// closure and a coroutine.
//@ revisions: rpass1 rpass2 rpass3 rpass4
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass4", except = "hir_owner_nodes, typeck")]
fn main() {
    let _outer = || {
        #[cfg(rpass1)]
        let _i = async || {};
        #[cfg(rpass2)]
        let _i = async {
            let _j = || ();
        };
        #[cfg(rpass3)]
        let _i = || {
            let _j = || ();
        };
        #[cfg(rpass4)]
        let _i = async move |v: i32| v;
    };
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
#[rustc_clean(cfg = "rpass4")]
fn steady() {
    let _outer = || {
        let _i = async || {};
    };
}
