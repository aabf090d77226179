// rust-lang/rust#139142's exact pattern: in rpass1 main holds a bare
// `async || {}` (main::{closure#0}, whose coroutine is
// main::{closure#0}::{closure#0}; rustc also made a synthetic by-move body
// at main::{closure#0}::{closure#1}); in rpass2 it holds a plain closure
// with two child closures, so main::{closure#0}::{closure#1} is now a
// user-written closure; rpass3 goes back to the async closure.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2", except = "hir_owner_nodes, typeck")]
#[rustc_clean(cfg = "rpass3", except = "hir_owner_nodes, typeck")]
fn main() {
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
fn bystander() {
    async || {};
}
