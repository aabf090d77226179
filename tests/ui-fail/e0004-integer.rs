//@ error: E0004
//@ compile-flags: --edition 2021
// A match on an integer without a catch-all.
pub fn f(n: u8) -> &'static str {
    match n { //~ ERROR E0004
        0 => "zero",
        1..=9 => "small",
    }
}
