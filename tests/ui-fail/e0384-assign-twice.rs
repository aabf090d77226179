//@ error: E0384
//@ compile-flags: --edition 2021
// Assigning twice to an immutable local.
pub fn f() -> i32 {
    let x = 1;
    x = 2; //~ ERROR E0384
    x
}
