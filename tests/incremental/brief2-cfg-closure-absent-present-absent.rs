// The brief's second program with the #[cfg(a)] closure absent in rpass1,
// present in rpass2 and absent again in rpass3; rpass4 turns it on again
// with the same cfg set as rpass2.
//@ revisions: rpass1 rpass2 rpass3 rpass4
//@ compile-flags: -Z query-dep-graph
//@ [rpass2]compile-flags: --cfg a
//@ [rpass4]compile-flags: --cfg a
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass4", except = "hir_owner_nodes, typeck")]
fn main() {
    #[cfg(a)]
    || ();
    || {
        || ();
        || ();
    };
    async || {};
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
#[rustc_clean(cfg = "rpass4")]
const LIMIT: usize = 3;
