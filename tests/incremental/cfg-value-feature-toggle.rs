// Revision-specific `--cfg 'feature="..."'` flags (name = "value" cfgs)
// switch closures on and off: `feature = "extra"` adds a closure in front
// of the brief's map-chain closure in rpass2, `feature = "async"` swaps a
// closure pair for an async closure in rpass3; rpass4 turns both on.
//@ revisions: rpass1 rpass2 rpass3 rpass4
//@ compile-flags: -Z query-dep-graph
//@ [rpass2]compile-flags: --cfg 'feature="extra"'
//@ [rpass3]compile-flags: --cfg 'feature="async"'
//@ [rpass4]compile-flags: --cfg 'feature="extra"' --cfg 'feature="async"'
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass4", except = "hir_owner_nodes, typeck")]
fn main() {
    #[cfg(feature = "extra")]
    || ();
    || {
        Some(())
            .map(|_| ())
            .map(|y| y);
    };
    #[cfg(feature = "async")]
    async || {};
    #[cfg(not(feature = "async"))]
    || {
        || ();
        || ();
    };
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
#[rustc_clean(cfg = "rpass4")]
#[cfg(not(feature = "never"))]
fn configured_but_constant() {
    let _ = || 1;
}
