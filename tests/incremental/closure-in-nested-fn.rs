// Closures inside a fn nested in main (main::inner::{closure#N}): inner
// gains a closure in rpass2 and loses its first one in rpass3; a top-level
// fn with the same name and body stays green, as does `inner2`, a second
// nested fn of main.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

fn main() {
    #[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
    #[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
    fn inner() {
        #[cfg(not(rpass3))]
        let _a = || 1;
        #[cfg(rpass2)]
        let _b = || 2;
        let _c = async || 3;
    }
    #[rustc_clean(cfg = "rpass2")]
    #[rustc_clean(cfg = "rpass3")]
    fn inner2() {
        let _a = || 1;
    }
    inner();
    inner2();
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn inner() {
    let _a = || 1;
    let _c = async || 3;
}
