//@ error: E0614
//@ compile-flags: --edition 2021
// Dereferencing a by-value closure parameter.
pub fn f() -> u8 {
    let g = |v: u8| *v + 1; //~ ERROR E0614
    g(1)
}
