//@ error: E0061
//@ compile-flags: --edition 2021
// Too few arguments to a function.
fn add(a: i32, b: i32) -> i32 { a + b }
pub fn f() -> i32 {
    add(1) //~ ERROR E0061
}
