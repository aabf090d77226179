//@ error: E0005
//@ compile-flags: --edition 2021
// A refutable pattern in a `for` loop.
pub fn f(v: Vec<Option<i32>>) -> i32 {
    let mut s = 0;
    for Some(x) in v { //~ ERROR E0005
        s += x;
    }
    s
}
