//@ error: E0369
//@ compile-flags: --edition 2021
// `+` between two `&str`.
pub fn f(a: &str, b: &str) {
    let s = a + b; //~ ERROR E0369
    let _ = s;
}
