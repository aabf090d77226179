// A name that is a module in rpass1 and rpass4, a struct in rpass2 and a
// fn in rpass3.  The module and the struct are the same type-namespace
// path (same DefPathHash, different def kind: invariant 2 between rpass1
// and rpass2), the fn a value-namespace one; `thing::helper` and its
// closure exist only while `thing` is a module, `thing::{closure#0}` only
// while it is a fn.
//@ revisions: rpass1 rpass2 rpass3 rpass4
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[cfg(any(rpass1, rpass4))]
mod thing {
    pub fn helper() {
        let _c = || 1;
    }
}

#[cfg(rpass2)]
#[allow(non_camel_case_types)]
struct thing {
    helper: i32,
}

#[cfg(rpass3)]
fn thing() {
    let _c = || 1;
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
#[rustc_clean(cfg = "rpass4")]
fn main() {
    let _a = async || {};
}
