//@ error: E0057
//@ compile-flags: --edition 2021
// Calling a closure with too few arguments.
pub fn f() -> i32 {
    let add = |a: i32, b: i32| a + b;
    add(1) //~ ERROR E0057
}
