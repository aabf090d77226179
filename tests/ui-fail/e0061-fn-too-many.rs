//@ error: E0061
//@ compile-flags: --edition 2021
// Too many arguments to a function.
fn neg(a: i32) -> i32 { -a }
pub fn f() -> i32 {
    neg(1, 2) //~ ERROR E0061
}
