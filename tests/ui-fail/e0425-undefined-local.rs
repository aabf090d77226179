//@ error: E0425
//@ compile-flags: --edition 2021
// A local that was never declared.
pub fn f() -> i32 {
    let a = 1;
    a + b //~ ERROR E0425
}
