// An Option::map chain whose map closures themselves hold closures and
// async closures (main::{closure#0}::{closure#1}::{closure#0} ...); rpass2
// turns the inner closure of the second map into an async closure (a kind
// change one level below the chain), rpass3 removes the first map.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
fn main() {
    || {
        #[cfg(not(rpass3))]
        let _ = Some(1)
            .map(|x| {
                let f = || x;
                f()
            })
            .map(|y| {
                #[cfg(rpass1)]
                let _g = || y;
                #[cfg(rpass2)]
                let _g = async || y;
                y
            });
        #[cfg(rpass3)]
        let _ = Some(1).map(|y| {
            let _g = async || y;
            y
        });
    };
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn other() -> Option<i32> {
    Some(1).map(|x| {
        let f = || x;
        f()
    })
}
