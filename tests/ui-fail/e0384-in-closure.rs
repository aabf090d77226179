//@ error: E0384
//@ compile-flags: --edition 2021
// Assigning to a closure parameter that is not `mut`.
pub fn f() -> i32 {
    let g = |v: i32| { v = v * 2; v }; //~ ERROR E0384
    g(3)
}
