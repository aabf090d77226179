//@ error: E0308
//@ compile-flags: --edition 2021
// Match arms of different types.
pub fn f(n: u8) -> u8 {
    match n {
        0 => 1,
        _ => 'x', //~ ERROR E0308
    }
}
