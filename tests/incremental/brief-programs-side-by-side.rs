// Both of the brief's programs as two fns of one crate, each with its own
// cfg'd closure; toggling one program's closure must leave the other fn
// green (their def paths share no parent).
//@ revisions: rpass1 rpass2 rpass3 rpass4
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3")]
#[rustc_clean(cfg = "rpass4", except = "hir_owner_nodes, typeck")]
fn program_one() {
    #[cfg(any(rpass2, rpass3))]
    || ();
    || {
        Some(())
            .map(|_| ())
            .map(|y| y);
    };
    async || {};
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass4", except = "hir_owner_nodes, typeck")]
fn program_two() {
    #[cfg(rpass3)]
    || ();
    || {
        || ();
        || ();
    };
    async || {};
}

fn main() {
    program_one();
    program_two();
}
