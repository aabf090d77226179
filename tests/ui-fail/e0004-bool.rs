//@ error: E0004
//@ compile-flags: --edition 2021
// A match on bool missing `false`.
pub fn f(b: bool) -> u8 {
    match b { //~ ERROR E0004
        true => 1,
    }
}
