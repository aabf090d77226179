//@ error: E0005
//@ compile-flags: --edition 2021
// A literal in a `let` tuple pattern.
pub fn f(t: (i32, i32)) -> i32 {
    let (0, y) = t; //~ ERROR E0005
    y
}
