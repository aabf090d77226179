// Closures inside a const's initializer block (K::{closure#N}): rpass2
// adds one in front, rpass3 adds an async closure after; the static and
// the other const stay green.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
const K: usize = {
    #[cfg(any(rpass2, rpass3))]
    let _pre = || 0;
    let _f = || 3;
    #[cfg(rpass3)]
    let _post = async || {};
    3
};

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
const J: usize = {
    let _f = || 3;
    3
};

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
static S: usize = 1;

fn main() {
    let _ = K + J + S;
}
