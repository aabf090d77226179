//@ error: E0057
//@ compile-flags: --edition 2021
// Calling an `F: Fn(i64) -> i64` with two arguments.
pub fn f<F: Fn(i64) -> i64>(g: F) -> i64 {
    g(1, 2) //~ ERROR E0057
}
