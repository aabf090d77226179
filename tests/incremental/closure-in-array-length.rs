// Closures inside array-length anon consts (g::{constant#N}::{closure#M}):
// rpass2 adds a closure to the length expression of the return type,
// rpass3 adds one to the repeat-expression's length; `h` stays green.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
fn g() -> [i32; {
    #[cfg(any(rpass2, rpass3))]
    let _a = || 1;
    2
}] {
    [0; {
        #[cfg(rpass3)]
        let _early = || 0;
        let _h = || 2;
        2
    }]
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn h() -> [u8; 3] {
    [1; {
        let _h = || 2;
        3
    }]
}

fn main() {
    let _ = (g(), h());
}
