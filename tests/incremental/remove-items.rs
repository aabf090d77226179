// Removing items (rpass2: a fn with closures and a struct; rpass3: an
// inline module and a trait) leaves the remaining items green; rpass4
// brings them all back and the survivors are still green.
//@ revisions: rpass1 rpass2 rpass3 rpass4
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[cfg(not(any(rpass2, rpass3)))]
fn doomed() {
    let _c = || 1;
    let _a = async || {};
}

#[cfg(not(any(rpass2, rpass3)))]
struct Doomed;

#[cfg(not(rpass3))]
mod doomed_mod {
    pub fn g() {}
}

#[cfg(not(rpass3))]
trait DoomedTrait {}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
#[rustc_clean(cfg = "rpass4")]
fn survivor() {
    let _c = || 1;
    let _a = async || {};
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
#[rustc_clean(cfg = "rpass4")]
struct Survivor;

fn main() {}
