// Two failing revisions in a row with different errors (an unknown
// attribute, then a missing module file plus an unknown derive), then two
// passing ones: rpass4 must reuse rpass1's session (neither failure is
// kept) and rpass5 reuses rpass4's.
//@ revisions: rpass1 cfail2 cfail3 rpass4 rpass5
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass4")]
#[rustc_clean(cfg = "rpass5")]
#[cfg_attr(cfail2, frobnicate)] //[cfail2]~ ERROR cannot find attribute `frobnicate` in this scope
fn first() {
    let _a = async || {};
}

#[cfg(cfail3)]
mod nowhere; //[cfail3]~ ERROR file not found for module `nowhere`

#[rustc_clean(cfg = "rpass4")]
#[rustc_clean(cfg = "rpass5", except = "hir_owner_nodes, adt_def")]
#[cfg_attr(cfail3, derive(Missing))] //[cfail3]~ ERROR cannot find derive macro `Missing` in this scope
struct Second {
    #[cfg(rpass5)]
    extra: i32,
}

#[rustc_clean(cfg = "rpass4")]
#[rustc_clean(cfg = "rpass5")]
fn main() {
    || {
        Some(())
            .map(|_| ())
            .map(|y| y);
    };
}
