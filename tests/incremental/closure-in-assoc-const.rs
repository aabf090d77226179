// Closures in an associated const's initializer ({impl#0}::MAX::
// {closure#N}) and in a trait's default associated const: one edit each in
// rpass2 and rpass3, the other item stays green.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

struct Limits;

impl Limits {
    #[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
    #[rustc_clean(cfg = "rpass3")]
    const MAX: u32 = {
        #[cfg(any(rpass2, rpass3))]
        let _c = || 1;
        10
    };
}

trait HasMin {
    #[rustc_clean(cfg = "rpass2")]
    #[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
    const MIN: u32 = {
        #[cfg(rpass3)]
        let _d = async || {};
        0
    };
}

impl HasMin for Limits {}

fn main() {
    let _ = Limits::MAX + <Limits as HasMin>::MIN;
}
