//@ error: E0425
//@ compile-flags: --edition 2021
// A local used on the line before its `let`.
pub fn f() -> i32 {
    let a = b + 1; //~ ERROR E0425
    let b = 2;
    a + b
}
