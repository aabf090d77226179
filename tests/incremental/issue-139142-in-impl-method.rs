// #139142's pattern inside an inherent method: {impl#0}::run::{closure#0}
// is an async closure in rpass1 and rpass3 and a closure holding two
// closures in rpass2.  The other method of the impl stays green.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

struct Runner;

impl Runner {
    #[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
    #[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
    fn run(&self) {
        #[cfg(any(rpass1, rpass3))]
        async || {};
        #[cfg(rpass2)]
        || {
            || ();
            || ();
        };
    }

    #[rustc_clean(cfg = "rpass2")]
    #[rustc_clean(cfg = "rpass3")]
    fn idle(&self) -> bool {
        let f = || true;
        f()
    }
}

fn main() {
    Runner.run();
    let _ = Runner.idle();
}
