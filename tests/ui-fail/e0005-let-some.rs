//@ error: E0005
//@ compile-flags: --edition 2021
// A refutable `let` pattern.
pub fn f(o: Option<i32>) -> i32 {
    let Some(v) = o; //~ ERROR E0005
    v
}
