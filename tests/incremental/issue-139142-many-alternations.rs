// #139142's pattern over eight revisions in one incremental directory:
// main::{closure#0} is an async closure in rpass1, 3, 6, 8 and a closure
// holding two closures in rpass2, 4, 5, 7 (rpass5 repeats rpass4 and must
// be all green).  No run may cycle, grow without bound or differ from a
// clean build.
//@ revisions: rpass1 rpass2 rpass3 rpass4 rpass5 rpass6 rpass7 rpass8
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass4", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass5")]
#[rustc_clean(cfg = "rpass6", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass7", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass8", except = "hir_owner_nodes, typeck")]
fn main() {
    #[cfg(any(rpass1, rpass3, rpass6, rpass8))]
    async || {};
    #[cfg(any(rpass2, rpass4, rpass5, rpass7))]
    || {
        || ();
        || ();
    };
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
#[rustc_clean(cfg = "rpass4")]
#[rustc_clean(cfg = "rpass5")]
#[rustc_clean(cfg = "rpass6")]
#[rustc_clean(cfg = "rpass7")]
#[rustc_clean(cfg = "rpass8")]
fn witness() {
    async || {};
    || {
        || ();
        || ();
    };
}
