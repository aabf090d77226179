//@ error: E0425
//@ compile-flags: --edition 2021
// An unknown name inside a closure body.
pub fn f() -> i64 {
    let add = |x: i64| x + offset; //~ ERROR E0425
    add(1)
}
