//@ error: E0308
//@ compile-flags: --edition 2021
// A trailing semicolon makes the body return `()`.
pub fn f(a: i32) -> i32 { //~ ERROR E0308
    a + 1;
}
