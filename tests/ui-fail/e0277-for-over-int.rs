//@ error: E0277
//@ compile-flags: --edition 2021
// Iterating over an integer.
pub fn f() -> i32 {
    let mut s = 0;
    for x in 5 { //~ ERROR E0277
        s += x;
    }
    s
}
