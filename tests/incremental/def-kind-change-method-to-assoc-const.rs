// Invariant 2 inside an impl: {impl#0}::size is a method (with a closure
// {impl#0}::size::{closure#0}) in rpass1 and rpass3 and an associated
// const (with a closure in its initializer) in rpass2.  The impl's other
// method stays green.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

struct Buf;

impl Buf {
    #[cfg(not(rpass2))]
    fn size(&self) -> usize {
        let c = || 4;
        c()
    }

    #[cfg(rpass2)]
    #[allow(non_upper_case_globals)]
    const size: usize = {
        let _c = || 4;
        4
    };

    #[rustc_clean(cfg = "rpass2")]
    #[rustc_clean(cfg = "rpass3")]
    fn other(&self) -> usize {
        let c = || 8;
        c()
    }
}

fn main() {}
