// An Option::map chain of length 5 that loses one map call per revision
// down to length 1 in rpass5 and then grows back to 5 in rpass6 (a jump of
// four closures at once).  The closures of the chain are
// main::{closure#0}::{closure#0..4}.
//@ revisions: rpass1 rpass2 rpass3 rpass4 rpass5 rpass6
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass4", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass5", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass6", except = "hir_owner_nodes, typeck")]
fn main() {
    || {
        #[cfg(any(rpass1, rpass6))]
        Some(()).map(|_| ()).map(|y| y).map(|y| y).map(|y| y).map(|y| y);
        #[cfg(rpass2)]
        Some(()).map(|_| ()).map(|y| y).map(|y| y).map(|y| y);
        #[cfg(rpass3)]
        Some(()).map(|_| ()).map(|y| y).map(|y| y);
        #[cfg(rpass4)]
        Some(()).map(|_| ()).map(|y| y);
        #[cfg(rpass5)]
        Some(()).map(|_| ());
    };
    async || {};
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
#[rustc_clean(cfg = "rpass4")]
#[rustc_clean(cfg = "rpass5")]
#[rustc_clean(cfg = "rpass6")]
fn constant() -> i32 {
    1
}
