// The failing revision also carries an edit that the next passing revision
// keeps: cfail2 adds a closure to `edited` and an unknown attribute to
// `broken`; rpass3 keeps the closure and drops the attribute.  Relative to
// rpass1, `edited` is red and `broken` green.  rpass4 repeats rpass3.
//@ revisions: rpass1 cfail2 rpass3 rpass4
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass4")]
fn edited() {
    #[cfg(not(rpass1))]
    let _new = || 1;
    let _old = async || {};
}

#[rustc_clean(cfg = "rpass3")]
#[rustc_clean(cfg = "rpass4")]
#[cfg_attr(cfail2, frobnicate(x))] //[cfail2]~ ERROR cannot find attribute `frobnicate` in this scope
fn broken() {}

fn main() {}
