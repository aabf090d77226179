// The reverse of the async-move variant of #139142: a closure holding two
// closures in rpass1 and rpass3, an `async move |x| {}` closure in rpass2
// and rpass4 (rpass4 repeats rpass2 relative to rpass3).
//@ revisions: rpass1 rpass2 rpass3 rpass4
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass4", except = "hir_owner_nodes, typeck")]
fn main() {
    #[cfg(any(rpass1, rpass3))]
    let _c = || {
        || ();
        || ();
    };
    #[cfg(any(rpass2, rpass4))]
    let _c = async move |x: u8| {
        let _ = x;
    };
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
#[rustc_clean(cfg = "rpass4")]
struct Point {
    x: i32,
    y: i32,
}
