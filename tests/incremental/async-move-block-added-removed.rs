// `async move {}` blocks capturing locals: rpass1 has one, rpass2 adds a
// second before it, rpass3 turns the first into a plain `async {}` block.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
fn main() {
    let s = String::from("x");
    let n = 5;
    #[cfg(any(rpass2, rpass3))]
    let _early = async move { n + 1 };
    #[cfg(any(rpass1, rpass2))]
    let _late = async move { s.len() };
    #[cfg(rpass3)]
    let _late = async { 0usize };
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn stays() {
    let v = vec![1];
    let _b = async move { v.len() };
}
