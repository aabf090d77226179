//@ error: E0308
//@ compile-flags: --edition 2021
// `break` values of a loop must agree.
pub fn f(n: i32) -> i32 {
    loop {
        if n > 0 { break 1; }
        break false; //~ ERROR E0308
    }
}
