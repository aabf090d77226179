//@ error: E0308
//@ compile-flags: --edition 2021
// A tuple pattern in a for loop over a Vec of integers.
pub fn f(v: Vec<i32>) -> i32 {
    let mut t = 0;
    for (a, b) in v { //~ ERROR E0308
        t += a + b;
    }
    t
}
