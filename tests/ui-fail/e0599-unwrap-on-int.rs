//@ error: E0599
//@ compile-flags: --edition 2021
// unwrap on a plain integer (the value was already unwrapped).
pub fn f(o: Option<i32>) -> i32 {
    let n = o.unwrap_or(0);
    n.unwrap() //~ ERROR E0599
}
