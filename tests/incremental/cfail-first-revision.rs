// The very first revision fails (an unknown attribute on main), so there is
// no successful session for rpass2 to reuse; rpass2 builds from scratch
// and rpass3, identical to rpass2, is green everywhere.
//@ revisions: cfail1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass3")]
#[cfg_attr(cfail1, frobnicate)] //[cfail1]~ ERROR cannot find attribute `frobnicate` in this scope
fn main() {
    || ();
    async || {};
}

#[rustc_clean(cfg = "rpass3")]
fn helper() {
    let _ = || {
        || ();
        || ();
    };
}
