//@ error: E0277
//@ compile-flags: --edition 2021
// Adding a string slice to an integer.
pub fn f(n: i32) -> i32 {
    n + "1" //~ ERROR E0277
}
