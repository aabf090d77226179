// `async {}` blocks (coroutine defs main::{closure#N}) added before an
// existing closure in rpass2 and removed in rpass3, shifting the
// closure's index; an unrelated async fn stays green.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
fn main() {
    #[cfg(rpass2)]
    let _f = async {};
    let _c = || 1;
    let _g = async { 2 };
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
async fn other() -> i32 {
    async { 1 }.await
}
