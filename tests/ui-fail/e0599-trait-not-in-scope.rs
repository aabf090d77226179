//@ error: E0599
//@ compile-flags: --edition 2021
// A trait method whose trait is not in scope.
mod traits {
    pub trait Shout { fn shout(&self) -> u8; }
    impl Shout for u8 { fn shout(&self) -> u8 { *self } }
}
pub fn f(x: u8) -> u8 {
    x.shout() //~ ERROR E0599
}
