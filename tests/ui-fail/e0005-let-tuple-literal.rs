//@ error: E0005
//@ compile-flags: --edition 2021
// A let whose tuple pattern contains a literal.
pub fn f(p: (i32, i32)) -> i32 {
    let (x, 0) = p; //~ ERROR E0005
    x
}
