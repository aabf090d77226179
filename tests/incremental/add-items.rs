// Adding items (rpass2: a fn, a struct, a const, an enum; rpass3: an
// inline module) must leave the existing items green, including a fn that
// follows the added ones and an impl whose {impl#N} number is unaffected.
//@ revisions: rpass1 rpass2 rpass3
//@ compile-flags: -Z query-dep-graph
//@ edition: 2021

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn existing() -> i32 {
    let c = || 1;
    c()
}

#[cfg(any(rpass2, rpass3))]
fn added() -> i32 {
    let d = || 2;
    d()
}

#[cfg(any(rpass2, rpass3))]
struct AddedStruct;

#[cfg(any(rpass2, rpass3))]
const ADDED: u8 = 1;

#[cfg(any(rpass2, rpass3))]
enum AddedEnum {
    One,
}

#[cfg(rpass3)]
mod added_mod {
    pub fn f() {}
}

struct Kept;

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
impl Kept {
    #[rustc_clean(cfg = "rpass2")]
    #[rustc_clean(cfg = "rpass3")]
    fn k(&self) {}
}

#[rustc_clean(cfg = "rpass2")]
#[rustc_clean(cfg = "rpass3")]
fn after_added() -> i32 {
    let c = || 3;
    c()
}

fn main() {}
