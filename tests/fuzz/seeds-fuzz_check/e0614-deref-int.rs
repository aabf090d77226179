//@ error: E0614
//@ compile-flags: --edition 2021
// Dereferencing an integer.
pub fn f(x: i32) -> i32 {
    *x //~ ERROR E0614
}
