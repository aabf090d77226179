//@ error: E0596
//@ compile-flags: --edition 2021
// Pushing onto a String bound without `mut`.
pub fn f() -> String {
    let s = String::new();
    s.push('x'); //~ ERROR E0596
    s
}
