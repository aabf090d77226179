//@ error: E0282
//@ compile-flags: --edition 2021
// A method call on a value of not-yet-known type.
pub fn f() {
    let g = |v| v.len(); //~ ERROR E0282
    let _ = g;
}
