//@ error: E0277
//@ compile-flags: --edition 2021
// An `impl Trait` argument not satisfied.
pub trait Named { fn name(&self) -> String; }
fn greet(n: impl Named) -> String { n.name() }
pub fn f() -> String {
    greet(42u8) //~ ERROR E0277
}
