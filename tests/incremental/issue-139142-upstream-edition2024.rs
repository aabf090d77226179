// rustc's own regression test for #139142
// (tests/incremental/user-written-closure-synthetic-closure-conflict.rs):
// edition 2024, rpass1 has a bare async closure in main, rpass2 a closure
// whose body contains two closures.  Both revisions must compile without a
// cycle, a hang or runaway memory.
//@ revisions: rpass1 rpass2
//@ compile-flags: -Z query-dep-graph
//@ edition: 2024

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
pub fn main() {
    #[cfg(rpass1)]
    {
        async || {};
    }

    #[cfg(rpass2)]
    {
        || {
            || ();
            || ();
        };
    }
}

// Not in the upstream test: an item the edit does not touch.
#[rustc_clean(cfg = "rpass2")]
fn untouched() {
    async || {};
}
