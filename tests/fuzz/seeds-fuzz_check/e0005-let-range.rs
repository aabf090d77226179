//@ error: E0005
//@ compile-flags: --edition 2021
// A let binding with an `@` range pattern that does not cover the type.
pub fn f(n: u8) -> u8 {
    let small @ 0..=9 = n; //~ ERROR E0005
    small
}
