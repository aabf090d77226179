// cfail2 makes a cfg_attr expand to `cfg(maybe(x))`, an invalid cfg
// predicate (E0537), on a fn holding the brief's closures; rpass3 and
// rpass4 pass again (rpass4 repeats rpass3 with the cfg'd closure on).
//@ revisions: rpass1 cfail2 rpass3 rpass4
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass3")]
#[rustc_clean(cfg = "rpass4", except = "hir_owner_nodes, typeck")]
#[cfg_attr(cfail2, cfg(maybe(x)))] //[cfail2]~ ERROR invalid predicate `maybe`
fn main() {
    #[cfg(rpass4)]
    || ();
    || {
        || ();
        || ();
    };
    async || {};
}

#[rustc_clean(cfg = "rpass3")]
#[rustc_clean(cfg = "rpass4")]
fn other() {}
