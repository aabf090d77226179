//@ error: E0308
//@ compile-flags: --edition 2021
// An argument of the wrong type.
fn square(x: i64) -> i64 { x * x }
pub fn f() -> i64 {
    square(2.5) //~ ERROR E0308
}
