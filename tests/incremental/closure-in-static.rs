// Closures inside a static's initializer (S::{closure#N}) toggled by
// revision; a second static and a fn using both stay green.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
static S: i32 = {
    #[cfg(rpass2)]
    let _c = || 1;
    let _d = || {
        let _e = || 2;
    };
    5
};

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
static T: i32 = 6;

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn main() {
    let _ = S + T;
}
