//@ error: E0614
//@ compile-flags: --edition 2021
// Dereferencing a struct value.
pub struct Cell2 { pub v: u32 }
pub fn f(c: Cell2) -> u32 {
    let inner = *c; //~ ERROR E0614
    inner.v
}
