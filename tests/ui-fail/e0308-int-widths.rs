//@ error: E0308
//@ compile-flags: --edition 2021
// No implicit widening between integer types.
pub fn f(a: i32, b: i64) -> i64 {
    let c: i64 = a; //~ ERROR E0308
    c + b
}
