//@ error: E0004
//@ compile-flags: --edition 2021
// A match on a pair of bools missing one combination.
pub fn f(a: bool, b: bool) -> u8 {
    match (a, b) { //~ ERROR E0004
        (true, true) => 3,
        (true, false) => 2,
        (false, true) => 1,
    }
}
