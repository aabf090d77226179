// An async closure inside an async block inside main: rpass2 adds a plain
// closure before the async closure inside the block; rpass3 removes the
// block's async closure and leaves the plain closure.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
fn main() {
    let _fut = async {
        #[cfg(any(rpass2, rpass3))]
        let _p = || 1;
        #[cfg(any(rpass1, rpass2))]
        let _a = async || {};
    };
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn unrelated() {
    let _fut = async {
        let _a = async || {};
    };
}
