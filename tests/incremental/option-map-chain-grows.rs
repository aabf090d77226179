// An Option::map chain that grows by one map call per revision, from length
// 1 in rpass1 to length 5 in rpass5, inside a closure placed between a
// plain closure and an async closure; the fn holding the async closure
// alone stays green throughout.
//@ revisions: rpass1 rpass2 rpass3 rpass4 rpass5
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass4", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass5", except = "hir_owner_nodes, typeck")]
fn main() {
    || ();
    || {
        #[cfg(rpass1)]
        let _ = Some(1).map(|x| x + 1);
        #[cfg(rpass2)]
        let _ = Some(1).map(|x| x + 1).map(|x| x * 2);
        #[cfg(rpass3)]
        let _ = Some(1).map(|x| x + 1).map(|x| x * 2).map(|x| x - 3);
        #[cfg(rpass4)]
        let _ = Some(1)
            .map(|x| x + 1)
            .map(|x| x * 2)
            .map(|x| x - 3)
            .map(|x| x / 4);
        #[cfg(rpass5)]
        let _ = Some(1)
            .map(|x| x + 1)
            .map(|x| x * 2)
            .map(|x| x - 3)
            .map(|x| x / 4)
            .map(|x| x % 5);
    };
    async || {};
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
#[rustc_clean(cfg = "rpass4")]
#[rustc_clean(cfg = "rpass5")]
fn only_async() {
    async || {};
}
