// Closures in inherent methods ({impl#0}::area::{closure#N}): `area` gains
// a closure in rpass2; in rpass3 `scale` gains one; each method's
// rustc_clean only lets its own edits through, the other impl stays green.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

struct Rect {
    w: i32,
    h: i32,
}

impl Rect {
    #[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
    #[rustc_clean(cfg = "rpass3")]
    fn area(&self) -> i32 {
        #[cfg(any(rpass2, rpass3))]
        let _twice = |x: i32| x * 2;
        let mul = || self.w * self.h;
        mul()
    }

    #[rustc_clean(cfg = "rpass2")]
    #[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
    fn scale(&mut self, k: i32) {
        #[cfg(rpass3)]
        let _noop = || ();
        self.w *= k;
    }
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
impl Default for Rect {
    #[rustc_clean(cfg = "rpass2")]
    #[rustc_clean(cfg = "rpass3")]
    fn default() -> Self {
        let make = || Rect { w: 1, h: 1 };
        make()
    }
}

fn main() {
    let mut r = Rect::default();
    r.scale(2);
    let _ = r.area();
}
