//@ error: E0599
//@ compile-flags: --edition 2021
// Calling an i32 method on an Option<i32>.
pub fn f(o: Option<i32>) -> i32 {
    o.abs() //~ ERROR E0599
}
