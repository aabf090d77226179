// Moving a fn (with closures) from the crate root into an inline module in
// rpass2 (helper -> tools::helper, helper::{closure#0} ->
// tools::helper::{closure#0}) and adding a `use` for it; the other items
// stay green.  The caller's text is unchanged, but its `helper` now
// resolves to another definition (rustc's HIR hashes that resolution, so
// no assertion on it in rpass2).  rpass3 repeats rpass2: the moved fn and
// the caller are green.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[cfg(rpass1)]
fn helper() -> i32 {
    let c = || 2;
    c()
}

#[cfg(not(rpass1))]
mod tools {
    #[rustc_clean(cfg = "rpass3")]
    pub fn helper() -> i32 {
        let c = || 2;
        c()
    }
}

#[cfg(not(rpass1))]
use tools::helper;

#[rustc_clean(cfg = "rpass3")]
fn caller() -> i32 {
    helper()
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
mod other {
    pub fn stay() {}
}

fn main() {}
