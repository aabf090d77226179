// Closures in a trait's default method (Shape::describe::{closure#N}) and
// in a required method's impl: the default method gains an async closure in
// rpass2 and loses its first closure in rpass3; the impl stays green.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

trait Shape {
    #[rustc_clean(cfg = "rpass2")]
    #[rustc_clean(cfg = "rpass3")]
    fn sides(&self) -> u32;

    #[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
    #[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
    fn describe(&self) -> u32 {
        #[cfg(not(rpass3))]
        let _first = || 0;
        #[cfg(any(rpass2, rpass3))]
        let _later = async || {};
        let count = || self.sides();
        count()
    }
}

struct Tri;

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
impl Shape for Tri {
    #[rustc_clean(cfg = "rpass2")]
    #[rustc_clean(cfg = "rpass3")]
    fn sides(&self) -> u32 {
        let three = || 3;
        three()
    }
}

fn main() {
    let _ = Tri.describe();
}
