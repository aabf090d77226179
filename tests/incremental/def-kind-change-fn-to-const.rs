// Invariant 2 on items: `foo` is a fn (with a closure, foo::{closure#0})
// in rpass1 and rpass3 and a const (with a closure in its initializer,
// again foo::{closure#0}) in rpass2: same value-namespace path, same
// DefPathHash, different kinds.  `bar` stays green.  (`main` uses `foo`:
// its text is unchanged but rustc's HIR hashes the resolution of `foo`,
// so no assertion on it.)
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[cfg(not(rpass2))]
#[allow(non_snake_case)]
fn foo() -> i32 {
    let c = || 1;
    c()
}

#[cfg(rpass2)]
#[allow(non_upper_case_globals)]
const foo: i32 = {
    let _c = || 1;
    1
};

fn main() {
    let _f = foo;
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn bar() -> i32 {
    let c = || 1;
    c()
}
