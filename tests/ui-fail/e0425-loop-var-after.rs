//@ error: E0425
//@ compile-flags: --edition 2021
// A `for` loop variable is not visible after the loop.
pub fn f() -> u32 {
    let mut s = 0;
    for i in 0..10 {
        s += i;
    }
    s + i //~ ERROR E0425
}
