//@ error: E0599
//@ compile-flags: --edition 2021
// An unknown method on a primitive integer.
pub fn f(x: i64) -> i64 {
    x.double() //~ ERROR E0599
}
