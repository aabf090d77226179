// cfail2 adds an unknown derive through cfg_attr; cfail2 also edits main
// (a closure added).  rpass3 keeps main's edit, so relative to rpass1 (the
// last successful session) main is red and the struct green.
//@ revisions: rpass1 cfail2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass3")]
#[derive(Clone)]
#[cfg_attr(cfail2, derive(Nope))] //[cfail2]~ ERROR cannot find derive macro `Nope` in this scope
struct Thing {
    value: i32,
}

#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
fn main() {
    #[cfg(not(rpass1))]
    let _ = || 1;
    let _t = Thing { value: 1 }.clone().value;
    async || {};
}
