//@ error: E0005
//@ compile-flags: --edition 2021
// A refutable pattern in a function parameter.
pub fn f((1, y): (i32, i32)) -> i32 { //~ ERROR E0005
    y
}
