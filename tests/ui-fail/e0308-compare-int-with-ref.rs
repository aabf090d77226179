//@ error: E0308
//@ compile-flags: --edition 2021
// Comparing an integer with a reference to an integer: rustc reports E0308
// (expected `i32`, found `&i32`), not E0277.
pub fn f(a: i32, b: &i32) -> bool {
    a == b //~ ERROR E0308
}
