// #139142's pattern where the async closure's body is not empty: it awaits
// an async block and holds a closure of its own (so its coroutine has
// children), replaced by a closure holding two closures and back.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
fn main() {
    #[cfg(any(rpass1, rpass3))]
    let _c = async || {
        let inner = || 1;
        let v = async { 2 }.await;
        inner() + v
    };
    #[cfg(rpass2)]
    let _c = || {
        || ();
        || ();
    };
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
async fn untouched() -> i32 {
    async { 3 }.await
}
