// The error sits on a closure statement itself: cfail2 expands a cfg_attr
// on the brief's cfg'd closure into an unknown attribute.  Errors in the
// failed revision must not leak into rpass3 (their diagnostics are not
// replayed), and rpass3 reuses rpass1.
//@ revisions: rpass1 cfail2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass3")]
fn main() {
    #[cfg_attr(cfail2, frobnicate)] //[cfail2]~ ERROR cannot find attribute `frobnicate` in this scope
    || ();
    || {
        Some(())
            .map(|_| ())
            .map(|y| y);
    };
    async || {};
}

#[rustc_clean(cfg = "rpass3")]
const N: usize = 1;
