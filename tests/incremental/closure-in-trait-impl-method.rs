// Closures in a trait impl's method ({impl#1}::next::{closure#N}): rpass2
// replaces a closure with an async block in the same slot
// (closure -> coroutine at one path), rpass3 restores it.  The inherent
// impl before it (which makes the trait impl {impl#1}) stays green.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

struct Counter(u32);

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
impl Counter {
    fn new() -> Self {
        Counter(0)
    }
}

trait Step {
    fn next(&mut self) -> u32;
}

impl Step for Counter {
    #[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
    #[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
    fn next(&mut self) -> u32 {
        #[cfg(not(rpass2))]
        let _f = || 1;
        #[cfg(rpass2)]
        let _f = async { 1 };
        self.0 += 1;
        self.0
    }
}

fn main() {
    let mut c = Counter::new();
    let _ = c.next();
}
