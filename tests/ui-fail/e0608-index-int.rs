//@ error: E0608
//@ compile-flags: --edition 2021
// Indexing an integer.
pub fn f(x: u32) -> u32 {
    x[0] //~ ERROR E0608
}
