// Invariant 2 between consts, statics and fns: LIMIT is a const in rpass1,
// a static in rpass2 and a fn (lower-case name allowed) in rpass3 — every
// one a value-namespace def at the same path, each with a closure child
// LIMIT::{closure#0}.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[cfg(rpass1)]
const LIMIT: i32 = {
    let _c = || 1;
    1
};

#[cfg(rpass2)]
static LIMIT: i32 = {
    let _c = || 1;
    1
};

#[cfg(rpass3)]
#[allow(non_snake_case)]
fn LIMIT() -> i32 {
    let _c = || 1;
    1
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn unaffected() -> i32 {
    let _c = || 1;
    1
}

fn main() {}
