//@ error: E0004
//@ compile-flags: --edition 2021
// Guards do not count towards exhaustiveness.
pub fn f(n: i32) -> i32 {
    match n { //~ ERROR E0004
        x if x >= 0 => 1,
        x if x < 0 => -1,
    }
}
