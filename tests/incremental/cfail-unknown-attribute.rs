// A failing revision between passing ones: cfail2 turns on an unknown
// attribute through cfg_attr (a semantic error smelt reports after cfg
// stripping).  rpass3 is back to rpass1's source and must reuse rpass1's
// session (the failed session is not kept): everything green, including the
// item that carried the bad attribute.
//@ revisions: rpass1 cfail2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass3")]
#[cfg_attr(cfail2, frobnicate)] //[cfail2]~ ERROR cannot find attribute `frobnicate` in this scope
fn decorated() -> i32 {
    let c = || 1;
    c()
}

#[rustc_clean(cfg = "rpass3")]
fn main() {
    || ();
    || {
        Some(())
            .map(|_| ())
            .map(|y| y);
    };
    async || {};
}
