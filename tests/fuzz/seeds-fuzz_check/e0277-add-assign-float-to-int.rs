//@ error: E0277
//@ compile-flags: --edition 2021
// `+=` of a float onto an integer.
pub fn f() -> i32 {
    let mut total = 0i32;
    total += 1.5; //~ ERROR E0277
    total
}
