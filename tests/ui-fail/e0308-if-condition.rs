//@ error: E0308
//@ compile-flags: --edition 2021
// An `if` condition must be `bool`.
pub fn f(n: i32) -> i32 {
    if n { 1 } else { 0 } //~ ERROR E0308
}
