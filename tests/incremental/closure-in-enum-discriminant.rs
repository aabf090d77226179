// Closures inside enum discriminant anon consts (E::A::{constant#0}::
// {closure#N}): variant A's discriminant gains a closure in rpass2, B's in
// rpass3; the enum is red in both, a second enum stays green.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes")]
enum E {
    A = {
        #[cfg(any(rpass2, rpass3))]
        let _x = || 0;
        let _q = || 1;
        1
    },
    B = {
        #[cfg(rpass3)]
        let _y = || 0;
        2
    },
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
enum F {
    A = {
        let _q = || 1;
        1
    },
}

fn main() {
    let _ = (E::A, E::B, F::A);
}
