//@ error: E0308
//@ compile-flags: --edition 2021
// `if` and `else` branches of different types.
pub fn f(c: bool) -> i32 {
    let v = if c { 1 } else { "no" }; //~ ERROR E0308
    v
}
