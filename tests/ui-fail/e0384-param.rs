//@ error: E0384
//@ compile-flags: --edition 2021
// Assigning to an immutable parameter.
pub fn f(n: u32) -> u32 {
    n = n + 1; //~ ERROR E0384
    n
}
