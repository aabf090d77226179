//@ error: E0599
//@ compile-flags: --edition 2021
// A default trait method is only available if the trait is implemented.
pub trait Hello { fn hello(&self) -> u8 { 1 } }
pub struct Unit;
pub fn f() -> u8 {
    Unit.hello() //~ ERROR E0599
}
