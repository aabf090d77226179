// A method added between two methods of an impl (rpass2) and a method
// removed from a trait impl (rpass3, a provided method overridden and then
// not): the impls are red, the untouched methods and the trait stay green.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

struct Acc(i32);

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, associated_items")]
#[rustc_clean(cfg = "rpass3")]
impl Acc {
    #[rustc_clean(cfg = "rpass2")]
    #[rustc_clean(cfg = "rpass3")]
    fn add(&mut self, x: i32) {
        let f = |a: i32| a + x;
        self.0 = f(self.0);
    }

    #[cfg(not(rpass1))]
    fn reset(&mut self) {
        let z = || 0;
        self.0 = z();
    }

    #[rustc_clean(cfg = "rpass2")]
    #[rustc_clean(cfg = "rpass3")]
    fn get(&self) -> i32 {
        self.0
    }
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
trait Describe {
    fn describe(&self) -> i32 {
        0
    }
    fn id(&self) -> i32;
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, associated_items")]
impl Describe for Acc {
    #[cfg(not(rpass3))]
    fn describe(&self) -> i32 {
        let d = || self.0;
        d()
    }

    #[rustc_clean(cfg = "rpass2")]
    #[rustc_clean(cfg = "rpass3")]
    fn id(&self) -> i32 {
        1
    }
}

fn main() {
    let mut a = Acc(0);
    a.add(1);
    let _ = a.get() + a.describe() + a.id();
}
