//@ error: E0004
//@ compile-flags: --edition 2021
// Character ranges that leave gaps.
pub fn f(c: char) -> u8 {
    match c { //~ ERROR E0004
        'a'..='z' => 1,
        'A'..='Z' => 2,
    }
}
