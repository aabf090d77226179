//@ error: E0005
//@ compile-flags: --edition 2021
// A refutable pattern in a closure parameter.
pub fn f() -> i32 {
    let g = |Some(x): Option<i32>| x; //~ ERROR E0005
    g(Some(1))
}
